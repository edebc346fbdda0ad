/**
 * A finished figure as one standalone SVG string: title, subtitle (the filters), the chart, a
 * legend, notes (pairing rule, normalization) and a footer (source, date, link). Pure string
 * building: no DOM, so it is unit-tested and the same markup feeds the SVG and the PNG download.
 * Text is wrapped by an estimate of glyph widths for the font stack below, which every export
 * names explicitly so the file renders the same outside the browser.
 */
import { escapeXml } from '../text/xml.ts';

/** Fonts named on every text: DejaVu Sans ships with most Linux systems, the others elsewhere. */
export const FIGURE_FONT = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif";

export interface LegendItem {
	label: string;
	color: string;
	/** How the mark looks: a dot, a line, a dashed line, or a symbol path (`path`). */
	shape: 'dot' | 'line' | 'dash' | 'path';
	/** For `path`: an SVG path centred on (0, 0), filled with `color` or outlined. */
	path?: string;
	filled?: boolean;
	/** A dark outline around a dot (frontier points). */
	stroke?: string;
}

export interface FigureParts {
	title: string;
	/** The filters of the view, in words. */
	subtitle: string;
	/** The chart as a standalone `<svg>` string (see `serializeChartSvg`) and its size. */
	chart: { svg: string; width: number; height: number };
	legend?: readonly LegendItem[];
	/** Sentences under the chart: the pairing rule, the normalization note. */
	notes?: readonly string[];
	/** `Source: Claimscope, 89 claims from 28 papers`. */
	source: string;
	/** `YYYY-MM-DD`. */
	date: string;
	/** The link of the view. */
	link: string;
}

export interface Figure {
	svg: string;
	width: number;
	height: number;
}

const PAD = 24;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 13;
const NOTE_SIZE = 11;
const LEGEND_SIZE = 12;
/** Average advance of DejaVu Sans per font-size unit (its glyphs are wide; this errs long). */
const CHAR_WIDTH = 0.6;


/** Estimated width of `text` at `size` px. */
export function estimateTextWidth(text: string, size: number): number {
	return text.length * size * CHAR_WIDTH;
}

/** Splits text into lines that fit `width` at `size` px, breaking at spaces (a long word gets its own line). */
export function wrapText(text: string, width: number, size: number): string[] {
	const maxChars = Math.max(8, Math.floor(width / (size * CHAR_WIDTH)));
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (current === '') current = word;
		else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
		else {
			lines.push(current);
			current = word;
		}
	}
	if (current) lines.push(current);
	return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
	return lines
		.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" font-family="${FIGURE_FONT}" ${attrs}>${escapeXml(l)}</text>`)
		.join('\n');
}

function legendMarkup(items: readonly LegendItem[], x: number, y: number, width: number): { markup: string; height: number } {
	const parts: string[] = [];
	let cx = x;
	let cy = y;
	const rowHeight = 20;
	for (const item of items) {
		const w = 22 + estimateTextWidth(item.label, LEGEND_SIZE) + 18;
		if (cx > x && cx + w > x + width) {
			cx = x;
			cy += rowHeight;
		}
		const mid = cy + 10;
		const color = escapeXml(item.color);
		const outline = item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="1.25"` : '';
		let swatch: string;
		switch (item.shape) {
			case 'dot':
				swatch = `<circle cx="${cx + 7}" cy="${mid}" r="5" fill="${color}"${outline}/>`;
				break;
			case 'path':
				swatch = `<path transform="translate(${cx + 8},${mid})" d="${escapeXml(item.path ?? '')}" fill="${item.filled === false ? '#ffffff' : color}" stroke="${color}" stroke-width="1.5"/>`;
				break;
			case 'line':
			case 'dash':
				swatch = `<line x1="${cx}" y1="${mid}" x2="${cx + 16}" y2="${mid}" stroke="${color}" stroke-width="2"${item.shape === 'dash' ? ' stroke-dasharray="4 3"' : ''}/>`;
				break;
		}
		parts.push(
			`<g class="legend-item">${swatch}<text x="${cx + 22}" y="${mid + 4}" font-size="${LEGEND_SIZE}" font-family="${FIGURE_FONT}" fill="#333">${escapeXml(item.label)}</text></g>`
		);
		cx += w;
	}
	return { markup: parts.join('\n'), height: items.length > 0 ? cy - y + rowHeight : 0 };
}

/**
 * Lays the parts out top to bottom and returns the figure's SVG (with xmlns and viewBox) and size.
 * The figure is as wide as the chart plus padding, and at least 560 px so that titles fit.
 */
export function composeFigure(parts: FigureParts): Figure {
	const width = Math.round(Math.max(560, parts.chart.width + 2 * PAD));
	const inner = width - 2 * PAD;
	const out: string[] = [];
	let y = PAD;

	const titleLines = wrapText(parts.title, inner, TITLE_SIZE);
	out.push(textLines(titleLines, PAD, y + TITLE_SIZE, TITLE_SIZE, TITLE_SIZE * 1.25, 'font-weight="bold" fill="#111" class="figure-title"'));
	y += titleLines.length * TITLE_SIZE * 1.25 + 4;

	const subtitleLines = wrapText(parts.subtitle, inner, SUBTITLE_SIZE);
	out.push(textLines(subtitleLines, PAD, y + SUBTITLE_SIZE, SUBTITLE_SIZE, SUBTITLE_SIZE * 1.35, 'fill="#555" class="figure-subtitle"'));
	y += subtitleLines.length * SUBTITLE_SIZE * 1.35 + 10;

	const chartX = Math.round((width - parts.chart.width) / 2);
	out.push(`<g class="figure-chart" transform="translate(${chartX},${Math.round(y)})">${parts.chart.svg}</g>`);
	y += parts.chart.height + 8;

	if (parts.legend && parts.legend.length > 0) {
		const legend = legendMarkup(parts.legend, PAD, y, inner);
		out.push(`<g class="figure-legend">${legend.markup}</g>`);
		y += legend.height + 6;
	}

	const footer: string[] = [];
	for (const note of parts.notes ?? []) footer.push(...wrapText(note, inner, NOTE_SIZE));
	footer.push(...wrapText(`${parts.source} · ${parts.date} · ${parts.link}`, inner, NOTE_SIZE));
	const lineHeight = NOTE_SIZE * 1.4;
	out.push(`<line x1="${PAD}" y1="${y + 4}" x2="${width - PAD}" y2="${y + 4}" stroke="#ddd" stroke-width="1"/>`);
	out.push(textLines(footer, PAD, y + 6 + NOTE_SIZE * 1.3, NOTE_SIZE, lineHeight, 'fill="#555" class="figure-footer"'));
	y += 6 + footer.length * lineHeight + PAD;

	const height = Math.round(y);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FIGURE_FONT}">\n` +
		`<rect width="100%" height="100%" fill="#ffffff"/>\n${out.join('\n')}\n</svg>\n`;
	return { svg, width, height };
}
