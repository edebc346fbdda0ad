/**
 * Views in words, for figure subtitles and file names: what the filters keep, and what the
 * trade-off chart's axes are. Pure.
 */
import { METRIC_INFO, QUALIFIER_LABELS } from '../claims/schema.ts';
import { describeFamilies, type AxisSpec } from '../charts/pareto/pairing.ts';
import type { Filters } from './filters.ts';
import type { ParetoView } from './pareto-view.ts';

/**
 * `All claims` for the unfiltered view, else the filters in words:
 * `Latency, Speed-up · factor · without up to · vs vLLM · 2024-01-01 to 2025-01-01 · matching “spec”`.
 * `paperTitle` turns a paper id into its title.
 */
export function describeFilters(f: Filters, paperTitle: (id: string) => string = (id) => id): string {
	const parts: string[] = [];
	if (f.metrics.length) parts.push(f.metrics.map((m) => METRIC_INFO[m].label).join(', '));
	if (f.normKinds.length) parts.push(f.normKinds.map((k) => (k === 'none' ? 'not normalized' : k)).join(', '));
	if (f.hideQualifiers.length) parts.push(`without ${f.hideQualifiers.map((q) => `“${QUALIFIER_LABELS[q]}”`).join(', ')} claims`);
	if (f.baseline) parts.push(`vs ${f.baseline}`);
	if (f.paper) parts.push(`paper: ${paperTitle(f.paper)}`);
	if (f.dateFrom || f.dateTo) parts.push(f.dateFrom && f.dateTo ? `${f.dateFrom} to ${f.dateTo}` : f.dateFrom ? `from ${f.dateFrom}` : `until ${f.dateTo}`);
	if (f.q.trim()) parts.push(`matching “${f.q.trim()}”`);
	return parts.length ? `Claims filtered to: ${parts.join(' · ')}` : 'All claims';
}

function axisSlug(spec: AxisSpec): string {
	const fam = describeFamilies(spec.families);
	const families = fam === 'efficiency' || fam === 'quality' ? fam : spec.families.join(' ');
	return `${spec.aggregate === 'worst' ? 'worst ' : ''}${families} ${spec.kind}${spec.kind === 'level' && spec.unit ? ` ${spec.unit}` : ''}`;
}

/** The subject of a trade-off export's file name: `tradeoff latency speed throughput factor vs quality delta`. */
export function paretoFileSubject(view: ParetoView): string {
	return `tradeoff ${axisSlug(view.x)} vs ${axisSlug(view.y)}${view.per === 'context' ? ' per context' : ''}`;
}
