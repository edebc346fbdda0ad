/**
 * Rasterizes a standalone SVG string to a PNG Blob at `density`× (2 by default: sharp on slides
 * and retina screens). The SVG is the single source; this only draws it. Needs a browser window,
 * passed in. Fonts: the figure names fonts installed on the system, which SVG images can use.
 */

import type { BrowserWindow } from './svg.ts';

export interface RasterSize {
	width: number;
	height: number;
}

function loadImage(url: string, win: BrowserWindow): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new win.Image();
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error('The figure SVG could not be loaded as an image; is it well-formed XML?'));
		img.src = url;
	});
}

/** PNG of `svg` drawn at `size × density` on white. Rejects with a message that says what failed. */
export async function rasterizeSvg(svg: string, size: RasterSize, win: BrowserWindow, density = 2): Promise<Blob> {
	if (!(density >= 1)) throw new Error(`density must be at least 1, got ${density}`);
	const url = win.URL.createObjectURL(new win.Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		if (win.document.fonts) await win.document.fonts.ready;
		const img = await loadImage(url, win);
		const canvas = win.document.createElement('canvas');
		canvas.width = Math.round(size.width * density);
		canvas.height = Math.round(size.height * density);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('No 2D canvas context: the browser cannot draw the PNG.');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG data.'))), 'image/png')
		);
	} finally {
		win.URL.revokeObjectURL(url);
	}
}
