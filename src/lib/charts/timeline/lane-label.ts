/** The characters of a lane's label (12 px, bold; up to 10 px a character for capitals) that fit across the chart; a longer name is cut, the card has it whole. */
export const laneLabelChars = (width: number) => Math.max(8, Math.floor((width - 36) / 10));
