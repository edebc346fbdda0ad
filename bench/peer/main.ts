/**
 * The benchmark's peer: the same scatter of the same points as Claimscope's comparison chart
 * (claim factor on a log x axis, rank by value on y, colour by metric family), drawn by
 * Vega-Lite through vega-embed, its default canvas renderer. Parsing uses the same papaparse,
 * so the comparison measures the charting, not the parser.
 * Reports through `window.__peer`: {firstChartMs, filterMs, points}.
 */
import Papa from 'papaparse';
import embed from 'vega-embed';

interface PeerResult {
	firstChartMs?: number;
	filterMs?: number;
	points?: number;
	error?: string;
}
const w = window as unknown as { __peer: PeerResult; __peerFilter: (metric: string) => Promise<number> };
w.__peer = {};

interface Point {
	x: number;
	rank: number;
	metric: string;
}

function toPoints(rows: Record<string, string>[], keep: (r: Record<string, string>) => boolean): Point[] {
	const pts = rows
		.filter((r) => r.norm_kind === 'factor' && r.norm_low !== '' && keep(r))
		.map((r) => ({ x: Number(r.norm_low), rank: 0, metric: r.metric }));
	pts.sort((a, b) => a.x - b.x);
	pts.forEach((p, i) => (p.rank = i));
	return pts;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

async function main() {
	const n = new URLSearchParams(location.search).get('file') ?? '';
	const text = await (await fetch(n)).text();
	const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
	const points = toPoints(rows, () => true);
	const result = await embed(
		'#chart',
		{
			$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
			width: 900,
			height: 600,
			data: { name: 'table' },
			mark: { type: 'point', filled: true, size: 12 },
			encoding: {
				x: { field: 'x', type: 'quantitative', scale: { type: 'log' }, title: 'improvement factor (×)' },
				y: { field: 'rank', type: 'quantitative', title: 'claims, by value' },
				color: { field: 'metric', type: 'nominal' },
				tooltip: [{ field: 'metric' }, { field: 'x' }]
			}
		},
		{ actions: false, renderer: 'canvas' }
	);
	result.view.data('table', points);
	await result.view.runAsync();
	await frame();
	w.__peer.firstChartMs = performance.now();
	w.__peer.points = points.length;
	w.__peerFilter = async (metric: string) => {
		const t0 = performance.now();
		const subset = toPoints(rows, (r) => metric === '' || r.metric === metric);
		result.view.data('table', subset);
		await result.view.runAsync();
		await frame();
		return performance.now() - t0;
	};
}

main().catch((e) => (w.__peer.error = String(e)));
