/**
 * Turns a chart's live `<svg>` into a standalone SVG string: the computed styles that matter for
 * drawing are written onto each element (no dependency on the page's CSS), every text names the
 * figure font, and parts marked `data-export="skip"` (focus rings, zoom buttons) are left out;
 * parts marked `data-export="only"` (hidden on screen, where a canvas draws them) are shown.
 * The only DOM-touching export code; `win` is a parameter so callers (and tests) pass their own.
 */
import { FIGURE_FONT } from './figure.ts';

/** A browser window with its constructors (`Image`, `Blob`, `URL`, `XMLSerializer`). */
export type BrowserWindow = Window & typeof globalThis;

/** Presentation properties copied from computed style; enough for lines, marks and text. */
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order'
] as const;

const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);

export interface SerializedChart {
	/** A standalone `<svg>` with xmlns and viewBox. */
	svg: string;
	width: number;
	height: number;
}

function copyStyles(source: Element, target: Element, win: BrowserWindow): void {
	const computed = win.getComputedStyle(source);
	const style: string[] = [];
	for (const prop of STYLE_PROPS) {
		const value = computed.getPropertyValue(prop);
		if (value !== '') style.push(`${prop}:${value}`);
	}
	if (TEXT_TAGS.has(source.tagName)) style.push(`font-family:${FIGURE_FONT}`);
	target.setAttribute('style', style.join(';'));
}

/** Walks source and clone in step: same structure until skipped nodes are removed afterwards. */
function inline(source: Element, target: Element, win: BrowserWindow, skipped: Element[]): void {
	if (source.getAttribute('data-export') === 'skip' || win.getComputedStyle(source).display === 'none') {
		skipped.push(target);
		return;
	}
	copyStyles(source, target, win);
	if (source.getAttribute('data-export') === 'only') target.removeAttribute('visibility');
	const s = source.children;
	const t = target.children;
	for (let i = 0; i < s.length; i++) inline(s[i], t[i], win, skipped);
}

/**
 * The chart's box in its own units, grown to take in text drawn outside it (a chart may let long
 * row labels overflow its box on screen; a standalone file would cut them). Text inside a
 * clip-path (labels of points zoomed out of view) does not count: it is not seen.
 */
function contentBox(svgEl: SVGSVGElement): { x: number; y: number; width: number; height: number } {
	const vb = svgEl.viewBox.baseVal;
	const rect = svgEl.getBoundingClientRect();
	const box = vb && vb.width > 0 && vb.height > 0 ? { x: vb.x, y: vb.y, width: vb.width, height: vb.height } : { x: 0, y: 0, width: rect.width, height: rect.height };
	const scale = rect.width > 0 ? box.width / rect.width : 1;
	let [x0, y0, x1, y1] = [box.x, box.y, box.x + box.width, box.y + box.height];
	for (const text of svgEl.querySelectorAll('text')) {
		if (text.closest('[clip-path]') || text.closest('[data-export="skip"]')) continue;
		const r = text.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		x0 = Math.min(x0, box.x + (r.left - rect.left) * scale - 2);
		y0 = Math.min(y0, box.y + (r.top - rect.top) * scale - 2);
		x1 = Math.max(x1, box.x + (r.right - rect.left) * scale + 2);
		y1 = Math.max(y1, box.y + (r.bottom - rect.top) * scale + 2);
	}
	return { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1) - Math.floor(x0), height: Math.ceil(y1) - Math.floor(y0) };
}

/**
 * Serializes `svgEl` as it is on screen (current zoom included) into a standalone SVG string.
 * Size: the element's viewBox (else its rendered box), grown to fit text drawn outside it.
 */
export function serializeChartSvg(svgEl: SVGSVGElement, win: BrowserWindow): SerializedChart {
	const box = contentBox(svgEl);
	const width = box.width;
	const height = box.height;
	const clone = svgEl.cloneNode(true) as SVGSVGElement;
	const skipped: Element[] = [];
	inline(svgEl, clone, win, skipped);
	for (const el of skipped) el.remove();
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.setAttribute('viewBox', `${box.x} ${box.y} ${width} ${height}`);
	clone.removeAttribute('style');
	clone.removeAttribute('class');
	clone.setAttribute('font-family', FIGURE_FONT);
	const svg = new win.XMLSerializer().serializeToString(clone);
	return { svg, width, height };
}
