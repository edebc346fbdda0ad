/**
 * The benchmark's peer: the same scatter of the same points as Claimscope's comparison chart in its
 * dense view (the view it uses past 1,500 claims), drawn by Vega-Lite through vega-embed with its
 * canvas renderer. Two panels like the app's: factors on a log x axis, quality deltas on a linear
 * one; each claim a dot at its (high) value, in its family's strip (families in contract order),
 * placed within the strip by the app's own `jitter`, coloured by family with the app's palette.
 * Parsing uses the same papaparse, so the comparison is of the whole path, parse to pixels.
 * Reports through `window.__peer`: {firstChartMs, points}; `window.__peerFilter(metric)` shows one
 * family ('' for all) and resolves with ms to the painted frame.
 */
import Papa from 'papaparse';
import embed, { type VisualizationSpec } from 'vega-embed';
import { METRICS } from '../../src/lib/claims/schema.ts';
import { METRIC_COLORS } from '../../src/lib/charts/palette.ts';
import { jitter } from '../../src/lib/charts/comparison/dense.ts';

interface PeerResult {
	firstChartMs?: number;
	points?: number;
	error?: string;
}
const w = window as unknown as { __peer: PeerResult; __peerFilter: (metric: string) => Promise<number> };
w.__peer = {};

interface Point {
	panel: 'factor' | 'delta';
	x: number;
	strip: number;
	metric: string;
}

const metricOrder = new Map<string, number>(METRICS.map((m, i) => [m, i]));

function toPoints(rows: Record<string, string>[], metric: string): Point[] {
	const points: Point[] = [];
	for (const r of rows) {
		if (metric !== '' && r.metric !== metric) continue;
		const high = Number(r.norm_high || r.norm_low);
		if (r.norm_high === '' && r.norm_low === '') continue;
		const panel = r.norm_kind === 'factor' && Number(r.norm_low) > 0 ? 'factor' : r.norm_kind === 'delta' ? 'delta' : null;
		if (!panel) continue;
		const y = jitter({ paper_id: r.paper_id, claim: Number(r.claim) });
		points.push({ panel, x: high, strip: metricOrder.get(r.metric)! + 0.1 + 0.8 * y, metric: r.metric });
	}
	return points;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function panelSpec(panel: 'factor' | 'delta', title: string) {
	return {
		width: 900,
		height: 420,
		transform: [{ filter: `datum.panel === '${panel}'` }],
		mark: { type: 'square', size: 6, opacity: 0.6 },
		encoding: {
			x: { field: 'x', type: 'quantitative', scale: panel === 'factor' ? { type: 'log' } : { zero: true }, title },
			y: { field: 'strip', type: 'quantitative', title: null, axis: null },
			color: { field: 'metric', type: 'nominal', scale: { domain: [...METRICS], range: METRICS.map((m) => METRIC_COLORS[m]) } },
			tooltip: [{ field: 'metric' }, { field: 'x' }]
		}
	};
}

async function main() {
	const file = new URLSearchParams(location.search).get('file') ?? '';
	const text = await (await fetch(file)).text();
	const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
	const points = toPoints(rows, '');
	const result = await embed(
		'#chart',
		{
			$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
			data: { name: 'table' },
			vconcat: [panelSpec('factor', 'Improvement factor (×, log scale)'), panelSpec('delta', 'Quality change (points)')]
		} as unknown as VisualizationSpec,
		{ actions: false, renderer: 'canvas' }
	);
	result.view.data('table', points);
	await result.view.runAsync();
	await frame();
	w.__peer.firstChartMs = performance.now();
	w.__peer.points = points.length;
	w.__peerFilter = async (metric: string) => {
		const t0 = performance.now();
		result.view.data('table', toPoints(rows, metric));
		await result.view.runAsync();
		await frame();
		return performance.now() - t0;
	};
}

main().catch((e) => (w.__peer.error = String(e)));
