import { describe, expect, it } from 'vitest';
import { composeFigure } from '../export/figure.ts';
import { comparisonLegend } from './legend-items.ts';
import { paretoLegend } from './pareto/legend.ts';

describe('legends for exported figures', () => {
	it('comparisonLegend(metrics) gives the six qualifier shapes, then one colour per family', () => {
		const items = comparisonLegend(['latency', 'accuracy']);
		expect(items.map((i) => i.label)).toEqual(['up to', 'average', 'about', 'at least', 'at most', 'exact', 'Latency', 'Accuracy']);
		expect(items.slice(0, 6).every((i) => i.shape === 'path' && i.path)).toBe(true);
		expect(items.find((i) => i.label === 'about')!.filled).toBe(false);
	});
	it('paretoLegend(per, n) names points, frontier points with their count, and the frontier line', () => {
		expect(paretoLegend('context', 3).map((i) => i.label)).toEqual(['paper and context', 'on the Pareto frontier (3)', 'frontier: no other point is better on both axes']);
	});
	it('draws every kind of swatch in a figure', () => {
		const svg = composeFigure({
			title: 't',
			subtitle: 's',
			chart: { svg: '<svg/>', width: 600, height: 300 },
			legend: [...comparisonLegend(['speed']), ...paretoLegend('paper', 1)],
			source: 'src',
			date: '2026-01-01',
			link: 'l'
		}).svg;
		expect(svg.match(/<g class="legend-item">/g)).toHaveLength(10);
		expect(svg).toContain('<path transform=');
		expect(svg).toContain('stroke="#1d2330"');
	});
});
