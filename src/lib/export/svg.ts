/**
 * Turns a chart's live `<svg>` into a standalone SVG string: the computed styles that matter for
 * drawing are written onto each element (no dependency on the page's CSS), every text names the
 * figure font, and parts marked `data-export="skip"` (focus rings, zoom buttons) are left out.
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
	const s = source.children;
	const t = target.children;
	for (let i = 0; i < s.length; i++) inline(s[i], t[i], win, skipped);
}

/**
 * Serializes `svgEl` as it is on screen (current zoom included) into a standalone SVG string.
 * Size: the element's viewBox when set, else its rendered box.
 */
export function serializeChartSvg(svgEl: SVGSVGElement, win: BrowserWindow): SerializedChart {
	const box = svgEl.viewBox.baseVal;
	const rect = svgEl.getBoundingClientRect();
	const width = Math.round(box && box.width > 0 ? box.width : rect.width);
	const height = Math.round(box && box.height > 0 ? box.height : rect.height);
	const clone = svgEl.cloneNode(true) as SVGSVGElement;
	const skipped: Element[] = [];
	inline(svgEl, clone, win, skipped);
	for (const el of skipped) el.remove();
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
	clone.removeAttribute('style');
	clone.removeAttribute('class');
	clone.setAttribute('font-family', FIGURE_FONT);
	const svg = new win.XMLSerializer().serializeToString(clone);
	return { svg, width, height };
}
