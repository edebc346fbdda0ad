import { describe, expect, it } from 'vitest';
import { neutralizeCell, parseClaimsCsv, unneutralizeCell, writeClaimsCsv } from './csv.ts';
import { formatIssue } from './issues.ts';
import type { Claim } from './schema.ts';
import { CLAIM_COLUMNS } from './schema.ts';
import { makeClaim } from '../testing/claims.ts';

/** A claim whose title needs CSV quoting; norms follow the facts unless set. */
const claim = (over: Partial<Claim> = {}): Claim => makeClaim({ title: 'A paper, with "quotes"', ...over });

describe('writeClaimsCsv / parseClaimsCsv', () => {
	it('writes the contract columns in order', () => {
		const text = writeClaimsCsv([claim()]);
		expect(text.split('\n')[0]).toBe(CLAIM_COLUMNS.join(','));
	});
	it('round-trips claims, including quotes, commas, newlines and unicode', () => {
		const claims = [
			claim(),
			claim({ claim: 2, title: 'Line\nbreak, “curly” ×', quote: '−3.8% accuracy', norm_kind: 'delta', norm_low: -3.8, norm_high: -3.8, norm_unit: 'pp', metric: 'accuracy', higher_is_better: true }),
			claim({ claim: 3, norm_kind: '', norm_low: null, norm_high: null, norm_unit: '', baseline_value: 60 })
		];
		const back = parseClaimsCsv(writeClaimsCsv(claims));
		expect(back.issues).toEqual([]);
		expect(back.claims).toEqual(claims);
	});
	it('neutralizes formula-like text cells and reads them back unchanged', () => {
		const evil = claim({ title: '=HYPERLINK("http://x")', quote: '+1 trick', baseline: '@SUM(A1)', context: '-2 context', paper_id: '\tid' });
		const text = writeClaimsCsv([evil]);
		expect(text).toContain("'=HYPERLINK");
		expect(text).toContain("'@SUM");
		expect(text).not.toMatch(/,=|,\+|,@/);
		expect(parseClaimsCsv(text).claims[0]).toEqual(evil);
	});
	it('keeps negative numbers numeric', () => {
		const text = writeClaimsCsv([claim({ norm_kind: 'delta', norm_low: -3.8, norm_high: -3.8, norm_unit: 'pp' })]);
		expect(text).toContain(',-3.8,-3.8,');
	});
	it('neutralizeCell and unneutralizeCell are inverse, also for values that start with a quote mark', () => {
		for (const v of ['=1', "'=1", "''+x", 'plain', "'plain", '-', '']) {
			expect(unneutralizeCell(neutralizeCell(v))).toBe(v);
		}
	});
	it('tolerates a BOM and CRLF line endings', () => {
		const text = '\ufeff' + writeClaimsCsv([claim()]).replace(/\n/g, '\r\n');
		const back = parseClaimsCsv(text);
		expect(back.issues).toEqual([]);
		expect(back.claims).toHaveLength(1);
	});
	it('reports a bad row with row, column and reason, and keeps the others', () => {
		const good = writeClaimsCsv([claim(), claim({ claim: 2 })]);
		const lines = good.trimEnd().split('\n');
		lines.splice(2, 0, lines[1].replace(',latency,', ',speedz,'));
		const back = parseClaimsCsv(lines.join('\n'), 'mine.csv');
		expect(back.claims).toHaveLength(2);
		expect(back.issues).toHaveLength(1);
		expect(back.issues[0]).toMatchObject({ source: 'mine.csv', row: 2, column: 'metric', severity: 'skipped' });
		expect(formatIssue(back.issues[0])).toMatch(/mine\.csv row 2 column metric: unknown metric "speedz"/);
	});
	it('reports a non-number value and a ragged row', () => {
		const header = CLAIM_COLUMNS.join(',');
		const row = writeClaimsCsv([claim()]).split('\n')[1];
		const text = [header, row.replace(',29,29,', ',abc,29,'), 'p2,Short row', row].join('\n');
		const back = parseClaimsCsv(text);
		expect(back.claims).toHaveLength(1);
		expect(back.issues.map((i) => i.row)).toEqual([1, 2]);
		expect(back.issues[0]).toMatchObject({ column: 'value_low' });
		expect(back.issues[0].reason).toContain('"abc" is not a number');
	});
	it('reports missing required columns as fatal', () => {
		const back = parseClaimsCsv('title,abstract\nx,y\n', 'papers.csv');
		expect(back.claims).toEqual([]);
		expect(back.issues[0]).toMatchObject({ severity: 'fatal', line: 1 });
		expect(back.issues[0].reason).toContain('missing required columns quote, metric, value_low, unit, change');
	});
	it('computes norms when the file has no norm columns', () => {
		const text = 'quote,metric,value_low,value_high,unit,change\n"29% lower latency",latency,29,29,%,decrease\n';
		const back = parseClaimsCsv(text);
		expect(back.claims[0]).toMatchObject({ norm_kind: 'factor', norm_low: 1.408, higher_is_better: false });
	});
	it('writes and reads the status extension', () => {
		const c = claim({ status: 'edited', verified: true });
		const text = writeClaimsCsv([c], { extensions: true });
		expect(text.split('\n')[0]).toMatch(/,status,verified$/);
		const back = parseClaimsCsv(text);
		expect(back.hasStatus).toBe(true);
		expect(back.claims[0]).toEqual(c);
	});
});
