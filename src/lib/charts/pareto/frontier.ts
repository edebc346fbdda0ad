/**
 * The Pareto frontier of a 2-D point set: the points no other point beats on one axis without
 * losing on the other, given which way is better on each axis. Pure, O(n log n) (one sort and a
 * running best), so 100k points take milliseconds.
 */

/** Which way is better on an axis. */
export type Better = 'higher' | 'lower';

export interface FrontierDirections {
	x: Better;
	y: Better;
}

export interface XY {
	x: number;
	y: number;
}

/**
 * `true` when `a` dominates `b`: at least as good on both axes and strictly better on one.
 * Identical points do not dominate each other (both stay on the frontier).
 */
export function dominates(a: XY, b: XY, dirs: FrontierDirections): boolean {
	const ax = dirs.x === 'higher' ? a.x : -a.x;
	const bx = dirs.x === 'higher' ? b.x : -b.x;
	const ay = dirs.y === 'higher' ? a.y : -a.y;
	const by = dirs.y === 'higher' ? b.y : -b.y;
	return ax >= bx && ay >= by && (ax > bx || ay > by);
}

/**
 * The non-dominated points of `points`, sorted by x ascending (then y ascending), ready to be
 * drawn left to right. Points with a non-finite coordinate are ignored. Duplicates of a frontier
 * point are all returned. The input is not changed.
 *
 * Why it works: flip each axis so that higher is better, sort by x descending. A point is
 * dominated exactly when some point with a strictly greater x has a y at least as high, or a point
 * with the same x has a strictly higher y. So, sweeping x-groups from best to worst with the best
 * y seen in earlier groups, a group's top-y points survive iff their y beats that running best.
 */
export function paretoFrontier<T extends XY>(points: readonly T[], dirs: FrontierDirections): T[] {
	const sx = dirs.x === 'higher' ? 1 : -1;
	const sy = dirs.y === 'higher' ? 1 : -1;
	// Flipped coordinates in typed arrays and an index sort: no per-point objects (100k points).
	const fx = new Float64Array(points.length);
	const fy = new Float64Array(points.length);
	const order: number[] = [];
	for (let k = 0; k < points.length; k++) {
		const p = points[k];
		if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
		fx[k] = sx * p.x;
		fy[k] = sy * p.y;
		order.push(k);
	}
	order.sort((a, b) => fx[b] - fx[a] || fy[b] - fy[a]);

	const kept: T[] = [];
	let bestY = -Infinity;
	let i = 0;
	while (i < order.length) {
		// One group of equal (flipped) x; sorted so its first member has the group's top y.
		const groupX = fx[order[i]];
		const topY = fy[order[i]];
		let j = i;
		while (j < order.length && fx[order[j]] === groupX) {
			if (fy[order[j]] === topY && topY > bestY) kept.push(points[order[j]]);
			j++;
		}
		if (topY > bestY) bestY = topY;
		i = j;
	}
	return kept.sort((a, b) => a.x - b.x || a.y - b.y);
}

/**
 * The vertices of the frontier drawn as a staircase: between two consecutive frontier points (x
 * ascending) the line turns at the corner both of them dominate, so the region under the stairs is
 * exactly what the frontier dominates. When higher x is better that corner is (x_i, y_{i+1})
 * (vertical first, like d3's curveStepBefore); when lower x is better it is (x_{i+1}, y_i)
 * (horizontal first, like curveStepAfter). The y direction does not change the rule: it only
 * decides whether the stairs go up or down.
 * @param frontier points as returned by `paretoFrontier` (x ascending)
 */
export function frontierSteps(frontier: readonly XY[], dirs: FrontierDirections): XY[] {
	if (frontier.length === 0) return [];
	const steps: XY[] = [{ x: frontier[0].x, y: frontier[0].y }];
	for (let k = 1; k < frontier.length; k++) {
		const prev = frontier[k - 1];
		const next = frontier[k];
		const corner = dirs.x === 'higher' ? { x: prev.x, y: next.y } : { x: next.x, y: prev.y };
		if (corner.x !== prev.x || corner.y !== prev.y) steps.push(corner);
		steps.push({ x: next.x, y: next.y });
	}
	return steps;
}
