/**
 * The app benchmark's figures as a plain-text table, with each goal of issue 6 checked.
 * Pure (no browser, no files) so the formatting is tested without running Chromium.
 */

export interface Row {
	claims: number;
	/** Size of the claims CSV in MB. */
	mb: number;
	/** Points the peer drew (the app draws the same). */
	points: number;
	app: Timings & { hover: number; heap: number };
	peer: Timings & { heap: number };
}

/**
 * The timed figures of one side. `filterOn`/`filterOff` are the first click after the page
 * settled (code, styles and glyphs not yet used by that view: what a user's first click costs);
 * the `Again` figures are the median of the clicks that follow (every later click).
 */
export interface Timings {
	firstChart: number;
	filterOn: number;
	filterOff: number;
	filterOnAgain: number;
	filterOffAgain: number;
}

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Filter clicks each way timed per run after the first pair (their median is the `Again` figure). */
export const FILTER_REPEATS = 4;

const slowestFilter = (t: Timings) => Math.max(t.filterOn, t.filterOff, t.filterOnAgain, t.filterOffAgain);

/** Goals of issue 6, at the largest size for time and for every size against the peer. */
export const GOALS = { firstChartMs: 1000, filterMs: 50, hoverMs: 16, jsKb: 120 } as const;

const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)}` : '—');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');

function pad(cells: string[][]): string {
	const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
	return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

/** The timed figures compared with the peer: how the goal line names each, and its table column. */
const TIMED = [
	{ key: 'firstChart', name: 'first chart', column: 'first chart app' },
	{ key: 'filterOn', name: 'filter on', column: 'filter on app' },
	{ key: 'filterOff', name: 'filter off', column: 'filter off app' },
	{ key: 'filterOnAgain', name: 'filter on again', column: 'again on app' },
	{ key: 'filterOffAgain', name: 'filter off again', column: 'again off app' }
] as const satisfies readonly { key: keyof Timings; name: string; column: string }[];

/** Every figure, at every size, where the app is not faster than the peer ("10,000: filter on 160 vs 105 ms"). */
export function slowerThanPeer(rows: readonly Row[]): string[] {
	const out: string[] = [];
	for (const r of rows)
		for (const { name, key } of TIMED)
			if (!(r.app[key] < r.peer[key])) out.push(`${r.claims.toLocaleString('en-US')}: ${name} ${ms(r.app[key])} vs ${ms(r.peer[key])} ms`);
	return out;
}

export function formatTable(rows: readonly Row[], js: { kb: number; files: number }): string {
	const head = ['claims', 'CSV MB', 'points', ...TIMED.flatMap((t) => [t.column, 'peer', 'app/peer']), 'hover', 'heap MB app', 'peer'];
	const body = rows.map((r) => [
		r.claims.toLocaleString('en-US'),
		r.mb.toFixed(1),
		r.points.toLocaleString('en-US'),
		...TIMED.flatMap(({ key }) => [ms(r.app[key]), ms(r.peer[key]), ratio(r.app[key], r.peer[key])]),
		ms(r.app.hover),
		r.app.heap.toFixed(0),
		r.peer.heap.toFixed(0)
	]);
	const largest = rows.reduce((a, b) => (b.claims > a.claims ? b : a), rows[0]);
	const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
	const slower = slowerThanPeer(rows);
	const lines = [
		'Times in ms (median of runs): first chart = navigation start to painted chart; filter on = one metric family chip clicked',
		'to painted chart (the first click after load), filter off = back to all; again on / again off = the same clicks repeated',
		`(median of ${FILTER_REPEATS} each per run); hover = pointer move over a mark to tooltip painted (median of 5 hovers). Heap = JS heap after GC.`,
		'',
		pad([head, ...body]),
		'',
		`JavaScript loaded by the main page: ${js.kb.toFixed(1)} KB gzipped in ${js.files} files (data excluded).`,
		'',
		`Goals (largest size, ${largest.claims.toLocaleString('en-US')} claims):`,
		`  first chart < ${GOALS.firstChartMs} ms: ${ms(largest.app.firstChart)} ms, ${check(largest.app.firstChart < GOALS.firstChartMs)}`,
		`  filter to paint < ${GOALS.filterMs} ms: ${ms(slowestFilter(largest.app))} ms (slowest click), ${check(slowestFilter(largest.app) < GOALS.filterMs)}`,
		`  hover < ${GOALS.hoverMs} ms: ${ms(largest.app.hover)} ms, ${check(largest.app.hover < GOALS.hoverMs)}`,
		`  faster than the Vega-Lite peer at every size (first chart, filter on and off, first and again): ${check(slower.length === 0)}${slower.length ? ` (slower: ${slower.join('; ')})` : ''}`,
		`  JavaScript <= ${GOALS.jsKb} KB gzipped: ${js.kb.toFixed(1)} KB, ${check(js.kb <= GOALS.jsKb)}`
	];
	return lines.join('\n');
}
