/**
 * Property and fuzz tests: deterministic seeded random and adversarial text never makes the
 * finder throw, and every row it yields keeps the contract's invariants.
 */
import { describe, expect, it } from 'vitest';
import { CHANGES, METRICS, NORM_KINDS, QUALIFIERS, type Claim } from '../claims/schema.ts';
import { findClaims } from './find.ts';
import { createRandom } from '../testing/random.ts';

const rng = createRandom;

const PIECES = [
	'up to ', 'about ', '~', '>', 'over ', 'less than ', ' by ', ' than vLLM', ' compared to the baseline', ', and ', ' (', ')', '/', '-', '–', '—',
	'%', '\\%', 'x', 'X', '×', ' times', '-fold', ' ms', ' GB', ' tokens/s', ' points', '.', '. ', ', respectively', ' vs. ', ' from ', ' to ',
	'latency', ' throughput', ' lower', ' higher', ' faster', ' accuracy', ' memory', ' energy efficiency', ' speedup', ' reduces ', ' improves ',
	'an order of magnitude', 'twice', 'half the', 'four times', 'a factor of ', '😀', '\ud83d', '\ude00', 'é', '漢字', '\u00a0', '\n', '  ',
	'1', '2.5', '1,000', '0.6', '99.99', '2024', '-19.3', '+11', 'Qwen3-1.7B/0.6B', 'AIME 2024', 'T=5', '10^4', '8B', '100K-length', '16-bit'
];

function randomText(next: () => number, length: number): string {
	const parts: string[] = [];
	let size = 0;
	while (size < length) {
		const r = next();
		const piece = r < 0.15 ? String(Math.floor(next() * 10 ** Math.floor(next() * 8))) : PIECES[Math.floor(next() * PIECES.length)];
		parts.push(piece);
		size += piece.length;
	}
	return parts.join('');
}

function adversarial(length: number): string[] {
	const rep = (s: string) => s.repeat(Math.ceil(length / s.length)).slice(0, length);
	return [
		rep('9'),
		rep('1,'),
		rep('1.'),
		rep('%'),
		rep('x'),
		rep('-'),
		rep('1-'),
		rep('1x-'),
		rep('2%/'),
		rep('3% ('),
		rep('4%, '),
		rep('1 to '),
		rep('from 1 to '),
		rep('by up to '),
		rep('😀1%'),
		rep('\ud83d1x'),
		rep('up to 5% lower latency, '),
		rep('a factor of '),
		rep('orders of magnitude '),
		rep('(token-level) '),
		rep('Qwen3-1.7B/'),
		rep('e.g. ')
	];
}

/** Every broken invariant of the rows, as text (empty when all hold). Plain checks: one
 * `expect` per text keeps 100 KB inputs with a thousand rows fast. */
function violations(abstract: string, claims: Claim[]): string[] {
	const out: string[] = [];
	const finite = (x: number | null) => x !== null && Number.isFinite(x);
	claims.forEach((c, i) => {
		const where = `row ${i + 1} (${JSON.stringify(c.quote.slice(0, 40))})`;
		if (c.claim !== i + 1) out.push(`${where}: claim number ${c.claim}`);
		if (abstract.slice(c.start, c.end) !== c.quote) out.push(`${where}: quote is not abstract.slice(start, end)`);
		if (!(c.start >= 0 && c.start < c.end && c.end <= abstract.length)) out.push(`${where}: bad span ${c.start}..${c.end}`);
		if (i > 0) {
			const p = claims[i - 1];
			if (!(p.start < c.start || (p.start === c.start && p.end <= c.end))) out.push(`${where}: out of order`);
		}
		if (!finite(c.value_low) || !finite(c.value_high) || c.value_low > c.value_high) out.push(`${where}: values ${c.value_low}..${c.value_high}`);
		if (!METRICS.includes(c.metric)) out.push(`${where}: metric ${c.metric}`);
		if (!QUALIFIERS.includes(c.qualifier)) out.push(`${where}: qualifier ${c.qualifier}`);
		if (!CHANGES.includes(c.change)) out.push(`${where}: change ${c.change}`);
		if (c.norm_kind !== '') {
			if (!NORM_KINDS.includes(c.norm_kind)) out.push(`${where}: norm kind ${c.norm_kind}`);
			if (!finite(c.norm_low) || !finite(c.norm_high) || c.norm_low! > c.norm_high!) out.push(`${where}: norm ${c.norm_low}..${c.norm_high}`);
		} else if (c.norm_low !== null || c.norm_high !== null) out.push(`${where}: norm values without a kind`);
		if (c.baseline_value !== null && !Number.isFinite(c.baseline_value)) out.push(`${where}: baseline value ${c.baseline_value}`);
	});
	return out;
}

function checkRows(abstract: string, claims: Claim[]): void {
	expect(violations(abstract, claims)).toEqual([]);
}

const paper = (abstract: string) => ({ paper_id: 'fuzz', title: 'Fuzz: Random Text', date: '', abstract, source: 'fuzz', line: 1 });

describe('findClaims under random and adversarial input', () => {
	it('the invariant checker catches a broken row', () => {
		const text = 'FooNet reduces latency by 40% over vLLM.';
		const [c] = findClaims(paper(text));
		expect(violations(text, [c])).toEqual([]);
		expect(violations(text, [{ ...c, start: c.start + 1 }])).not.toEqual([]);
		expect(violations(text, [{ ...c, value_low: c.value_high + 1 }])).not.toEqual([]);
	});

	it('never throws and yields valid rows on 500 seeded random texts', () => {
		const next = rng(20250105);
		for (let k = 0; k < 500; k++) {
			const text = randomText(next, 50 + Math.floor(next() * 1500));
			checkRows(text, findClaims(paper(text)));
		}
	});

	it.each(adversarial(100_000).map((t, i) => [i, t] as const))('adversarial text #%i (100 KB) yields valid rows', (_i, text) => {
		checkRows(text, findClaims(paper(text)));
	});

	it('handles a 100 KB seeded random text', () => {
		const text = randomText(rng(7), 100_000);
		checkRows(text, findClaims(paper(text)));
	});
});
