/**
 * The trade-off chart past `PARETO_DENSE_ABOVE` points. One SVG link per point (with its listeners)
 * costs seconds to create at 8,000 points (100,000 claims); so past the threshold the points that
 * are not on the frontier are drawn on a canvas under the SVG and found through a quadtree for
 * hover, click and keyboard, while the frontier points stay SVG links. The exported figure keeps
 * every point as vector marks: one `<path>` of circles (see `densePointsPath`).
 */
import { quadtree } from 'd3-quadtree';
import type { ParetoGeometry, PlottedPoint } from './geometry.ts';

/** Up to this many points every point is an SVG link (tab stop, arrow keys); past it, the canvas. */
export const PARETO_DENSE_ABOVE = 1000;
/** Radius of a point that is not on the frontier, as the SVG view draws it. */
export const POINT_RADIUS = 5;

export function isDensePareto(points: readonly unknown[]): boolean {
	return points.length > PARETO_DENSE_ABOVE;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The points off the frontier as one SVG path of circles (two arcs each), inside the plot area:
 * what the exported file shows where the screen shows the canvas.
 */
export function densePointsPath(geometry: Pick<ParetoGeometry, 'points' | 'plot'>, r = POINT_RADIUS): string {
	const { plot } = geometry;
	const parts: string[] = [];
	for (const p of geometry.points) {
		if (p.onFrontier || p.px < plot.left - r || p.px > plot.right + r || p.py < plot.top - r || p.py > plot.bottom + r) continue;
		parts.push(`M${round1(p.px - r)},${round1(p.py)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
	}
	return parts.join('');
}

/** The part of a 2D canvas context the dots need (a recording fake in tests). */
export interface DotContext {
	setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
	clearRect(x: number, y: number, w: number, h: number): void;
	save(): void;
	restore(): void;
	beginPath(): void;
	rect(x: number, y: number, w: number, h: number): void;
	clip(): void;
	moveTo(x: number, y: number): void;
	arc(x: number, y: number, r: number, start: number, end: number): void;
	fill(): void;
	stroke(): void;
	fillStyle: string | CanvasGradient | CanvasPattern;
	strokeStyle: string | CanvasGradient | CanvasPattern;
	lineWidth: number;
	globalAlpha: number;
}

/**
 * Draws the points off the frontier (the SVG draws the frontier) at `scale` device pixels per chart
 * pixel, clipped to the plot. Each point is filled on its own so overlaps read darker.
 */
export function drawDensePoints(ctx: DotContext, geometry: Pick<ParetoGeometry, 'points' | 'plot' | 'width' | 'height'>, scale: number, color: string): number {
	const { plot } = geometry;
	ctx.setTransform(scale, 0, 0, scale, 0, 0);
	ctx.clearRect(0, 0, geometry.width, geometry.height);
	ctx.save();
	ctx.beginPath();
	ctx.rect(plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top);
	ctx.clip();
	ctx.fillStyle = color;
	ctx.strokeStyle = '#ffffff';
	ctx.lineWidth = 1;
	let drawn = 0;
	for (const p of geometry.points) {
		if (p.onFrontier) continue;
		ctx.globalAlpha = 0.75;
		ctx.beginPath();
		ctx.arc(p.px, p.py, POINT_RADIUS, 0, 2 * Math.PI);
		ctx.fill();
		ctx.globalAlpha = 1;
		ctx.stroke();
		drawn++;
	}
	ctx.restore();
	return drawn;
}

export interface ParetoIndex {
	/** The point nearest (x, y) within `radius` px (any point, frontier included), or null. */
	find(x: number, y: number, radius: number): PlottedPoint | null;
}

/** A quadtree over the points' chart positions; `find` takes microseconds at 10,000 points. */
export function createParetoIndex(points: readonly PlottedPoint[]): ParetoIndex {
	const tree = quadtree<PlottedPoint>()
		.x((p) => p.px)
		.y((p) => p.py)
		.addAll(points as PlottedPoint[]);
	return { find: (x, y, radius) => tree.find(x, y, radius) ?? null };
}
