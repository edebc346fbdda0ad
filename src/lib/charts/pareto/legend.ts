/** Colours of the trade-off chart and its legend for exported figures: one source for both. */
import type { LegendItem } from '../../export/figure.ts';
import type { PointGrouping } from './pairing.ts';

/** Paul Tol's bright blue and red: distinct under the common colour-vision deficiencies. */
export const PARETO_COLORS = {
	point: '#4477aa',
	frontier: '#cc3311',
	outline: '#1d2330'
} as const;

export function paretoLegend(per: PointGrouping, frontierCount: number): LegendItem[] {
	return [
		{ label: per === 'paper' ? 'paper' : 'paper and context', color: PARETO_COLORS.point, shape: 'dot' },
		{ label: `on the Pareto frontier (${frontierCount})`, color: PARETO_COLORS.frontier, shape: 'dot', stroke: PARETO_COLORS.outline },
		{ label: 'frontier: no other point is better on both axes', color: PARETO_COLORS.frontier, shape: 'line' }
	];
}
