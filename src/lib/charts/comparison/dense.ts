/**
 * The comparison chart's dense view, for more claims than rows can show (one row per claim would
 * be metres tall past a few thousand). Each group becomes a strip on the same axis as the row view;
 * every claim is a dot at its value (the high end of a range), spread vertically within the strip by
 * a hash of its key so a dot keeps its place when filters change. Each strip also gets a histogram
 * (one SVG path: bars counting claims per bin) and its median, which are what image exports show:
 * 100,000 dots stay on the canvas.
 *
 * Pure (no DOM, no Svelte): positions in typed arrays, drawn by ComparisonDense.svelte on a canvas.
 */
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { METRICS, METRIC_INFO, type Claim, type Metric } from '../../claims/schema.ts';
import { median } from '../median.ts';
import { METRIC_COLORS } from '../palette.ts';
import { bestClaimPerPaper, formatDelta, formatFactor, PANEL_TITLES, panelAxis, splitByPanel, type ComparisonOptions, type PanelKind, type Tick } from './geometry.ts';

export interface DenseStrip {
	label: string;
	/** Claims in the strip. */
	count: number;
	top: number;
	height: number;
	/** x of the strip's median value, and that value written out (`2.1×`, `+1.4 pp`). */
	medianX: number;
	medianLabel: string;
	/** Histogram bars as one SVG path (`M x y h w v h h -w Z` per bin), bottom on the strip's bottom. */
	binsPath: string;
	/** Family colour when strips are families; a neutral grey when they are baselines. */
	color: string;
}

export interface DensePanel {
	kind: PanelKind;
	title: string;
	top: number;
	height: number;
	rowsTop: number;
	rowsBottom: number;
	ticks: Tick[];
	refX: number;
	strips: DenseStrip[];
	/** Point i is `claims[i]`, drawn at (xs[i], ys[i]) in the colour of METRICS[metricIndex[i]]. */
	claims: Claim[];
	xs: Float32Array;
	ys: Float32Array;
	metricIndex: Uint8Array;
}

export interface DenseGeometry {
	width: number;
	height: number;
	plotLeft: number;
	plotRight: number;
	panels: DensePanel[];
	/** Dots drawn, over all panels. */
	points: number;
	notCharted: { level: number; unnormalized: number };
}

/**
 * The comparison chart draws this view for more claims than this, rows below: 500 rows are already
 * a chart 11,000 px tall, and the SVG rows cost more to draw than the dots past a few hundred.
 */
export const DENSE_ABOVE = 500;
export const STRIP_HEIGHT = 44;
/** Past this many baselines, the smallest are merged into one strip. */
export const MAX_STRIPS = 16;
const PANEL_TITLE = 28;
const AXIS = 26;
const STRIP_GAP = 6;
const PANEL_GAP = 28;
const BIN = 3;
const NEUTRAL = '#5b6475';
/** Index in METRICS of each family (the dots' colour index). */
export const METRIC_INDEX = new Map<Metric, number>(METRICS.map((m, i) => [m, i]));

/** FNV-1a of `paper_id#claim`, in [0, 1): the dot's vertical place within its strip. */
export function jitter(c: Pick<Claim, 'paper_id' | 'claim'>): number {
	return jitterOf(paperHash(c.paper_id), c.claim);
}

/** The FNV-1a state after a paper id: shared by the claims of one paper (see createDenseGeometry). */
function paperHash(paperId: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < paperId.length; i++) h = Math.imul(h ^ paperId.charCodeAt(i), 0x01000193);
	return h;
}

function jitterOf(paperState: number, claim: number): number {
	let h = Math.imul(paperState ^ (claim & 0xff), 0x01000193);
	h = Math.imul(h ^ (claim >>> 8), 0x01000193);
	h ^= h >>> 15;
	return (h >>> 0) / 4294967296;
}

interface StripGroup {
	label: string;
	color: string;
	claims: Claim[];
}

/** Strips in the row view's order: families in contract order; baselines by size, the tail merged. */
export function groupStrips(claims: readonly Claim[], groupBy: ComparisonOptions['groupBy']): StripGroup[] {
	const map = new Map<string, Claim[]>();
	for (const c of claims) {
		const k = groupBy === 'metric' ? c.metric : c.baseline;
		const list = map.get(k);
		if (list) list.push(c);
		else map.set(k, [c]);
	}
	if (groupBy === 'metric')
		return METRICS.filter((m) => map.has(m)).map((m) => ({ label: METRIC_INFO[m].label, color: METRIC_COLORS[m], claims: map.get(m)! }));
	const keys = [...map.keys()].sort((a, b) => ((a === '') !== (b === '') ? (a === '' ? 1 : -1) : map.get(b)!.length - map.get(a)!.length || (a < b ? -1 : 1)));
	const named = keys.filter((k) => k !== '');
	const kept = named.slice(0, MAX_STRIPS - 2);
	const strips: StripGroup[] = kept.map((k) => ({ label: k, color: NEUTRAL, claims: map.get(k)! }));
	const rest = named.slice(kept.length).flatMap((k) => map.get(k)!);
	if (rest.length) strips.push({ label: `${named.length - kept.length} other baselines`, color: NEUTRAL, claims: rest });
	if (map.has('')) strips.push({ label: 'No baseline named', color: NEUTRAL, claims: map.get('')! });
	return strips;
}

function histogramPath(xs: Float32Array, from: number, to: number, left: number, right: number, bottom: number, height: number): string {
	const bins = new Uint32Array(Math.max(1, Math.ceil((right - left) / BIN)));
	for (let i = from; i < to; i++) bins[Math.min(bins.length - 1, Math.max(0, Math.floor((xs[i] - left) / BIN)))]++;
	let max = 0;
	for (const b of bins) if (b > max) max = b;
	const parts: string[] = [];
	for (let b = 0; b < bins.length; b++) {
		if (bins[b] === 0) continue;
		// Square-root scale: one claim stays visible next to a bin of thousands.
		const h = Math.max(1, Math.round(Math.sqrt(bins[b] / max) * height * 10) / 10);
		parts.push(`M${left + b * BIN},${bottom}v${-h}h${BIN}v${h}Z`);
	}
	return parts.join('');
}

/**
 * The panel's d3 scale as a plain function doing d3's own arithmetic (normalize in the domain,
 * natural log for a log scale, then `r0 * (1 - t) + r1 * t`), so dots land exactly where the scale
 * puts them; calling the d3 scale object per dot cost ~30 ms at 100,000 dots.
 */
function pixelMap(kind: 'factor' | 'delta', scale: ScaleLinear<number, number> | ScaleLogarithmic<number, number>): (v: number) => number {
	const [d0, d1] = scale.domain();
	const [r0, r1] = scale.range();
	const log = kind === 'factor';
	const a = log ? Math.log(d0) : d0;
	const span = (log ? Math.log(d1) : d1) - a;
	if (!span) return () => r0 * 0.5 + r1 * 0.5;
	return log
		? (v) => {
				const t = (Math.log(v) - a) / span;
				return r0 * (1 - t) + r1 * t;
			}
		: (v) => {
				const t = (v - a) / span;
				return r0 * (1 - t) + r1 * t;
			};
}

/** One strip's dots before layout: its claims in order, with their values, jitters and colours. */
export interface StripDots {
	label: string;
	color: string;
	claims: Claim[];
	/** `norm_high` of each claim. */
	values: Float64Array;
	/** `jitter(claim)` of each claim. */
	jitters: Float64Array;
	/** Index in METRICS of each claim's metric. */
	metrics: Uint8Array;
}

/** A panel's dots before layout, and the range of their values. */
export interface PanelDots {
	kind: PanelKind;
	strips: StripDots[];
	lo: number;
	hi: number;
}

export type NotCharted = DenseGeometry['notCharted'];

/** The dots of `claims` (already filtered), read from the claim objects. */
function dotsOfClaims(claims: readonly Claim[], options: ComparisonOptions): { panels: PanelDots[]; notCharted: NotCharted } {
	const { byKind, notCharted } = splitByPanel(claims);
	const panels: PanelDots[] = [];
	for (const kind of ['factor', 'delta'] as const) {
		const rows = options.rowUnit === 'paper' ? bestClaimPerPaper(byKind[kind]) : byKind[kind];
		if (rows.length === 0) continue;
		let lo = Infinity;
		let hi = -Infinity;
		const strips: StripDots[] = [];
		for (const g of groupStrips(rows, options.groupBy)) {
			const list = g.claims;
			const values = new Float64Array(list.length);
			const jitters = new Float64Array(list.length);
			const metrics = new Uint8Array(list.length);
			// A family strip has one colour: its metric's index is looked up once, not per dot.
			const stripMetric = options.groupBy === 'metric' && list.length ? METRIC_INDEX.get(list[0].metric)! : -1;
			// A paper's claims sit together: its id is hashed once for the run, not once per dot.
			let paper: string | null = null;
			let paperState = 0;
			for (let k = 0; k < list.length; k++) {
				const c = list[k];
				const v = c.norm_high!;
				values[k] = v;
				if (v < lo) lo = v;
				if (v > hi) hi = v;
				if (c.paper_id !== paper) {
					paper = c.paper_id;
					paperState = paperHash(paper);
				}
				jitters[k] = jitterOf(paperState, c.claim);
				metrics[k] = stripMetric >= 0 ? stripMetric : METRIC_INDEX.get(c.metric)!;
			}
			strips.push({ label: g.label, color: g.color, claims: list, values, jitters, metrics });
		}
		panels.push({ kind, strips, lo, hi });
	}
	return { panels, notCharted };
}

/** Lays dots out as the dense view: axes, strips, dot positions, medians and histograms. Pure. */
export function layoutDense(dots: readonly PanelDots[], notCharted: NotCharted, dims: { width: number }): DenseGeometry {
	const width = Math.max(280, dims.width);
	const plotLeft = Math.round(Math.min(220, width * 0.28)) + 12;
	const plotRight = width - 16;
	const panels: DensePanel[] = [];
	let top = 0;
	let points = 0;
	for (const panel of dots) {
		const kind = panel.kind;
		// Same axes as the row view (geometry.ts).
		const { x, ticks } = panelAxis(kind, panel.lo, panel.hi, plotLeft, plotRight);
		const px = pixelMap(kind, x as ScaleLinear<number, number> | ScaleLogarithmic<number, number>);
		const format = kind === 'factor' ? formatFactor : formatDelta;
		let n = 0;
		for (const g of panel.strips) n += g.claims.length;
		const xs = new Float32Array(n);
		const ys = new Float32Array(n);
		const metricIndex = new Uint8Array(n);
		const ordered: Claim[] = new Array(n);
		const strips: DenseStrip[] = [];
		const rowsTop = top + PANEL_TITLE + AXIS;
		let y = rowsTop;
		let i = 0;
		for (const g of panel.strips) {
			const from = i;
			const top = y + 3;
			for (let k = 0; k < g.claims.length; k++, i++) {
				ordered[i] = g.claims[k];
				xs[i] = px(g.values[k]);
				ys[i] = top + g.jitters[k] * (STRIP_HEIGHT - 6);
				metricIndex[i] = g.metrics[k];
			}
			const med = median(g.values);
			strips.push({
				label: g.label,
				count: g.claims.length,
				top: y,
				height: STRIP_HEIGHT,
				medianX: x(med),
				medianLabel: format(med),
				binsPath: histogramPath(xs, from, i, plotLeft, plotRight, y + STRIP_HEIGHT, STRIP_HEIGHT),
				color: g.color
			});
			y += STRIP_HEIGHT + STRIP_GAP;
		}
		const rowsBottom = y;
		panels.push({ kind, title: PANEL_TITLES[kind], top, height: rowsBottom - top, rowsTop, rowsBottom, ticks, refX: x(kind === 'factor' ? 1 : 0), strips, claims: ordered, xs, ys, metricIndex });
		points += n;
		top = rowsBottom + PANEL_GAP;
	}
	const last = panels[panels.length - 1];
	return { width, height: last ? last.top + last.height + 4 : 0, plotLeft, plotRight, panels, points, notCharted };
}

/** Computes the dense view of `claims` (already filtered). Pure: the inputs are not changed. */
export function createDenseGeometry(claims: readonly Claim[], dims: { width: number }, options: ComparisonOptions): DenseGeometry {
	const { panels, notCharted } = dotsOfClaims(claims, options);
	return layoutDense(panels, notCharted, dims);
}

const cache = new WeakMap<readonly Claim[], { width: number; options: ComparisonOptions; geometry: DenseGeometry }>();

/**
 * createDenseGeometry, remembered per claims array (arrays are replaced, never mutated) for the
 * last width and options: switching a filter off gives the unfiltered array back (filterClaims),
 * and its 100,000-dot geometry is then not computed again.
 */
export function denseGeometryOf(claims: readonly Claim[], dims: { width: number }, options: ComparisonOptions): DenseGeometry {
	const hit = cache.get(claims);
	if (hit && hit.width === dims.width && hit.options.rowUnit === options.rowUnit && hit.options.groupBy === options.groupBy) return hit.geometry;
	const geometry = createDenseGeometry(claims, dims, options);
	cache.set(claims, { width: dims.width, options: { ...options }, geometry });
	return geometry;
}
