/**
 * The dense view of a filter's selection of a dataset, from typed columns built once per dataset.
 * At 100,000 claims most of createDenseGeometry's time went to reading each claim object's fields
 * (scattered in memory); a filter change now reads bytes and doubles instead. The result equals
 * createDenseGeometry of the selected claims (dense-selection.test.ts). Family strips with one row
 * per claim only: the other views (baselines, best per paper) read the claim objects.
 *
 * Pure (no DOM, no Svelte).
 */
import { METRICS, METRIC_INFO, type Claim } from '../../claims/schema.ts';
import { METRIC_COLORS } from '../palette.ts';
import { denseGeometryOf, jitter, layoutDense, METRIC_INDEX, type DenseGeometry, type NotCharted, type PanelDots, type StripDots } from './dense.ts';
import { panelOf, type ComparisonOptions } from './geometry.ts';

/** A filter's selection: `passed[i]` is 1 when `all[i]` is shown (filterClaims' `passed`). */
export interface Selection {
	all: readonly Claim[];
	passed: Uint8Array;
}

/** Which panel a claim is drawn in (panelOf, geometry.ts), as a byte. */
const FACTOR = 0;
const DELTA = 1;
const LEVEL = 2;
const UNNORMALIZED = 3;
const PANEL_CODE = { factor: FACTOR, delta: DELTA, level: LEVEL, unnormalized: UNNORMALIZED } as const;

interface DenseColumns {
	panel: Uint8Array;
	value: Float64Array;
	jitter: Float64Array;
	metric: Uint8Array;
}

const columnsOf = new WeakMap<readonly Claim[], DenseColumns>();

function denseColumns(all: readonly Claim[]): DenseColumns {
	let columns = columnsOf.get(all);
	if (columns) return columns;
	const n = all.length;
	columns = { panel: new Uint8Array(n), value: new Float64Array(n), jitter: new Float64Array(n), metric: new Uint8Array(n) };
	for (let i = 0; i < n; i++) {
		const c = all[i];
		columns.panel[i] = PANEL_CODE[panelOf(c)];
		columns.value[i] = c.norm_high ?? NaN;
		columns.jitter[i] = jitter(c);
		columns.metric[i] = METRIC_INDEX.get(c.metric)!;
	}
	columnsOf.set(all, columns);
	return columns;
}

/** Can `options` be drawn from a selection (family strips, one row per claim)? */
export function selectionApplies(options: ComparisonOptions): boolean {
	return options.groupBy === 'metric' && options.rowUnit === 'claim';
}

/** createDenseGeometry of the claims `selection` passes, for family strips with a row per claim. */
export function denseGeometryOfSelection(selection: Selection, dims: { width: number }): DenseGeometry {
	const { all, passed } = selection;
	const col = denseColumns(all);
	const n = all.length;
	// Counts per panel and family first, so each strip's arrays are allocated once.
	const counts = [new Uint32Array(METRICS.length), new Uint32Array(METRICS.length)];
	const notCharted: NotCharted = { level: 0, unnormalized: 0 };
	const lo = [Infinity, Infinity];
	const hi = [-Infinity, -Infinity];
	for (let i = 0; i < n; i++) {
		if (!passed[i]) continue;
		const p = col.panel[i];
		if (p === LEVEL) notCharted.level++;
		else if (p === UNNORMALIZED) notCharted.unnormalized++;
		else {
			counts[p][col.metric[i]]++;
			const v = col.value[i];
			if (v < lo[p]) lo[p] = v;
			if (v > hi[p]) hi[p] = v;
		}
	}
	const strips: (StripDots | null)[][] = [0, 1].map((p) =>
		METRICS.map((m, k) =>
			counts[p][k] === 0
				? null
				: {
						label: METRIC_INFO[m].label,
						color: METRIC_COLORS[m],
						claims: new Array<Claim>(counts[p][k]),
						values: new Float64Array(counts[p][k]),
						jitters: new Float64Array(counts[p][k]),
						metrics: new Uint8Array(counts[p][k]).fill(k)
					}
		)
	);
	const filled = [new Uint32Array(METRICS.length), new Uint32Array(METRICS.length)];
	for (let i = 0; i < n; i++) {
		if (!passed[i]) continue;
		const p = col.panel[i];
		if (p !== FACTOR && p !== DELTA) continue;
		const k = col.metric[i];
		const strip = strips[p][k]!;
		const at = filled[p][k]++;
		strip.claims[at] = all[i];
		strip.values[at] = col.value[i];
		strip.jitters[at] = col.jitter[i];
	}
	const panels: PanelDots[] = [];
	for (const p of [FACTOR, DELTA]) {
		const present = strips[p].filter((s): s is StripDots => s !== null);
		if (present.length) panels.push({ kind: p === FACTOR ? 'factor' : 'delta', strips: present, lo: lo[p], hi: hi[p] });
	}
	return layoutDense(panels, notCharted, dims);
}

const bySelection = new WeakMap<readonly Claim[], { width: number; geometry: DenseGeometry }>();

/**
 * The dense geometry of `claims` (a filter's result), through `selection` (the same result as a
 * mask over the dataset) when the view allows it; remembered per claims array like denseGeometryOf,
 * so switching a filter off finds the unfiltered geometry again.
 */
export function denseGeometryFor(claims: readonly Claim[], dims: { width: number }, options: ComparisonOptions, selection?: Selection): DenseGeometry {
	if (!selection || !selectionApplies(options)) return denseGeometryOf(claims, dims, options);
	const hit = bySelection.get(claims);
	if (hit && hit.width === dims.width) return hit.geometry;
	const geometry = denseGeometryOfSelection(selection, dims);
	bySelection.set(claims, { width: dims.width, geometry });
	return geometry;
}
