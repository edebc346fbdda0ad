/** The comparison chart's legend (qualifier shapes, family colours) as items for exported figures. */
import { METRIC_INFO, QUALIFIERS, QUALIFIER_LABELS, type Metric } from '../claims/schema.ts';
import type { LegendItem } from '../export/figure.ts';
import { METRIC_COLORS } from './palette.ts';
import { qualifierStyle } from './symbols.ts';

export function comparisonLegend(metrics: readonly Metric[]): LegendItem[] {
	const shapes: LegendItem[] = QUALIFIERS.map((q) => {
		const s = qualifierStyle(q, 5);
		return { label: QUALIFIER_LABELS[q], color: '#3a4252', shape: 'path', path: s.path, filled: s.filled };
	});
	const colours: LegendItem[] = metrics.map((m) => ({ label: METRIC_INFO[m].label, color: METRIC_COLORS[m], shape: 'dot' }));
	return [...shapes, ...colours];
}
