/**
 * Set when a change of view looks likely (the reader reaches for the filters). A Plot figure showing the
 * build's drawing then draws its current view once, unseen, when the page is idle: the first real redraw
 * no longer pays for compiling Plot's code on top of drawing (about 300 ms at 4× CPU slowdown).
 */
export const warmth = $state({ wanted: false });
