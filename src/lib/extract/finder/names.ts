/**
 * The paper's own names (`TokenWeave`, `ParScale`), so that sentences about them count as the
 * paper's results and not as background. Taken from the title head and from where the abstract
 * introduces them (`namely parallel scaling (ParScale)`, `called Nemotron-Flash`).
 */
const INTRODUCED = /\b(?:called|named|dubbed|namely|termed|coined)\s+(?:[a-z-]+\s+){0,3}?\(?([A-Z][\w+-]*[A-Z0-9+][\w+-]*)|\(([A-Z][a-z]+[A-Z][\w+-]*)\)|\b(?:we (?:propose|present|introduce|develop|design|build))\s+([A-Z][\w+-]*[A-Z0-9+][\w+-]*)/g;

export function ownNames(title: string, abstract: string): string[] {
	const names = new Set<string>();
	const colon = title.indexOf(':');
	if (colon > 0) {
		const head = title.slice(0, colon).trim();
		if (head.split(/\s+/).length <= 3) {
			names.add(head);
			names.add(head.replace(/\+\+$/, ''));
		}
	}
	for (const w of title.split(/[\s:,]+/)) if (/^[A-Z]?[a-z]+[A-Z][\w-]*$|^[A-Z]{2,}[a-z][\w-]*$/.test(w)) names.add(w);
	INTRODUCED.lastIndex = 0;
	const scan = abstract.length > 20000 ? abstract.slice(0, 20000) : abstract;
	let m: RegExpExecArray | null;
	while ((m = INTRODUCED.exec(scan)) !== null) {
		const n = m[1] ?? m[2] ?? m[3];
		if (n && n.length >= 5) names.add(n);
	}
	return [...names].filter((n) => n.length >= 3);
}
