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
