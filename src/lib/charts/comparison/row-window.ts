/**
 * Which rows of a long row chart are in the DOM. Past WINDOWED_ROWS_ABOVE rows, the chart keeps
 * only the rows near the viewport (plus the ones focus and the tooltip need), like the claims
 * table does: a filter that leaves a few hundred claims then builds a screenful of rows, not all
 * of them (and its first frame only the rows on screen). The chart's height is the whole
 * geometry's, so scrolling and the page's length are unchanged; an image export draws every row.
 *
 * Pure: the component measures where the viewport is and passes it in chart coordinates.
 */

/** Up to this many rows, all of them are drawn (the bundled corpus, most filtered views). */
export const WINDOWED_ROWS_ABOVE = 120;
/** Rows are kept this far (px) above and below the viewport: a frame of fast scrolling. (A new
 *  geometry's first frame draws the viewport's rows only, and these after it.) */
export const WINDOW_OVERSCAN = 400;
/** The viewport's edges are rounded out to this step (px), so scrolling updates the rows at most
 *  once per step instead of on every scroll event. Must stay below WINDOW_OVERSCAN. */
export const WINDOW_STEP = 200;

/** More than half of any row's height (rows are ~22 px). */
const ROW_SLACK = 24;

export interface ViewWindow {
	/** Chart coordinates (px from the chart's top) of the viewport's top and bottom. */
	top: number;
	bottom: number;
}

/** The viewport in chart coordinates, rounded out to WINDOW_STEP: `chartTop` is the chart's top
 *  relative to the viewport (getBoundingClientRect().top). */
export function viewWindow(chartTop: number, viewportHeight: number): ViewWindow {
	return {
		top: Math.floor(-chartTop / WINDOW_STEP) * WINDOW_STEP,
		bottom: Math.ceil((viewportHeight - chartTop) / WINDOW_STEP) * WINDOW_STEP
	};
}

/** What a new geometry's first frame draws beyond the viewport (px): enough for the chart to move
 *  a little when the page around it changes in the same frame (a legend of fewer families above
 *  it), so the frame's own measurement rarely has to add rows. */
export const FIRST_FRAME_OVERSCAN = 100;

/** The viewport in chart coordinates, not rounded: what a new geometry's first frame draws
 *  (with FIRST_FRAME_OVERSCAN: the rows a user sees, and few more, so a filter paints soon),
 *  before the rounded window and WINDOW_OVERSCAN fill in after that frame. */
export function exactViewWindow(chartTop: number, viewportHeight: number): ViewWindow {
	return { top: -chartTop, bottom: viewportHeight - chartTop };
}

/** Whether the rows drawn for viewport `drawn` with `overscan` px beyond it include every row of
 *  viewport `now` (the chart moved less than the overscan). */
export function windowCovers(drawn: ViewWindow, now: ViewWindow, overscan: number): boolean {
	return now.top >= drawn.top - overscan && now.bottom <= drawn.bottom + overscan;
}

/** Whether a chart of `rows` rows draws only the rows near the viewport. */
export function isWindowed(rows: number): boolean {
	return rows > WINDOWED_ROWS_ABOVE;
}

/**
 * The marks whose row is within `overscan` px of the window, and every mark whose key is in
 * `keep` (the chart's tab stop, the focused and the hovered mark), in their original order.
 */
export function marksInWindow<M extends { y: number; key: string }>(
	marks: readonly M[],
	view: ViewWindow,
	keep: ReadonlySet<string | null>,
	overscan = WINDOW_OVERSCAN
): readonly M[] {
	// Marks sit at their row's centre: a row cut by the window's edge is drawn too.
	const top = view.top - overscan - ROW_SLACK;
	const bottom = view.bottom + overscan + ROW_SLACK;
	return marks.filter((m) => (m.y >= top && m.y <= bottom) || keep.has(m.key));
}
