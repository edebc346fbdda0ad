/**
 * Comparison chart geometry: every position, tick and label, computed before anything is drawn.
 * Pure (no DOM, no Svelte): an SVG component or a canvas renderer draws the same geometry.
 *
 * Two panels share the layout: factors (times better than the baseline, log axis, reference at 1×)
 * and quality deltas (points, linear axis, reference at 0). Levels have no common axis and are
 * counted in `notCharted`; the table lists them.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { METRICS, METRIC_INFO, type Claim, type Qualifier } from '../../claims/schema.ts';
import { METRIC_COLORS } from '../palette.ts';
import { compareText } from '../../text/compare.ts';
import { formatNumber } from '../../text/numbers.ts';

export type PanelKind = 'factor' | 'delta';

export interface ComparisonOptions {
	/** One row per claim, or one per paper with its best claim of the panel's kind. */
	rowUnit: 'claim' | 'paper';
	/** Rows grouped by metric family or by baseline, sorted by value within a group. */
	groupBy: 'metric' | 'baseline';
	/**
	 * Draw at most this many rows per group (the highest values); the group header says how many
	 * are left out. For very large sets, where one row per claim would be metres tall. Default: all.
	 */
	maxRowsPerGroup?: number;
	/** Apply `maxRowsPerGroup` only to a panel with more rows than this. Default 0 (always). */
	capAbove?: number;
}

export interface ComparisonDims {
	width: number;
	/** Vertical space of one row. */
	rowHeight?: number;
}

export interface ComparisonMark {
	claim: Claim;
	/** Stable across renders: `paper_id#claim`. */
	key: string;
	/** Row centre, relative to the chart's top. */
	y: number;
	/** Range from low to high; x1 === x2 for a single value. The qualifier shape sits at x2. */
	x1: number;
	x2: number;
	/** Where an `up to` tail starts (the reference line), else null. */
	tailX: number | null;
	color: string;
	qualifier: Qualifier;
	label: string;
	/** `1.41×` or `+2.3 pp`. */
	valueLabel: string;
}

export interface Tick {
	x: number;
	label: string;
}

export interface GroupHeader {
	label: string;
	y: number;
	/** Rows in the group, drawn or not. */
	count: number;
	/** Rows left out by `maxRowsPerGroup`. */
	hidden: number;
}

export interface ComparisonPanel {
	kind: PanelKind;
	title: string;
	/** Panel box, relative to the chart's top. */
	top: number;
	height: number;
	/** Top and bottom of the plotted rows (axis ticks and gridlines span these). */
	rowsTop: number;
	rowsBottom: number;
	ticks: Tick[];
	/** x of the reference line: 1× for factors, 0 for deltas. */
	refX: number;
	groups: GroupHeader[];
	marks: ComparisonMark[];
}

export interface ComparisonGeometry {
	width: number;
	height: number;
	/** Left edge of the plot area; row labels end at `plotLeft - 8`. */
	plotLeft: number;
	plotRight: number;
	/** Rough character budget of a row label at this width. */
	labelChars: number;
	panels: ComparisonPanel[];
	/** Claims in the input that no panel shows, by reason. */
	notCharted: { level: number; unnormalized: number };
}

const PANEL_TITLE = 28;
const AXIS = 26;
const GROUP_HEADER = 24;
/** Space above every group but the first, so a header reads as the start of the next group. */
const GROUP_GAP = 8;
const PANEL_GAP = 28;
const VALUE_LABEL = 56;

export const PANEL_TITLES: Record<PanelKind, string> = {
	factor: 'Improvement factor (× better than the baseline, log scale)',
	delta: 'Quality change (percentage points)'
};

const SHORT_PANEL_TITLES: Record<PanelKind, string> = {
	factor: 'Improvement factor (×, log scale)',
	delta: 'Quality change (points)'
};

/** `TokenWeave: Efficient…` → `TokenWeave`; titles without a colon are kept whole. */
export function shortTitle(title: string): string {
	const i = title.indexOf(':');
	return i > 0 && i <= 40 ? title.slice(0, i) : title;
}

/** Cuts `text` to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	return max <= 1 ? '…' : text.slice(0, max - 1).trimEnd() + '…';
}

export function formatFactor(x: number): string {
	const digits = x >= 100 ? 0 : x >= 10 ? 1 : 2;
	return `${formatNumber(x, digits)}×`;
}

export function formatDelta(x: number): string {
	const s = formatNumber(Math.abs(x), 2);
	return x > 0 ? `+${s} pp` : x < 0 ? `−${s} pp` : '0 pp';
}

function rangeLabel(c: Claim, kind: PanelKind): string {
	const fmt = kind === 'factor' ? formatFactor : formatDelta;
	const lo = c.norm_low!;
	const hi = c.norm_high!;
	return lo === hi ? fmt(hi) : `${fmt(lo).replace(/ pp$|×$/, '')}–${fmt(hi)}`;
}

/** Log ticks at 1-2-5 per decade, thinned to powers of ten when they would crowd. */
export function logTicks(domain: [number, number], width: number): number[] {
	const [lo, hi] = domain;
	const all: number[] = [];
	for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
		for (const m of [1, 2, 5]) {
			const v = Number((m * 10 ** e).toPrecision(3));
			if (v >= lo && v <= hi) all.push(v);
		}
	if (all.length <= Math.max(2, width / 48)) return all;
	const decades = all.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
	return decades.length >= 2 ? decades : all.filter((_, i) => i % 3 === 0);
}

function claimKey(c: Claim): string {
	return `${c.paper_id}#${c.claim}`;
}

function byValueDesc(a: Claim, b: Claim): number {
	return b.norm_high! - a.norm_high! || b.norm_low! - a.norm_low! || compareText(a.title, b.title) || a.claim - b.claim;
}

/** Each paper's best claim (highest high end; ties by low end, then claim order). */
export function bestClaimPerPaper(claims: readonly Claim[]): Claim[] {
	const best = new Map<string, Claim>();
	for (const c of claims) {
		const b = best.get(c.paper_id);
		if (!b || byValueDesc(c, b) < 0) best.set(c.paper_id, c);
	}
	return [...best.values()];
}

interface Group {
	label: string;
	claims: Claim[];
}

/** Groups in a stable order: families in contract order; baselines by size, "none named" last. */
export function groupClaims(claims: readonly Claim[], groupBy: ComparisonOptions['groupBy']): Group[] {
	const map = new Map<string, Claim[]>();
	for (const c of claims) {
		const k = groupBy === 'metric' ? c.metric : c.baseline;
		const list = map.get(k);
		if (list) list.push(c);
		else map.set(k, [c]);
	}
	let keys = [...map.keys()];
	if (groupBy === 'metric') keys = METRICS.filter((m) => map.has(m));
	else keys.sort((a, b) => (a === '') !== (b === '') ? (a === '' ? 1 : -1) : map.get(b)!.length - map.get(a)!.length || compareText(a, b));
	return keys.map((k) => ({
		label: groupBy === 'metric' ? METRIC_INFO[k as keyof typeof METRIC_INFO].label : k || 'No baseline named',
		claims: [...map.get(k)!].sort(byValueDesc)
	}));
}

/**
 * Splits claims into the two charted panels: factors with a positive low end (a log axis needs
 * it) and deltas, both with both ends; levels and unnormalized claims are only counted.
 */
/** Where a claim is drawn: a factor (above 0) or delta panel, or not charted (a level, or no norm). */
export function panelOf(c: Claim): PanelKind | 'level' | 'unnormalized' {
	if (c.norm_kind === 'factor' && c.norm_low !== null && c.norm_high !== null && c.norm_low > 0) return 'factor';
	if (c.norm_kind === 'delta' && c.norm_low !== null && c.norm_high !== null) return 'delta';
	return c.norm_kind === 'level' ? 'level' : 'unnormalized';
}

export function splitByPanel(claims: readonly Claim[]): { byKind: Record<PanelKind, Claim[]>; notCharted: { level: number; unnormalized: number } } {
	const byKind: Record<PanelKind, Claim[]> = { factor: [], delta: [] };
	const notCharted = { level: 0, unnormalized: 0 };
	for (const c of claims) {
		const panel = panelOf(c);
		if (panel === 'factor' || panel === 'delta') byKind[panel].push(c);
		else notCharted[panel]++;
	}
	return { byKind, notCharted };
}

/**
 * A panel's x scale and ticks for values from `lo` to `hi`, shared by the row view and the dense
 * view so both draw the same axes: factors on a log axis padded by 15% (in log space, so marks never
 * sit on the frame) that always includes 1×; deltas on a niced linear axis that always includes 0.
 */
export function panelAxis(kind: PanelKind, lo: number, hi: number, plotLeft: number, plotRight: number): { x: (v: number) => number; ticks: Tick[] } {
	if (kind === 'factor') {
		const domain: [number, number] = [Math.min(lo, 1) / 1.15, Math.max(hi, 1) * 1.15];
		const scale = scaleLog().domain(domain).range([plotLeft, plotRight]);
		return { x: scale, ticks: logTicks(domain, plotRight - plotLeft).map((v) => ({ x: scale(v), label: formatFactor(v) })) };
	}
	const scale = scaleLinear().domain([Math.min(lo, 0), Math.max(hi, 0)]).nice().range([plotLeft, plotRight]);
	if (scale.domain()[0] === scale.domain()[1]) scale.domain([-1, 1]);
	return {
		x: scale,
		ticks: scale.ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 70))).map((v) => ({ x: scale(v), label: v === 0 ? '0' : formatDelta(v).replace(' pp', '') }))
	};
}

/** Computes the chart for `claims` (already filtered). Pure: the inputs are not changed. */
export function createComparisonGeometry(
	claims: readonly Claim[],
	dims: ComparisonDims,
	options: ComparisonOptions
): ComparisonGeometry {
	const width = Math.max(280, dims.width);
	const rowHeight = dims.rowHeight ?? 22;
	// Labels take up to 40% of a wide chart, less on a phone where the plot needs the room.
	const labelWidth = Math.round(Math.min(300, width * (width < 560 ? 0.34 : 0.36)));
	const plotLeft = labelWidth + 12;
	const plotRight = width - VALUE_LABEL;
	const labelChars = Math.max(8, Math.floor(labelWidth / 6.4));

	const { byKind, notCharted } = splitByPanel(claims);

	const panels: ComparisonPanel[] = [];
	let top = 0;
	for (const kind of ['factor', 'delta'] as const) {
		const rows = options.rowUnit === 'paper' ? bestClaimPerPaper(byKind[kind]) : byKind[kind];
		if (rows.length === 0) continue;
		// A loop, not Math.min(...rows): spreading 100k arguments overflows the stack.
		let lo = Infinity;
		let hi = -Infinity;
		for (const c of rows) {
			if (c.norm_low! < lo) lo = c.norm_low!;
			if (c.norm_high! > hi) hi = c.norm_high!;
		}
		const { x, ticks } = panelAxis(kind, lo, hi, plotLeft, plotRight);
		const refX = x(kind === 'factor' ? 1 : 0);
		const groups: GroupHeader[] = [];
		const marks: ComparisonMark[] = [];
		const rowsTop = top + PANEL_TITLE + AXIS;
		let y = rowsTop;
		const cap = rows.length > (options.capAbove ?? 0) ? (options.maxRowsPerGroup ?? Infinity) : Infinity;
		for (const [gi, g] of groupClaims(rows, options.groupBy).entries()) {
			if (gi > 0) y += GROUP_GAP;
			const drawn = g.claims.length > cap ? g.claims.slice(0, cap) : g.claims;
			groups.push({ label: g.label, y: y + GROUP_HEADER / 2 + 2, count: g.claims.length, hidden: g.claims.length - drawn.length });
			y += GROUP_HEADER;
			for (const c of drawn) {
				marks.push({
					claim: c,
					key: claimKey(c),
					y: y + rowHeight / 2,
					x1: x(c.norm_low!),
					x2: x(c.norm_high!),
					tailX: c.qualifier === 'up_to' ? refX : null,
					color: METRIC_COLORS[c.metric],
					qualifier: c.qualifier,
					label: truncate(`${shortTitle(c.title)} · ${c.quote}`, labelChars),
					valueLabel: rangeLabel(c, kind)
				});
				y += rowHeight;
			}
		}
		const rowsBottom = y + 4;
		const title = width < 560 ? SHORT_PANEL_TITLES[kind] : PANEL_TITLES[kind];
		panels.push({ kind, title, top, height: rowsBottom - top, rowsTop, rowsBottom, ticks, refX, groups, marks });
		top = rowsBottom + PANEL_GAP;
	}
	const height = panels.length ? panels[panels.length - 1].top + panels[panels.length - 1].height + 4 : 0;
	return { width, height, plotLeft, plotRight, labelChars, panels, notCharted };
}
