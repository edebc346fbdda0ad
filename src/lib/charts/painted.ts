/**
 * `performance.mark('claimscope:chart-painted')` once the frame that shows a chart's latest drawing
 * is on screen. Benchmarks (bench/app.bench.ts) time "first chart" and "filter to paint" from it.
 * rAF runs just before the next frame is produced; the task queued from it runs after that frame.
 */
export const CHART_PAINTED = 'claimscope:chart-painted';

export function markChartPainted(chart: string): void {
	if (typeof requestAnimationFrame === 'undefined' || typeof performance === 'undefined') return;
	requestAnimationFrame(() => setTimeout(() => performance.mark(CHART_PAINTED, { detail: chart }), 0));
}

/**
 * Runs `work` after the next frame is on screen, and after the paint mark queued in that frame
 * (two tasks after it): for work that must not delay a chart's first frame (the table's rows, a
 * hover index, the papers file's parse). Returns a function that cancels it if not yet run.
 */
export function afterNextFrame(work: () => void): () => void {
	if (typeof requestAnimationFrame === 'undefined') {
		const timer = setTimeout(work, 0);
		return () => clearTimeout(timer);
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const raf = requestAnimationFrame(() => (timer = setTimeout(() => (timer = setTimeout(work, 0)), 0)));
	return () => {
		cancelAnimationFrame(raf);
		clearTimeout(timer);
	};
}
