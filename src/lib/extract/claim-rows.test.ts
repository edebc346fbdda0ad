import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../../../bench/corpus.ts';
import { CLAIM_COLUMNS, CHANGES, type Claim, METRICS, NORM_KINDS, QUALIFIERS } from '../claims/schema.ts';
import { claimToCells, writeClaimsCsv } from '../claims/csv.ts';
import { makeClaim } from '../testing/claims.ts';
import { createRandom } from '../testing/random.ts';
import { ClaimsCsvEncoder } from './claim-rows.ts';
import { csvRows } from './csv-rows.ts';
import { extractText } from './pipeline.ts';

/** The generic route the fast writer replaces, as UTF-8 bytes. */
const generic = (claims: readonly Claim[]) => new TextEncoder().encode(csvRows(claims.map((c) => claimToCells(c))));

/** The encoder's bytes for `claims`, added in batches of `batch` (taken and joined as a writer would). */
function encoded(claims: readonly Claim[], batch = Infinity): Uint8Array {
	const encoder = new ClaimsCsvEncoder();
	const parts: Uint8Array[] = [];
	for (let i = 0; i < claims.length; i += Math.min(batch, claims.length)) {
		encoder.addClaims(claims.slice(i, i + batch));
		// take() hands out a view of a buffer the next batch overwrites: use it (here: copy it) first.
		parts.push(encoder.take().slice());
	}
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

const claimsCsvRows = (claims: readonly Claim[]) => encoded(claims);

describe('claimsCsvRows', () => {
	it('writes what claimToCells + csvRows (and so writeClaimsCsv) write, on the bundled data', () => {
		const { claims } = extractText(readFileSync('data/daily-papers-latency.txt', 'utf8'), { source: 'seed' });
		expect(claims.length).toBeGreaterThan(50);
		expect(claimsCsvRows(claims)).toEqual(generic(claims));
		expect(CLAIM_COLUMNS.join(',') + '\n' + new TextDecoder().decode(claimsCsvRows(claims))).toBe(writeClaimsCsv(claims));
	});

	it('writes the same on the synthetic benchmark corpus', () => {
		const text = [...corpusLines(300)].join('\n');
		const { claims } = extractText(text, { source: 'corpus', format: 'jsonl' });
		expect(claims.length).toBeGreaterThan(1000);
		expect(claimsCsvRows(claims)).toEqual(generic(claims));
		// Taken in batches (as the CLI does), split inside a paper's claims too.
		expect(encoded(claims, 7)).toEqual(generic(claims));
	});

	it('writes the same on fuzzed claims full of quoting and formula hazards', () => {
		const rand = createRandom(31);
		const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
		const atoms = ['a', 'Z', '0', ' ', ',', '"', '\n', '\r', '\uFEFF', "'", '=', '-', '+', '@', '\t', 'é', '×', '🚀', ';', '%', '\ud83d', '\ude00', '\u2013', '\u00a0', '漢'];
		const text = () => {
			let s = '';
			for (let k = Math.floor(rand() * 7); k > 0; k--) s += pick(atoms);
			return s;
		};
		const numbers = [0, -0, 1, 7, -7, 10, 99, 100, 999999999, 1e9, 2 ** 53, -3.8, 0.0001, 1e21, 1e-7, 123456.789, NaN, Infinity, -Infinity];
		const num = () => (rand() < 0.4 ? pick(numbers) : rand() < 0.5 ? Math.floor(rand() * 1e5) : Math.round((rand() - 0.5) * 1e6) / 100);
		const nullable = () => (rand() < 0.3 ? null : num());
		for (let round = 0; round < 200; round++) {
			const claims: Claim[] = [];
			const paper = { paper_id: text(), title: text(), date: rand() < 0.5 ? '2025-01-15' : text() };
			for (let n = Math.floor(rand() * 6); n > 0; n--) {
				// A new paper now and then: the per-paper cells must follow.
				if (rand() < 0.3) Object.assign(paper, { paper_id: text(), title: text(), date: text() });
				// Equal low and high values half the time (the writer copies the first one's text).
				const low = num();
				const normLow = nullable();
				claims.push(
					makeClaim({
						...paper,
						claim: num(),
						quote: text(),
						start: num(),
						end: num(),
						metric: pick(METRICS),
						higher_is_better: rand() < 0.5,
						value_low: low,
						value_high: rand() < 0.5 ? low : num(),
						unit: text(),
						qualifier: pick(QUALIFIERS),
						change: pick(CHANGES),
						baseline: text(),
						baseline_value: nullable(),
						context: text(),
						norm_kind: rand() < 0.3 ? '' : pick(NORM_KINDS),
						norm_low: normLow,
						norm_high: rand() < 0.5 ? normLow : nullable(),
						norm_unit: text()
					})
				);
			}
			expect(claimsCsvRows(claims)).toEqual(generic(claims));
			expect(encoded(claims, 2)).toEqual(generic(claims));
		}
	});

	it('writes nothing for no claims', () => {
		expect(claimsCsvRows([])).toEqual(new Uint8Array(0));
	});
});
