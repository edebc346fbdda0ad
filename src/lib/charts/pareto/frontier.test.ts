import { describe, expect, it } from 'vitest';
import { type Better, dominates, frontierSteps, paretoFrontier, type XY } from './frontier.ts';

const P = (x: number, y: number, id = `${x},${y}`) => ({ x, y, id });
const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

/** The definition, O(n²): kept when no other point dominates it. */
function naiveFrontier<T extends XY>(points: T[], dirs: { x: Better; y: Better }): T[] {
	return points
		.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
		.filter((p) => !points.some((q) => q !== p && Number.isFinite(q.x) && Number.isFinite(q.y) && dominates(q, p, dirs)))
		.sort((a, b) => a.x - b.x || a.y - b.y);
}

// A fixed cloud: corners, an interior point and ties on both axes.
const CLOUD = [P(1, 1), P(1, 5), P(3, 4), P(5, 1), P(5, 5, 'top-right'), P(2, 2), P(5, 3), P(3, 5)];

describe('paretoFrontier(points, dirs)', () => {
	it('keeps the top-right corner when higher is better on both axes', () => {
		expect(ids(paretoFrontier(CLOUD, { x: 'higher', y: 'higher' }))).toEqual(['top-right']);
	});

	it('gives the expected frontier for each combination of axis directions', () => {
		const pts = [P(1, 9), P(2, 7), P(4, 8), P(6, 3), P(8, 5), P(9, 1), P(5, 5), P(3, 2)];
		const table: { dirs: { x: Better; y: Better }; expected: string[] }[] = [
			{ dirs: { x: 'higher', y: 'higher' }, expected: ['1,9', '4,8', '8,5', '9,1'] },
			{ dirs: { x: 'lower', y: 'higher' }, expected: ['1,9'] },
			{ dirs: { x: 'higher', y: 'lower' }, expected: ['9,1'] },
			{ dirs: { x: 'lower', y: 'lower' }, expected: ['1,9', '2,7', '3,2', '9,1'] }
		];
		for (const { dirs, expected } of table) expect(ids(paretoFrontier(pts, dirs)), JSON.stringify(dirs)).toEqual(expected);
	});

	it('drops a point tied on x but worse on y, and one tied on y but worse on x', () => {
		const pts = [P(2, 5, 'a'), P(2, 3, 'tied-x-worse-y'), P(4, 3, 'b'), P(1, 3, 'tied-y-worse-x')];
		expect(ids(paretoFrontier(pts, { x: 'higher', y: 'higher' }))).toEqual(['a', 'b']);
	});

	it('keeps every copy of a duplicated frontier point and no copy of a dominated one', () => {
		const pts = [P(2, 5, 'a1'), P(2, 5, 'a2'), P(1, 1, 'd1'), P(1, 1, 'd2'), P(4, 2, 'b')];
		expect(ids(paretoFrontier(pts, { x: 'higher', y: 'higher' })).sort()).toEqual(['a1', 'a2', 'b']);
	});

	it('returns a single point as its own frontier, and nothing for no points', () => {
		expect(ids(paretoFrontier([P(3, -2, 'only')], { x: 'lower', y: 'higher' }))).toEqual(['only']);
		expect(paretoFrontier([], { x: 'higher', y: 'higher' })).toEqual([]);
	});

	it('handles negative deltas (quality losses) like any other value', () => {
		// x = speed-up factor (higher better), y = accuracy delta in points, some negative.
		const pts = [P(1.4, -3.8, 'fast-lossy'), P(1.1, 0.5, 'slow-gain'), P(1.2, -0.2, 'mid'), P(1.3, -5, 'dominated')];
		expect(ids(paretoFrontier(pts, { x: 'higher', y: 'higher' }))).toEqual(['slow-gain', 'mid', 'fast-lossy']);
		// With lower y better the losses become the goal.
		expect(ids(paretoFrontier(pts, { x: 'higher', y: 'lower' }))).toEqual(['dominated', 'fast-lossy']);
	});

	it('gives the same frontier on log axes (a monotone transform changes no dominance)', () => {
		const pts = [P(0.5, 2), P(1.41, 1), P(18.7, 0.3), P(2.8, 3), P(4.27, 0.2), P(1, 10)];
		for (const dirs of [{ x: 'higher', y: 'higher' }, { x: 'lower', y: 'higher' }, { x: 'higher', y: 'lower' }] as const) {
			const raw = ids(paretoFrontier(pts, dirs));
			const logged = pts.map((p) => ({ ...p, x: Math.log10(p.x), y: Math.log10(p.y) }));
			expect(ids(paretoFrontier(logged, dirs))).toEqual(raw);
		}
	});

	it('ignores points with a non-finite coordinate', () => {
		expect(ids(paretoFrontier([P(NaN, 9, 'nan'), P(Infinity, 1, 'inf'), P(1, 1, 'ok')], { x: 'higher', y: 'higher' }))).toEqual(['ok']);
	});

	it('agrees with the O(n²) definition on random point sets with many ties', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
		for (let trial = 0; trial < 200; trial++) {
			const n = 1 + Math.floor(rand() * 30);
			const pts = Array.from({ length: n }, (_, i) => P(Math.floor(rand() * 6) - 2, Math.floor(rand() * 6) - 2, `p${i}`));
			for (const x of ['higher', 'lower'] as const)
				for (const y of ['higher', 'lower'] as const) {
					const got = ids(paretoFrontier(pts, { x, y })).sort();
					expect(got).toEqual(ids(naiveFrontier(pts, { x, y })).sort());
				}
		}
	});

	it('does not change its input', () => {
		const pts = [P(3, 1), P(1, 3), P(2, 2), P(0, 0)];
		const copy = structuredClone(pts);
		paretoFrontier(pts, { x: 'higher', y: 'higher' });
		expect(pts).toEqual(copy);
	});

	it('handles 100k points', () => {
		const pts = Array.from({ length: 100_000 }, (_, i) => ({ x: (i * 7919) % 100_003, y: (i * 104_729) % 99_991, id: String(i) }));
		const front = paretoFrontier(pts, { x: 'higher', y: 'higher' });
		expect(front.length).toBeGreaterThan(0);
		// Spot-check against the definition: nothing in the sample dominates a frontier point.
		for (const f of front) for (let k = 0; k < pts.length; k += 97) expect(dominates(pts[k], f, { x: 'higher', y: 'higher' })).toBe(false);
	});
});

describe('frontierSteps(frontier, dirs)', () => {
	it('turns vertically first when higher x is better', () => {
		const front = [P(1, 9), P(4, 8), P(8, 5)];
		expect(frontierSteps(front, { x: 'higher', y: 'higher' })).toEqual([
			{ x: 1, y: 9 }, { x: 1, y: 8 }, { x: 4, y: 8 }, { x: 4, y: 5 }, { x: 8, y: 5 }
		]);
	});

	it('turns horizontally first when lower x is better', () => {
		const front = [P(1, 9), P(2, 7), P(3, 2)];
		expect(frontierSteps(front, { x: 'lower', y: 'lower' })).toEqual([
			{ x: 1, y: 9 }, { x: 2, y: 9 }, { x: 2, y: 7 }, { x: 3, y: 7 }, { x: 3, y: 2 }
		]);
	});

	it('keeps every corner dominated by the frontier (the stairs never claim more than the points)', () => {
		const pts = [P(1, 9), P(2, 7), P(4, 8), P(6, 3), P(8, 5), P(9, 1), P(3, 2)];
		for (const x of ['higher', 'lower'] as const)
			for (const y of ['higher', 'lower'] as const) {
				const dirs = { x, y };
				const front = paretoFrontier(pts, dirs);
				for (const s of frontierSteps(front, dirs))
					expect(front.some((f) => (f.x === s.x && f.y === s.y) || dominates(f, s, dirs))).toBe(true);
			}
	});

	it('gives one vertex for one point and none for none; duplicates add no corner', () => {
		expect(frontierSteps([P(2, 3)], { x: 'higher', y: 'higher' })).toEqual([{ x: 2, y: 3 }]);
		expect(frontierSteps([], { x: 'higher', y: 'higher' })).toEqual([]);
		expect(frontierSteps([P(2, 3), P(2, 3)], { x: 'higher', y: 'higher' })).toEqual([{ x: 2, y: 3 }, { x: 2, y: 3 }]);
	});
});
