import { describe, expect, it } from 'vitest';
import { formatTable, median, type Row, slowerThanPeer } from './report.ts';

const row = (claims: number, appFirst: number, peerFirst: number): Row => ({
	claims,
	mb: claims / 5000,
	points: Math.round(claims * 0.8),
	app: { firstChart: appFirst, filterOn: 20, filterOff: 30, filterOnAgain: 15, filterOffAgain: 25, hover: 4, heap: 50 },
	peer: { firstChart: peerFirst, filterOn: 200, filterOff: 300, filterOnAgain: 190, filterOffAgain: 280, heap: 120 }
});

describe('median', () => {
	it('median(xs) is the middle value, the mean of the middle two, or NaN', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
	it('median(xs) does not change xs', () => {
		const xs = [3, 1, 2];
		median(xs);
		expect(xs).toEqual([3, 1, 2]);
	});
});

describe('formatTable', () => {
	it('prints each size, the app/peer ratio and the goals met', () => {
		const text = formatTable([row(1000, 100, 400), row(100_000, 800, 4000)], { kb: 90.5, files: 12 });
		expect(text).toContain('100,000');
		expect(text).toContain('0.20×');
		expect(text).toContain('first chart < 1000 ms: 800 ms, met');
		expect(text).toContain('90.5 KB gzipped in 12 files');
		expect(text).toContain('faster than the Vega-Lite peer at every size (first chart, filter on and off, first and again): met');
	});
	it('says NOT met when a goal is missed, judged at the largest size', () => {
		const text = formatTable([row(100_000, 3000, 2000), row(1000, 100, 400)], { kb: 130, files: 3 });
		expect(text).toContain('first chart < 1000 ms: 3000 ms, NOT met');
		expect(text).toContain('JavaScript <= 120 KB gzipped: 130.0 KB, NOT met');
		expect(text).toContain('peer at every size (first chart, filter on and off, first and again): NOT met (slower: 100,000: first chart 3000 vs 2000 ms)');
	});
	it('judges every figure on its own: one slower filter direction is NOT met even if the other is much faster', () => {
		const r = row(10_000, 100, 400);
		Object.assign(r.app, { filterOn: 160, filterOff: 145 });
		Object.assign(r.peer, { filterOn: 105, filterOff: 206 });
		expect(slowerThanPeer([r])).toEqual(['10,000: filter on 160 vs 105 ms']);
		expect(formatTable([r], { kb: 100, files: 3 })).toContain('NOT met (slower: 10,000: filter on 160 vs 105 ms)');
		expect(slowerThanPeer([row(1000, 100, 400)])).toEqual([]);
	});
	it('counts the first click and the repeated ones apart: a first click slower than the peer is NOT met', () => {
		const r = row(1000, 100, 400);
		Object.assign(r.app, { filterOn: 17, filterOnAgain: 10 });
		Object.assign(r.peer, { filterOn: 13, filterOnAgain: 12 });
		expect(slowerThanPeer([r])).toEqual(['1,000: filter on 17 vs 13 ms']);
		r.app.filterOnAgain = 14;
		expect(slowerThanPeer([r])).toEqual(['1,000: filter on 17 vs 13 ms', '1,000: filter on again 14 vs 12 ms']);
	});
	it('judges filter to paint by the slowest click, first or repeated', () => {
		const r = row(100_000, 800, 4000);
		r.app.filterOffAgain = 61;
		expect(formatTable([r], { kb: 100, files: 3 })).toContain('filter to paint < 50 ms: 61 ms (slowest click), NOT met');
	});
});
