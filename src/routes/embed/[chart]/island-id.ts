/** The element an embed page's island is rendered in, and hydrated from. */
export const ISLAND_ID = 'embed-island';
