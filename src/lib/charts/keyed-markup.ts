/**
 * Keeps a container's children in step with a keyed list of markup strings, as a keyed `{#each}`
 * would, for charts that draw rows from markup (row-markup.ts): a row whose key and markup are
 * unchanged keeps its node (and with it focus and hover), rows that are new or changed are parsed
 * together from one string, rows no longer listed are removed, and the order follows the list.
 *
 * Must stay true: each markup is exactly one element, and the container holds only these rows.
 * Touches the DOM; the markup itself comes from pure functions.
 */
export interface KeyedMarkup {
	key: string;
	markup: string;
}

interface DrawnRow {
	node: Element;
	markup: string;
}

const drawnRows = new WeakMap<Element, Map<string, DrawnRow>>();

export function drawKeyedMarkup(container: Element, rows: readonly KeyedMarkup[]): void {
	const before = drawnRows.get(container) ?? new Map<string, DrawnRow>();
	const after = new Map<string, DrawnRow>();
	const fresh: KeyedMarkup[] = [];
	const order = new Set<string>();
	for (const row of rows) {
		if (order.has(row.key)) continue; // a repeated key is drawn once, where it first appears
		order.add(row.key);
		const kept = before.get(row.key);
		if (kept && kept.markup === row.markup) after.set(row.key, kept);
		else fresh.push(row);
	}
	if (fresh.length > 0) {
		// innerHTML on an element of the container's kind parses in its namespace (SVG stays SVG).
		const parser = container.ownerDocument.createElementNS(container.namespaceURI, container.localName);
		parser.innerHTML = fresh.map((r) => r.markup).join('');
		const nodes = Array.from(parser.children);
		if (nodes.length !== fresh.length) throw new Error(`drawKeyedMarkup: ${fresh.length} rows gave ${nodes.length} elements; each row's markup must be one element`);
		fresh.forEach((row, i) => after.set(row.key, { node: nodes[i], markup: row.markup }));
	}
	for (const [key, row] of before) if (after.get(key) !== row) row.node.remove();
	// Walk the list and the children together; a node out of place moves before the cursor.
	let cursor = container.firstElementChild;
	for (const key of order) {
		const { node } = after.get(key)!;
		if (node === cursor) cursor = cursor.nextElementSibling;
		else container.insertBefore(node, cursor);
	}
	drawnRows.set(container, after);
}
