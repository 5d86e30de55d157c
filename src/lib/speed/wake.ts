/**
 * An island woken by the reader (see notebook-islands/entry.svelte.ts): the pointer or the keyboard focus
 * that reached it before it was live. Once it is live, the event goes again to where it landed, so the
 * mark under a pointer still resting there, or still focused, shows its card in the same task. Without
 * it the card layer finds the resting pointer a frame later (interaction/marks.ts), and only if it has
 * not moved on meanwhile; a pointer that left, or focus that moved, gets nothing.
 */
export function replayWake(event: Event): void {
	const target = event.target;
	if (!(target instanceof Element) || !target.isConnected) return;
	if (event.type === 'pointerover') {
		if (!target.matches(':hover')) return;
		const { pointerId, pointerType, isPrimary, clientX, clientY } = event as PointerEvent;
		target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerId, pointerType, isPrimary, clientX, clientY }));
	} else if (event.type === 'focusin' && target === document.activeElement) {
		target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
	}
}
