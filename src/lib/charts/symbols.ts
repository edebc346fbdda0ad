/**
 * The qualifier of a claim, drawn as the shape of its mark. Paths are centred on (0, 0) and are
 * plain SVG path strings, so the same shape serves SVG (`d`) and canvas (`new Path2D(d)`).
 */
import { type Qualifier, assertNever } from '../claims/schema.ts';

export interface QualifierStyle {
	/** SVG path centred on the origin. */
	path: string;
	/** Filled with the family colour, or drawn as an outline (white inside). */
	filled: boolean;
	/** A dashed line from the reference (1× or 0) to the value: "anywhere up to here". */
	tail: boolean;
	/** What the shape means, for the legend. */
	meaning: string;
}

const f = (n: number) => String(Math.round(n * 100) / 100);

function circle(r: number): string {
	return `M${f(r)},0A${f(r)},${f(r)},0,1,1,${f(-r)},0A${f(r)},${f(r)},0,1,1,${f(r)},0Z`;
}

/** Shapes made so far, by qualifier and radius: a chart draws the same few shapes on every row. */
const made = new Map<string, QualifierStyle>();

/** The shape of a qualifier at radius `r` (half the mark's height). The result is shared: do not change it. */
export function qualifierStyle(q: Qualifier, r = 5): QualifierStyle {
	const id = `${q} ${r}`;
	let style = made.get(id);
	if (!style) made.set(id, (style = Object.freeze(makeStyle(q, r))));
	return style;
}

function makeStyle(q: Qualifier, r: number): QualifierStyle {
	switch (q) {
		case 'exact':
			return { path: circle(r), filled: true, tail: false, meaning: 'exact value' };
		case 'average':
			return { path: `M0,${f(-r * 1.3)}L${f(r * 1.3)},0L0,${f(r * 1.3)}L${f(-r * 1.3)},0Z`, filled: true, tail: false, meaning: 'average' };
		case 'about':
			return { path: circle(r), filled: false, tail: false, meaning: 'approximate' };
		case 'up_to':
			return { path: `M${f(-1.5)},${f(-r * 1.4)}H${f(1.5)}V${f(r * 1.4)}H${f(-1.5)}Z`, filled: true, tail: true, meaning: 'best case: up to this value' };
		case 'at_least':
			return { path: `M${f(-r)},${f(-r * 1.1)}L${f(r * 1.2)},0L${f(-r)},${f(r * 1.1)}Z`, filled: true, tail: false, meaning: 'lower bound (or more)' };
		case 'at_most':
			return { path: `M${f(r)},${f(-r * 1.1)}L${f(-r * 1.2)},0L${f(r)},${f(r * 1.1)}Z`, filled: true, tail: false, meaning: 'upper bound (or less)' };
		default:
			return assertNever(q);
	}
}
