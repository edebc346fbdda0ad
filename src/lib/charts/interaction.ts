/**
 * Pure pointer/keyboard logic shared by the chart components (comparison rows, its dense view and
 * the Pareto chart): where a mark's tooltip goes, and which mark a key press moves to.
 */

/** Widest a chart tooltip gets; narrower charts get width - 8. */
export const TOOLTIP_WIDTH = 340;
/** Gap between a mark and its tooltip. */
const TOOLTIP_GAP = 14;
/** Least distance kept between a tooltip and the chart's left and right edges. */
const EDGE = 4;

/** A mark's horizontal extent in chart pixels (left == right for a point). */
export interface MarkSpan {
	left: number;
	right: number;
}

/** Horizontal placement of a tooltip inside the chart: its left edge and width, in pixels. */
export interface TooltipPlacement {
	left: number;
	width: number;
}

/**
 * Right of the mark when the tooltip fits there; otherwise left of the mark, kept within the
 * chart (never past its left edge, never past its right edge).
 */
export function placeTooltip(mark: MarkSpan, chartWidth: number, maxWidth: number = TOOLTIP_WIDTH): TooltipPlacement {
	const width = Math.min(maxWidth, chartWidth - 8);
	const right = mark.right + TOOLTIP_GAP;
	if (right + width <= chartWidth) return { left: right, width };
	return { left: Math.max(EDGE, Math.min(mark.left - TOOLTIP_GAP - width, chartWidth - width - EDGE)), width };
}

/**
 * The index keyboard focus moves to from `current` (-1 for none yet) among `count` marks in
 * keyboard order, or null when the key is not a move key. Right/Down step forward, Left/Up back,
 * Home/End jump to the ends; the result is clamped to 0..count-1 (0 when there are no marks, so
 * callers must check that the index exists).
 */
export function stepIndex(key: string, current: number, count: number): number | null {
	let target: number;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			target = current + 1;
			break;
		case 'ArrowLeft':
		case 'ArrowUp':
			target = current - 1;
			break;
		case 'Home':
			target = 0;
			break;
		case 'End':
			target = count - 1;
			break;
		default:
			return null;
	}
	return Math.max(0, Math.min(count - 1, target));
}
