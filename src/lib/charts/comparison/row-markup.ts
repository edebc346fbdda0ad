/**
 * One row of the comparison chart as SVG markup: the link to the paper with its hit area, label,
 * range, qualifier shape and value, at the positions createComparisonGeometry computed.
 *
 * Why a string: a filter that turns the dense view into rows builds 40-60 rows at once, and
 * building them as Svelte template effects (a dozen attributes, two conditional parts and four
 * listeners per row) was a quarter of the click-to-paint time at 1,000 claims; the browser parses
 * the same rows from markup in a fraction of that. What changes on hover or focus (the active row,
 * the tab stop) is not in the markup: the chart sets it on the drawn rows, so hovering redraws
 * nothing. Pure; every text and attribute from a claim is escaped.
 */
import { escapeXml } from '../../text/xml.ts';
import { qualifierStyle } from '../symbols.ts';
import type { ComparisonMark } from './geometry.ts';

/** What every row shares: the chart's width and the x where labels end, and the row height. */
export interface RowFrame {
	width: number;
	plotLeft: number;
	rowHeight: number;
}

/** What a screen reader announces for a row: the paper, the sentence, the value and baseline. */
export function markAriaLabel(m: ComparisonMark): string {
	const c = m.claim;
	return `${c.title}: ${c.quote}; ${m.valueLabel}${c.baseline ? ` vs ${c.baseline}` : ''}. Opens the paper.`;
}

/**
 * The row of mark `m` as an SVG `<a>` (not focusable until the chart makes it the tab stop:
 * `tabindex="-1"`), linking to `href`. Matches the chart's CSS classes: hit, label, tail, range,
 * cap, value.
 */
export function rowMarkup(m: ComparisonMark, frame: RowFrame, href: string): string {
	const style = qualifierStyle(m.qualifier, 5);
	const color = escapeXml(m.color);
	const y = m.y;
	let s =
		`<a href="${escapeXml(href)}" class="mark" data-testid="claim-mark" data-key="${escapeXml(m.key)}"` +
		` data-metric="${m.claim.metric}" data-qualifier="${m.qualifier}" tabindex="-1" aria-label="${escapeXml(markAriaLabel(m))}">` +
		`<rect class="hit" x="0" y="${y - frame.rowHeight / 2}" width="${frame.width}" height="${frame.rowHeight}"/>` +
		`<text class="label" x="${frame.plotLeft - 8}" y="${y}" dy="0.35em" text-anchor="end">${escapeXml(m.label)}</text>`;
	if (m.tailX !== null) s += `<line class="tail" x1="${m.tailX}" x2="${m.x1}" y1="${y}" y2="${y}" stroke="${color}"/>`;
	if (m.x1 !== m.x2)
		s +=
			`<line class="range" x1="${m.x1}" x2="${m.x2}" y1="${y}" y2="${y}" stroke="${color}"/>` +
			`<line class="cap" x1="${m.x1}" x2="${m.x1}" y1="${y - 4}" y2="${y + 4}" stroke="${color}"/>`;
	s +=
		`<path d="${style.path}" transform="translate(${m.x2},${y})" fill="${style.filled ? color : '#fff'}" stroke="${color}" stroke-width="1.5"/>` +
		`<text class="value" x="${m.x2 + 10}" y="${y}" dy="0.35em">${escapeXml(m.valueLabel)}</text></a>`;
	return s;
}
