import { describe, expect, it } from 'vitest';
import { DEFAULT_PAIRING, describeFamilies, pairClaims, resolveAxis } from './pairing.ts';
import { makeClaim as C } from '../../testing/claims.ts';

const factor = (paper: string, metric: 'latency' | 'speed' | 'throughput' | 'memory', lo: number, hi = lo, context = '') =>
	C({ paper_id: paper, title: `T ${paper}`, metric, norm_kind: 'factor', norm_low: lo, norm_high: hi, norm_unit: 'x', context });
const delta = (paper: string, lo: number, hi = lo, context = '') =>
	C({ paper_id: paper, title: `T ${paper}`, metric: 'accuracy', higher_is_better: true, unit: '%', norm_kind: 'delta', norm_low: lo, norm_high: hi, norm_unit: 'pp', context });
const level = (paper: string, metric: 'accuracy' | 'latency', v: number, unit: string, hib = metric === 'accuracy') =>
	C({ paper_id: paper, title: `T ${paper}`, metric, higher_is_better: hib, change: 'level', unit, norm_kind: 'level', norm_low: v, norm_high: v, norm_unit: unit });

describe('pairClaims(claims, options)', () => {
	it('has the expected defaults: best latency/speed/throughput factor against best quality delta, per paper', () => {
		expect(DEFAULT_PAIRING).toEqual({
			x: { families: ['latency', 'speed', 'throughput'], kind: 'factor', aggregate: 'best' },
			y: { families: ['accuracy', 'error'], kind: 'delta', aggregate: 'best' },
			per: 'paper'
		});
	});

	it('takes the best factor of the chosen families (a range by its high end) and the best delta', () => {
		const claims = [factor('a', 'latency', 1.41), factor('a', 'speed', 2.8, 5.8), factor('a', 'memory', 9), delta('a', -3.8), delta('a', 1.7)];
		const { points, notPlotted } = pairClaims(claims);
		expect(notPlotted).toEqual([]);
		expect(points).toHaveLength(1);
		expect(points[0]).toMatchObject({ id: 'a', paperId: 'a', x: 5.8, y: 1.7, xCount: 2, yCount: 2 });
		expect(points[0].xClaim).toBe(claims[1]);
		expect(points[0].yClaim).toBe(claims[4]);
	});

	it('takes the worst value (a range by its low end) when the axis asks for the worst', () => {
		const claims = [factor('a', 'latency', 1.41), factor('a', 'speed', 2.8, 5.8), delta('a', -3.8, -1), delta('a', 1.7)];
		const [p] = pairClaims(claims, { ...DEFAULT_PAIRING, x: { ...DEFAULT_PAIRING.x, aggregate: 'worst' }, y: { ...DEFAULT_PAIRING.y, aggregate: 'worst' } }).points;
		expect([p.x, p.y]).toEqual([1.41, -3.8]);
	});

	it('lists papers lacking a value on an axis as not plotted, with the reason', () => {
		const claims = [factor('a', 'latency', 2), delta('a', 1), factor('b', 'speed', 3), delta('c', 2), factor('d', 'memory', 4)];
		const { points, notPlotted } = pairClaims(claims);
		expect(points.map((p) => p.id)).toEqual(['a']);
		expect(notPlotted.map((n) => [n.id, n.missing, n.reason])).toEqual([
			['b', 'y', 'no quality delta'],
			['c', 'x', 'no latency, speed-up or throughput factor'],
			['d', 'both', 'no latency, speed-up or throughput factor and no quality delta']
		]);
	});

	it('pairs any two families, e.g. memory factor against speed factor', () => {
		const claims = [factor('a', 'memory', 4.27), factor('a', 'speed', 1.5), factor('b', 'speed', 2)];
		const out = pairClaims(claims, {
			x: { families: ['memory'], kind: 'factor', aggregate: 'best' },
			y: { families: ['speed'], kind: 'factor', aggregate: 'best' },
			per: 'paper'
		});
		expect(out.points.map((p) => [p.id, p.x, p.y])).toEqual([['a', 4.27, 1.5]]);
		expect(out.notPlotted.map((n) => n.reason)).toEqual(['no memory factor']);
	});

	it('pairs levels in one unit (accuracy % against latency ms), lower latency being better', () => {
		const claims = [level('a', 'accuracy', 93.05, '%'), level('a', 'latency', 12, 'ms'), level('a', 'latency', 8, 'ms'), level('a', 'latency', 0.5, 's'), level('b', 'latency', 3, 's'), level('b', 'accuracy', 80, '%')];
		const out = pairClaims(claims, {
			x: { families: ['latency'], kind: 'level', aggregate: 'best' },
			y: { families: ['accuracy'], kind: 'level', aggregate: 'best' },
			per: 'paper'
		});
		// No unit named: the most common one wins, the first seen on a tie (ms and s have 2 claims each).
		expect(out.x.unit).toBe('ms');
		expect(out.x.better).toBe('lower');
		expect(out.y).toMatchObject({ unit: '%', better: 'higher', title: 'Best accuracy level (%)' });
		expect(out.points.map((p) => [p.id, p.x, p.y])).toEqual([['a', 8, 93.05]]);
		expect(out.notPlotted.map((n) => n.reason)).toEqual(['no latency level in ms']);
	});

	it('uses the unit the spec names for levels', () => {
		const claims = [level('a', 'latency', 0.5, 's'), level('a', 'accuracy', 90, '%')];
		const out = pairClaims(claims, {
			x: { families: ['latency'], kind: 'level', unit: 's', aggregate: 'best' },
			y: { families: ['accuracy'], kind: 'level', aggregate: 'best' },
			per: 'paper'
		});
		expect(out.points.map((p) => p.x)).toEqual([0.5]);
	});

	it('makes one point per paper and context, context-free claims joining every context', () => {
		const claims = [factor('a', 'speed', 2), delta('a', 1.5, 1.5, 'GSM8K'), delta('a', -0.5, -0.5, 'MATH'), factor('a', 'speed', 3, 3, 'MATH'), factor('b', 'speed', 1.2), delta('b', 0.1)];
		const out = pairClaims(claims, { ...DEFAULT_PAIRING, per: 'context' });
		expect(out.points.map((p) => [p.id, p.context, p.x, p.y])).toEqual([
			['a#GSM8K', 'GSM8K', 2, 1.5],
			['a#MATH', 'MATH', 3, -0.5],
			['b', '', 1.2, 0.1]
		]);
		expect(out.rule).toContain('per paper and context');
	});

	it('ignores rejected claims and claims without a norm', () => {
		const claims = [factor('a', 'speed', 9), { ...factor('a', 'speed', 99), status: 'rejected' as const }, delta('a', 1), { ...delta('a', 5), norm_kind: '' as const, norm_low: null, norm_high: null }];
		const [p] = pairClaims(claims).points;
		expect([p.x, p.y]).toEqual([9, 1]);
	});

	it('writes the rule out in words', () => {
		expect(pairClaims([]).rule).toBe(
			'One point per paper: x = its best latency, speed-up or throughput factor (×), y = its best quality delta in points, each from its own claim; ranges count by their best end.'
		);
	});

	it('does not change its input', () => {
		const claims = [factor('a', 'latency', 1.41), delta('a', 2)];
		const copy = structuredClone(claims);
		pairClaims(claims, { ...DEFAULT_PAIRING, per: 'context' });
		expect(claims).toEqual(copy);
	});
});

describe('resolveAxis(spec, claims)', () => {
	it('titles the axis and sets the better direction', () => {
		expect(resolveAxis(DEFAULT_PAIRING.x, [])).toMatchObject({ unit: 'x', better: 'higher', title: 'Best latency, speed-up or throughput factor (×)' });
		expect(resolveAxis({ families: ['error'], kind: 'level', unit: '%', aggregate: 'worst' }, [])).toMatchObject({ better: 'lower', title: 'Worst error level (%)' });
	});
});

describe('describeFamilies(families)', () => {
	it('names whole groups and lists the rest in metric order', () => {
		expect(describeFamilies(['latency', 'speed', 'throughput', 'memory', 'compute', 'cost', 'energy', 'tokens', 'bandwidth', 'capacity'])).toBe('efficiency');
		expect(describeFamilies(['error', 'accuracy'])).toBe('quality');
		expect(describeFamilies(['throughput', 'latency'])).toBe('latency or throughput');
	});
});
