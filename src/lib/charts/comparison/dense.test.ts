import { describe, expect, it } from 'vitest';
import { generateClaims } from '../../../../bench/synthetic-claims.ts';
import { makeClaim } from '../../testing/claims.ts';
import { createDenseGeometry, denseGeometryOf, groupStrips, jitter, MAX_STRIPS } from './dense.ts';
import { panelAxis } from './geometry.ts';
import { createDenseIndex } from './dense-index.ts';
import { hexToRgb, paintDots } from './dots.ts';
import { createComparisonGeometry } from './geometry.ts';

const OPTIONS = { rowUnit: 'claim', groupBy: 'metric' } as const;
const claims = generateClaims(3000, 7);
const charted = claims.filter((c) => (c.norm_kind === 'factor' && c.norm_low! > 0) || c.norm_kind === 'delta');

describe('createDenseGeometry', () => {
	const g = createDenseGeometry(claims, { width: 900 }, OPTIONS);

	it('createDenseGeometry(claims) draws one dot per charted claim and counts the rest as not charted', () => {
		expect(g.points).toBe(charted.length);
		expect(g.panels.reduce((n, p) => n + p.claims.length, 0)).toBe(charted.length);
		expect(g.notCharted.level + g.notCharted.unnormalized).toBe(claims.length - charted.length);
		for (const p of g.panels) expect(p.strips.reduce((n, s) => n + s.count, 0)).toBe(p.claims.length);
	});

	it('puts each dot inside its strip and the plot area', () => {
		for (const p of g.panels) {
			let i = 0;
			for (const s of p.strips) {
				for (let k = 0; k < s.count; k++, i++) {
					expect(p.ys[i]).toBeGreaterThanOrEqual(s.top);
					expect(p.ys[i]).toBeLessThanOrEqual(s.top + s.height);
					expect(p.xs[i]).toBeGreaterThanOrEqual(g.plotLeft - 0.01);
					expect(p.xs[i]).toBeLessThanOrEqual(g.plotRight + 0.01);
				}
			}
		}
	});

	it('uses the row view axis: a factor sits where the row view draws its high end', () => {
		const few = charted.filter((c) => c.norm_kind === 'factor').slice(0, 40);
		const rows = createComparisonGeometry(few, { width: 900 }, OPTIONS);
		const dense = createDenseGeometry(few, { width: 900 }, OPTIONS);
		const rowX = new Map(rows.panels[0].marks.map((m) => [m.claim, m.x2]));
		// Same domain rule; the plot areas differ, so compare positions as fractions of the plot.
		const frac = (x: number, l: number, r: number) => (x - l) / (r - l);
		const p = dense.panels[0];
		for (let i = 0; i < p.claims.length; i++)
			expect(frac(p.xs[i], dense.plotLeft, dense.plotRight)).toBeCloseTo(frac(rowX.get(p.claims[i])!, rows.plotLeft, rows.plotRight), 4);
	});

	it('keeps a dot at the same height when other families are filtered out', () => {
		const latency = claims.filter((c) => c.metric === 'latency');
		const only = createDenseGeometry(latency, { width: 900 }, OPTIONS).panels[0];
		const all = g.panels[0];
		const yAll = new Map(all.claims.map((c, i) => [c, all.ys[i] - all.strips[0].top]));
		for (let i = 0; i < only.claims.length; i++) expect(only.ys[i] - only.strips[0].top).toBeCloseTo(yAll.get(only.claims[i])!, 4);
	});

	it('does not change its input', () => {
		const copy = structuredClone(claims);
		createDenseGeometry(claims, { width: 600 }, { rowUnit: 'paper', groupBy: 'baseline' });
		expect(claims).toEqual(copy);
	});

	it('medians: the tick of a strip sits at its median value', () => {
		const three = [2, 4, 8].map((v, i) => makeClaim({ claim: i + 1, metric: 'speed', norm_kind: 'factor', norm_low: v, norm_high: v }));
		const d = createDenseGeometry(three, { width: 600 }, OPTIONS);
		expect(d.panels[0].strips[0].medianLabel).toBe('4×');
		expect(d.panels[0].strips[0].medianX).toBeCloseTo(d.panels[0].xs[1], 4);
	});
});

describe('groupStrips', () => {
	it('groupStrips(claims, "baseline") keeps the largest baselines and merges the rest', () => {
		const many = Array.from({ length: 40 }, (_, i) => makeClaim({ claim: i + 1, baseline: `B${i % 30}` }));
		const strips = groupStrips(many, 'baseline');
		expect(strips.length).toBeLessThanOrEqual(MAX_STRIPS);
		expect(strips.reduce((n, s) => n + s.claims.length, 0)).toBe(40);
		expect(strips.at(-1)!.label).toMatch(/other baselines/);
	});
});

describe('jitter', () => {
	it('jitter(claim) is in [0, 1) and the same for the same key', () => {
		for (const c of claims.slice(0, 200)) {
			const j = jitter(c);
			expect(j).toBeGreaterThanOrEqual(0);
			expect(j).toBeLessThan(1);
			expect(jitter({ paper_id: c.paper_id, claim: c.claim })).toBe(j);
		}
	});
});

describe('createDenseIndex', () => {
	const g = createDenseGeometry(claims, { width: 900 }, OPTIONS);
	const index = createDenseIndex(g);

	it('index.find(x, y, r) returns the dot at that place', () => {
		const p = g.panels[0];
		const hit = index.find(p.xs[10], p.ys[10], 3)!;
		expect(hit.x).toBeCloseTo(p.xs[10], 4);
		expect(hit.y).toBeCloseTo(p.ys[10], 4);
	});

	it('index.find(x, y, r) is null far from every dot', () => {
		expect(index.find(-100, -100, 5)).toBeNull();
	});

	it('index.at(i) steps through every dot', () => {
		expect(index.size).toBe(g.points);
		expect(index.at(0)!.claim).toBe(g.panels[0].claims[0]);
		expect(index.at(g.points)).toBeNull();
	});
});

describe('paintDots', () => {
	it('paintDots writes a dot in its family colour and leaves the rest transparent', () => {
		const one = [makeClaim({ metric: 'latency', norm_kind: 'factor', norm_low: 2, norm_high: 2 })];
		const g = createDenseGeometry(one, { width: 400 }, OPTIONS);
		const w = g.width;
		const h = Math.ceil(g.height);
		const px = new Uint8ClampedArray(w * h * 4);
		paintDots(px, w, h, g, 1);
		const x = Math.round(g.panels[0].xs[0]);
		const y = Math.round(g.panels[0].ys[0]);
		const o = (y * w + x) * 4;
		const [r, gr, b] = hexToRgb('#D55E00');
		expect([px[o], px[o + 1], px[o + 2]]).toEqual([r, gr, b]);
		expect(px[o + 3]).toBeGreaterThan(0);
		expect(px[3]).toBe(0);
	});
});

describe('denseGeometryOf', () => {
	const claims = generateClaims(2_000);
	it('equals createDenseGeometry, with every dot where the panel\'s d3 scale puts it', () => {
		const g = denseGeometryOf(claims, { width: 900 }, { rowUnit: 'claim', groupBy: 'metric' });
		expect(g).toEqual(createDenseGeometry(claims, { width: 900 }, { rowUnit: 'claim', groupBy: 'metric' }));
		for (const p of g.panels) {
			const values = p.claims.map((c) => c.norm_high!);
			const { x } = panelAxis(p.kind, Math.min(...values), Math.max(...values), g.plotLeft, g.plotRight);
			p.claims.forEach((c, i) => expect(p.xs[i]).toBe(Math.fround(x(c.norm_high!))));
		}
	});
	it('gives the same geometry for the same array, width and options; a new one when any changes', () => {
		const g = denseGeometryOf(claims, { width: 900 }, { rowUnit: 'claim', groupBy: 'metric' });
		expect(denseGeometryOf(claims, { width: 900 }, { rowUnit: 'claim', groupBy: 'metric' })).toBe(g);
		expect(denseGeometryOf([...claims], { width: 900 }, { rowUnit: 'claim', groupBy: 'metric' })).not.toBe(g);
		expect(denseGeometryOf(claims, { width: 901 }, { rowUnit: 'claim', groupBy: 'metric' })).not.toBe(g);
		expect(denseGeometryOf(claims, { width: 901 }, { rowUnit: 'claim', groupBy: 'baseline' }).panels[0].strips[0].color).toBe('#5b6475');
	});
});
