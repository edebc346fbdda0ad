/**
 * The dense view's dots, written straight into an RGBA pixel buffer: at 100,000 points this is
 * several times faster than a canvas `fillRect` per point (see performance-notes.md). Each dot is a
 * small square blended at `dotAlpha(points)`, so crowded values read darker.
 */
import { METRICS } from '../../claims/schema.ts';
import { METRIC_COLORS } from '../palette.ts';
import type { DenseGeometry } from './dense.ts';

/** Opacity of one dot: lighter as dots multiply, so dense values stay readable as darker areas. */
export function dotAlpha(points: number): number {
	return Math.min(0.7, Math.max(0.12, 30 / Math.sqrt(Math.max(1, points))));
}

/** `#D55E00` → [213, 94, 0]. */
export function hexToRgb(hex: string): [number, number, number] {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const RGB = METRICS.map((m) => hexToRgb(METRIC_COLORS[m]));

/**
 * Paints every dot of `geometry` into `pixels` (RGBA bytes, `w`×`h`, starting transparent) at
 * `scale` device pixels per chart pixel. Pure apart from writing `pixels`.
 */
export function paintDots(pixels: Uint8ClampedArray, w: number, h: number, geometry: DenseGeometry, scale: number): void {
	const size = Math.max(2, Math.round(2 * scale));
	const half = size >> 1;
	const a = dotAlpha(geometry.points);
	for (const p of geometry.panels) {
		for (let i = 0; i < p.claims.length; i++) {
			const [r, g, b] = RGB[p.metricIndex[i]];
			const x0 = Math.round(p.xs[i] * scale) - half;
			const y0 = Math.round(p.ys[i] * scale) - half;
			for (let y = Math.max(0, y0); y < Math.min(h, y0 + size); y++) {
				let o = (y * w + Math.max(0, x0)) * 4;
				for (let x = Math.max(0, x0); x < Math.min(w, x0 + size); x++, o += 4) {
					// "Source over" on straight (non-premultiplied) RGBA.
					const da = pixels[o + 3] / 255;
					const oa = a + da * (1 - a);
					const k = (da * (1 - a)) / oa;
					pixels[o] = r * (a / oa) + pixels[o] * k;
					pixels[o + 1] = g * (a / oa) + pixels[o + 1] * k;
					pixels[o + 2] = b * (a / oa) + pixels[o + 2] * k;
					pixels[o + 3] = oa * 255;
				}
			}
		}
	}
}

const images = new WeakMap<DenseGeometry, ImageData>();

/**
 * Up to this many dots, one `fillRect` each is cheaper than writing and uploading a whole
 * canvas-sized pixel buffer (putImageData of a 1,000×900 canvas alone is ~4 ms); past it, the
 * buffer wins (performance-notes.md). Both blend "source over" at the same alpha.
 */
export const FILL_RECT_MAX = 5_000;

function fillDots(ctx: CanvasRenderingContext2D, geometry: DenseGeometry, scale: number): void {
	const size = Math.max(2, Math.round(2 * scale));
	const half = size >> 1;
	ctx.globalAlpha = dotAlpha(geometry.points);
	let color = -1;
	for (const p of geometry.panels) {
		for (let i = 0; i < p.claims.length; i++) {
			if (p.metricIndex[i] !== color) {
				color = p.metricIndex[i];
				ctx.fillStyle = METRIC_COLORS[METRICS[color]];
			}
			ctx.fillRect(Math.round(p.xs[i] * scale) - half, Math.round(p.ys[i] * scale) - half, size, size);
		}
	}
	ctx.globalAlpha = 1;
}

/** Sizes `canvas` to the geometry at `scale` (device pixel ratio) and draws the dots. */
export function drawDots(canvas: HTMLCanvasElement, geometry: DenseGeometry, scale: number): void {
	const w = Math.max(1, Math.round(geometry.width * scale));
	const h = Math.max(1, Math.round(geometry.height * scale));
	// Setting a canvas's size clears it: only a canvas of the same size needs clearing.
	const resized = canvas.width !== w || canvas.height !== h;
	if (canvas.width !== w) canvas.width = w;
	if (canvas.height !== h) canvas.height = h;
	const ctx = canvas.getContext('2d');
	if (!ctx) return;
	if (geometry.points <= FILL_RECT_MAX) {
		if (!resized) ctx.clearRect(0, 0, w, h);
		fillDots(ctx, geometry, scale);
		return;
	}
	// The pixels of a geometry are kept as long as the geometry is (denseGeometryOf keeps the
	// unfiltered one), so switching a filter off repaints without painting 100,000 dots again.
	let image = images.get(geometry);
	if (!image || image.width !== w || image.height !== h) {
		image = ctx.createImageData(w, h);
		paintDots(image.data, w, h, geometry, scale);
		images.set(geometry, image);
	}
	ctx.putImageData(image, 0, 0);
}
