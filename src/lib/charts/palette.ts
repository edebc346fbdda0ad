/**
 * Colours of the metric families. Okabe-Ito for the common efficiency families, Paul Tol's muted
 * set for the rest: both are designed to stay distinct under the common colour-vision deficiencies.
 * Colour is never the only cue: rows are grouped and labelled by family, and the legend names them.
 */
import type { Metric } from '../claims/schema.ts';

export const METRIC_COLORS: Record<Metric, string> = {
	latency: '#D55E00',
	speed: '#E69F00',
	throughput: '#0072B2',
	memory: '#009E73',
	compute: '#CC79A7',
	cost: '#56B4E9',
	energy: '#999933',
	tokens: '#882255',
	bandwidth: '#44AA99',
	capacity: '#332288',
	accuracy: '#117733',
	error: '#AA4499',
	other: '#777777'
};
