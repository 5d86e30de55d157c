/** A label cut to at most `chars` characters, with an ellipsis where it was cut (the card has the full text). */
export function fitLabel(label: string, chars: number): string {
	return label.length <= chars ? label : `${label.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}
