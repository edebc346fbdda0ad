/**
 * Text split into plain and highlighted segments, for rendering as text nodes (never as HTML):
 * the number inside a quote, and every claim's quote inside an abstract. Pure.
 */

export interface Segment {
	text: string;
	/** Highlighted part. */
	mark: boolean;
}

// A number, an optional range to a second number, and the unit glued to it: `1.3x`, `28-71%`, `2.8×–5.8×`.
const NUMBER = /[+\-−]?\d[\d,]*(?:\.\d+)?(?:\s*[x×X%])?(?:\s*(?:-|–|to)\s*\d[\d,]*(?:\.\d+)?)?(?:\s*(?:[x×X](?![a-wyz])|%|-fold|\s?pp\b|\s?points?\b))?/g;

function numbersIn(text: string): number[] {
	return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/**
 * Splits a quote so that its numbers (with ranges and units) are marked. Given the claim's
 * `values`, only the numbers that state them are marked (`16-bit baseline of 25.48%` marks 25.48%);
 * when none matches (number words, rounding) every number is.
 */
export function numberSegments(quote: string, values: readonly number[] = []): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	let matches = [...quote.matchAll(NUMBER)];
	if (values.length) {
		const stated = matches.filter((m) => numbersIn(m[0]).some((n) => values.includes(n)));
		if (stated.length) matches = stated;
	}
	for (const m of matches) {
		const i = m.index!;
		if (i > last) out.push({ text: quote.slice(last, i), mark: false });
		out.push({ text: m[0], mark: true });
		last = i + m[0].length;
	}
	if (last < quote.length || out.length === 0) out.push({ text: quote.slice(last), mark: false });
	return out;
}

export interface Span {
	start: number;
	end: number;
}

export interface LocatedSpan<T> extends Span {
	item: T;
}

/**
 * Where each item's quote sits in `text`: at its offsets when `text.slice(start, end) === quote`,
 * else at the quote's first occurrence, else nowhere (returned in `missing`).
 */
export function locateQuotes<T extends { quote: string; start: number; end: number }>(
	text: string,
	items: readonly T[]
): { located: LocatedSpan<T>[]; missing: T[] } {
	const located: LocatedSpan<T>[] = [];
	const missing: T[] = [];
	for (const item of items) {
		if (item.start >= 0 && item.end > item.start && text.slice(item.start, item.end) === item.quote) {
			located.push({ start: item.start, end: item.end, item });
			continue;
		}
		const i = item.quote ? text.indexOf(item.quote) : -1;
		if (i >= 0) located.push({ start: i, end: i + item.quote.length, item });
		else missing.push(item);
	}
	return { located, missing };
}

export interface CoverSegment<T> {
	text: string;
	start: number;
	/** The items whose span covers this piece (empty for plain text). */
	items: T[];
}

/** Cuts `text` at every span boundary; overlapping spans give pieces covered by several items. */
export function coverSegments<T>(text: string, spans: readonly LocatedSpan<T>[]): CoverSegment<T>[] {
	const cuts = new Set<number>([0, text.length]);
	for (const s of spans) {
		cuts.add(Math.max(0, Math.min(text.length, s.start)));
		cuts.add(Math.max(0, Math.min(text.length, s.end)));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const out: CoverSegment<T>[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const a = points[i];
		const b = points[i + 1];
		const items = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.item);
		out.push({ text: text.slice(a, b), start: a, items });
	}
	return out;
}
