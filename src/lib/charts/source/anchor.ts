/** The element id of a statement's first highlight in the source reader (its own module: the embeds link to it without the segmenter). */
export function sourceAnchorId(statementId: string): string {
	return `source-${statementId}`;
}
