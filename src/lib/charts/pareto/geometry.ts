/**
 * Pareto chart geometry: from paired points and the chart's size to pixel positions, the frontier
 * staircase as an SVG path, ticks, titles and the "better" arrows. Pure (no DOM): the Svelte
 * component only draws this, and zoom passes the visible domains in.
 */
import { line, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import type { Better } from './frontier.ts';
import { frontierSteps, paretoFrontier } from './frontier.ts';
import { formatTick, shortTitle } from './format.ts';
import type { Pairing, ParetoPoint, ResolvedAxis } from './pairing.ts';

export type ScaleKind = 'log' | 'linear';

export interface Dims {
	width: number;
	height: number;
}

export interface GeometryOptions {
	xScale: ScaleKind;
	yScale: ScaleKind;
	/** Visible domains when zoomed (from d3-zoom's rescale); absent: fit the data. */
	xDomain?: readonly [number, number];
	yDomain?: readonly [number, number];
}

export interface Tick {
	value: number;
	/** Pixel position along its axis. */
	pos: number;
	label: string;
}

export interface Label {
	text: string;
	/** The untruncated text when `text` had to be shortened to fit (for a hover title). */
	full?: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface PlottedPoint extends ParetoPoint {
	px: number;
	py: number;
	onFrontier: boolean;
	/** Frontier points carry a label. */
	label: Label | null;
}

export interface ParetoGeometry {
	width: number;
	height: number;
	/** The plotting area inside the margins. */
	plot: { left: number; top: number; right: number; bottom: number };
	xScaleKind: ScaleKind;
	yScaleKind: ScaleKind;
	/** The fitted (unzoomed) domains: the reset target of zoom. */
	baseXDomain: [number, number];
	baseYDomain: [number, number];
	points: PlottedPoint[];
	/** Frontier points in drawing order (x ascending). */
	frontier: PlottedPoint[];
	/** The staircase through the frontier; null with no points. */
	frontierPath: string | null;
	xTicks: Tick[];
	yTicks: Tick[];
	xTitle: Label;
	yTitle: Label & { rotate: number };
	betterX: Label;
	betterY: Label;
	/** Reference line at 1× (factor) or 0 points (delta), when in view. */
	refLines: { x1: number; y1: number; x2: number; y2: number; label: string }[];
	/** Why the chart differs from what was asked (e.g. a log axis with values ≤ 0). */
	notes: string[];
}

export const MARGIN = { top: 28, right: 20, bottom: 64, left: 66 };

type Scale = ScaleContinuousNumeric<number, number>;

function fitDomain(values: number[], kind: ScaleKind, reference: number | null): [number, number] {
	const all = reference !== null && (kind === 'linear' || reference > 0) ? [...values, reference] : values;
	if (all.length === 0) return kind === 'log' ? [0.5, 2] : [-1, 1];
	let lo = Math.min(...all);
	let hi = Math.max(...all);
	if (kind === 'log') {
		if (lo === hi) return [lo / 2, hi * 2];
		const pad = Math.pow(hi / lo, 0.06);
		return [lo / pad, hi * pad];
	}
	if (lo === hi) {
		const d = Math.abs(lo) * 0.1 || 1;
		return [lo - d, hi + d];
	}
	const pad = (hi - lo) * 0.06;
	lo -= pad;
	hi += pad;
	return [lo, hi];
}

function makeScale(kind: ScaleKind, domain: readonly [number, number], range: [number, number], nice: boolean): Scale {
	const s: Scale = kind === 'log' ? scaleLog().domain(domain).range(range) : scaleLinear().domain(domain).range(range);
	// Log scales are not niced: d3 would round out to whole decades and squeeze the points.
	return nice && kind === 'linear' ? s.nice() : s;
}

function ticksOf(scale: Scale, kind: ScaleKind, axis: ResolvedAxis, count: number): Tick[] {
	const values = scale.ticks(count);
	let kept = values;
	if (kind === 'log') {
		// d3's log ticks include every integer multiple; keep the ones its formatter would label,
		// thinning further when a wide domain would still crowd the axis.
		const fmt = scale.tickFormat(count, '~g');
		kept = values.filter((v) => fmt(v) !== '');
		if (kept.length > count + 2) kept = kept.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
		if (kept.length < 2) kept = values.filter((_, i) => i % Math.ceil(values.length / count) === 0);
	}
	return kept.map((value) => ({ value, pos: scale(value), label: formatTick(value, axis.kind) }));
}

function scaleKindFor(asked: ScaleKind, values: number[], axisName: string, notes: string[]): ScaleKind {
	if (asked === 'log' && values.some((v) => v <= 0)) {
		notes.push(`${axisName}: a log scale needs values above 0, so it is shown linear.`);
		return 'linear';
	}
	return asked;
}

function betterLabel(better: Better, axis: 'x' | 'y'): string {
	if (axis === 'x') return better === 'higher' ? 'better →' : '← better';
	return better === 'higher' ? '↑ better' : '↓ better';
}

/** Average advance of a 12 px semi-bold axis title, per character (measured 6.8; errs wide). */
const TITLE_CHAR_PX = 7;

/** The axis title that fits `space` px: the full one, else the short one, else the short one cut. */
export function fitAxisTitle(axis: Pick<ResolvedAxis, 'title' | 'shortTitle'>, log: boolean, space: number): { text: string; full: string } {
	const full = `${axis.title}${log ? ', log scale' : ''}`;
	const max = Math.max(8, Math.floor(space / TITLE_CHAR_PX));
	if (full.length <= max) return { text: full, full };
	const short = log ? axis.shortTitle.replace(/\)$/, ', log)') : axis.shortTitle;
	if (short.length <= max) return { text: short, full };
	return { text: `${short.slice(0, max - 1).trimEnd()}…`, full };
}

/** Greedy vertical de-overlap of labels, in place: each label moves down just past the previous. */
function spreadLabels(labels: Label[], lineHeight: number, top: number, bottom: number): void {
	const sorted = [...labels].sort((a, b) => a.y - b.y);
	let last = -Infinity;
	for (const l of sorted) {
		l.y = Math.min(bottom, Math.max(l.y, last + lineHeight, top));
		last = l.y;
	}
}

/** A zoom as d3-zoom reports it: scale `k`, then translate by `x`, `y` pixels. */
export interface ZoomState {
	k: number;
	x: number;
	y: number;
}

/**
 * The domains visible under a zoom, from the fitted ones: what d3-zoom's `rescaleX/rescaleY` give,
 * computed here without a DOM so that the component only forwards the zoom event.
 */
export function zoomedDomains(g: Pick<ParetoGeometry, 'plot' | 'baseXDomain' | 'baseYDomain' | 'xScaleKind' | 'yScaleKind'>, zoom: ZoomState): { xDomain: [number, number]; yDomain: [number, number] } {
	const x = makeScale(g.xScaleKind, g.baseXDomain, [g.plot.left, g.plot.right], false);
	const y = makeScale(g.yScaleKind, g.baseYDomain, [g.plot.bottom, g.plot.top], false);
	return {
		xDomain: [x.invert((g.plot.left - zoom.x) / zoom.k), x.invert((g.plot.right - zoom.x) / zoom.k)],
		yDomain: [y.invert((g.plot.bottom - zoom.y) / zoom.k), y.invert((g.plot.top - zoom.y) / zoom.k)]
	};
}

/**
 * Computes everything the Pareto chart draws. Points outside zoomed domains keep their pixel
 * positions (the view clips them); the frontier is always over all paired points.
 */
export function createParetoGeometry(pairing: Pairing, dims: Dims, options: GeometryOptions): ParetoGeometry {
	const notes: string[] = [];
	const { x: xAxis, y: yAxis } = pairing;
	const xs = pairing.points.map((p) => p.x);
	const ys = pairing.points.map((p) => p.y);
	const xKind = scaleKindFor(options.xScale, xs, 'x', notes);
	const yKind = scaleKindFor(options.yScale, ys, 'y', notes);
	const xRef = xAxis.kind === 'factor' ? 1 : xAxis.kind === 'delta' ? 0 : null;
	const yRef = yAxis.kind === 'factor' ? 1 : yAxis.kind === 'delta' ? 0 : null;

	const plot = {
		left: MARGIN.left,
		top: MARGIN.top,
		right: Math.max(MARGIN.left + 10, dims.width - MARGIN.right),
		bottom: Math.max(MARGIN.top + 10, dims.height - MARGIN.bottom)
	};
	const baseX = makeScale(xKind, fitDomain(xs, xKind, xRef), [plot.left, plot.right], true);
	const baseY = makeScale(yKind, fitDomain(ys, yKind, yRef), [plot.bottom, plot.top], true);
	const validDomain = (d: readonly [number, number] | undefined, kind: ScaleKind) =>
		d !== undefined && d.every(Number.isFinite) && d[0] !== d[1] && (kind === 'linear' || (d[0] > 0 && d[1] > 0));
	const xScale = validDomain(options.xDomain, xKind) ? makeScale(xKind, options.xDomain!, [plot.left, plot.right], false) : baseX;
	const yScale = validDomain(options.yDomain, yKind) ? makeScale(yKind, options.yDomain!, [plot.bottom, plot.top], false) : baseY;

	const dirs = { x: xAxis.better, y: yAxis.better };
	const frontierIds = new Set(paretoFrontier(pairing.points, dirs).map((p) => p.id));
	const inView = (px: number, py: number) => px >= plot.left && px <= plot.right && py >= plot.top && py <= plot.bottom;
	const points: PlottedPoint[] = pairing.points.map((p) => {
		const px = xScale(p.x);
		const py = yScale(p.y);
		const onFrontier = frontierIds.has(p.id);
		let label: Label | null = null;
		if (onFrontier && inView(px, py)) {
			const text = shortTitle(p.title) + (p.context ? ` · ${p.context}` : '');
			const nearRight = px > plot.right - 150;
			label = { text, x: px + (nearRight ? -8 : 8), y: py - 6, anchor: nearRight ? 'end' : 'start' };
		}
		// Fields listed, not spread: one object shape for every point (much cheaper at 10k points).
		return {
			id: p.id,
			paperId: p.paperId,
			title: p.title,
			date: p.date,
			context: p.context,
			x: p.x,
			y: p.y,
			xClaim: p.xClaim,
			yClaim: p.yClaim,
			xCount: p.xCount,
			yCount: p.yCount,
			px,
			py,
			onFrontier,
			label
		};
	});
	spreadLabels(points.flatMap((p) => (p.label ? [p.label] : [])), 13, plot.top + 10, plot.bottom - 2);

	const frontier = points.filter((p) => p.onFrontier).sort((a, b) => a.x - b.x || a.y - b.y);
	const steps = frontierSteps(frontier, dirs).map((s) => [xScale(s.x), yScale(s.y)] as [number, number]);
	const frontierPath = steps.length > 0 ? line()(steps) : null;

	const xCount = Math.max(2, Math.round((plot.right - plot.left) / 90));
	const yCount = Math.max(2, Math.round((plot.bottom - plot.top) / 50));
	const refLines: ParetoGeometry['refLines'] = [];
	const [xd0, xd1] = xScale.domain();
	const [yd0, yd1] = yScale.domain();
	if (xRef !== null && xRef >= Math.min(xd0, xd1) && xRef <= Math.max(xd0, xd1) && (xKind === 'linear' || xRef > 0))
		refLines.push({ x1: xScale(xRef), y1: plot.top, x2: xScale(xRef), y2: plot.bottom, label: xAxis.kind === 'factor' ? '1× (no change)' : '0 (no change)' });
	if (yRef !== null && yRef >= Math.min(yd0, yd1) && yRef <= Math.max(yd0, yd1) && (yKind === 'linear' || yRef > 0))
		refLines.push({ x1: plot.left, y1: yScale(yRef), x2: plot.right, y2: yScale(yRef), label: yAxis.kind === 'factor' ? '1× (no change)' : '0 (no change)' });

	const midX = (plot.left + plot.right) / 2;
	const midY = (plot.top + plot.bottom) / 2;
	return {
		width: dims.width,
		height: dims.height,
		plot,
		xScaleKind: xKind,
		yScaleKind: yKind,
		baseXDomain: baseX.domain() as [number, number],
		baseYDomain: baseY.domain() as [number, number],
		points,
		frontier,
		frontierPath,
		xTicks: ticksOf(xScale, xKind, xAxis, xCount),
		yTicks: ticksOf(yScale, yKind, yAxis, yCount),
		xTitle: { ...fitAxisTitle(xAxis, xKind === 'log', plot.right - plot.left), x: midX, y: plot.bottom + 38, anchor: 'middle' },
		yTitle: { ...fitAxisTitle(yAxis, yKind === 'log', plot.bottom - plot.top + MARGIN.top), x: 16, y: midY, anchor: 'middle', rotate: -90 },
		betterX:
			xAxis.better === 'higher'
				? { text: betterLabel('higher', 'x'), x: plot.right, y: plot.bottom + 56, anchor: 'end' }
				: { text: betterLabel('lower', 'x'), x: plot.left, y: plot.bottom + 56, anchor: 'start' },
		betterY: { text: betterLabel(yAxis.better, 'y'), x: plot.left - 8, y: plot.top - 12, anchor: 'end' },
		refLines,
		notes
	};
}
