/** The Plot charts' drawing code (it imports Plot), loaded on first use and shared by every instance. */
import { lazyModule } from '../lazy';

export const timelineSpec = lazyModule(() => import('../timeline/spec'));
export const matrixSpec = lazyModule(() => import('../matrix/spec'));
