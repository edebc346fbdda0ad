/**
 * The Pareto chart's view state in the URL: the two axes, points per paper or per context, and the
 * log/linear choice of each axis. Only what differs from the defaults is written, so the default
 * view has a clean URL and old links keep working when defaults change. Pure.
 */
import { isMetric, isNormKind, type Metric, type NormKind } from '../claims/schema.ts';
import { type Aggregate, type AxisSpec, DEFAULT_PAIRING, type PointGrouping } from '../charts/pareto/pairing.ts';
import type { ScaleKind } from '../charts/pareto/geometry.ts';

export interface ParetoView {
	x: AxisSpec;
	y: AxisSpec;
	per: PointGrouping;
	xScale: ScaleKind;
	yScale: ScaleKind;
}

/** Factors span orders of magnitude (log); deltas cross zero and levels are read as is (linear). */
export function defaultScaleFor(kind: NormKind): ScaleKind {
	return kind === 'factor' ? 'log' : 'linear';
}

export const DEFAULT_PARETO_VIEW: ParetoView = {
	x: DEFAULT_PAIRING.x,
	y: DEFAULT_PAIRING.y,
	per: DEFAULT_PAIRING.per,
	xScale: defaultScaleFor(DEFAULT_PAIRING.x.kind),
	yScale: defaultScaleFor(DEFAULT_PAIRING.y.kind)
};

/** The URL parameters this view owns (the explorer's filters must not use them). */
export const PARETO_PARAMS = ['x', 'xkind', 'xunit', 'xagg', 'xscale', 'y', 'ykind', 'yunit', 'yagg', 'yscale', 'per'] as const;

function parseFamilies(raw: string | null, fallback: readonly Metric[]): readonly Metric[] {
	if (raw === null) return fallback;
	const families = [...new Set(raw.split(',').map((s) => s.trim()).filter(isMetric))];
	return families.length > 0 ? families : fallback;
}

function parseAxis(params: URLSearchParams, p: 'x' | 'y', fallback: AxisSpec): { spec: AxisSpec; scale: ScaleKind } {
	const kindRaw = params.get(`${p}kind`);
	const kind: NormKind = kindRaw !== null && isNormKind(kindRaw) ? kindRaw : fallback.kind;
	const aggRaw = params.get(`${p}agg`);
	const aggregate: Aggregate = aggRaw === 'best' || aggRaw === 'worst' ? aggRaw : fallback.aggregate;
	const unit = kind === 'level' ? (params.get(`${p}unit`) ?? undefined) : undefined;
	const scaleRaw = params.get(`${p}scale`);
	const scale: ScaleKind = scaleRaw === 'log' || scaleRaw === 'linear' ? scaleRaw : defaultScaleFor(kind);
	const spec: AxisSpec = { families: parseFamilies(params.get(p), fallback.families), kind, aggregate };
	if (unit) spec.unit = unit;
	return { spec, scale };
}

/** Reads the view from URL parameters; missing or invalid values fall back to the defaults. */
export function parseParetoView(params: URLSearchParams): ParetoView {
	const x = parseAxis(params, 'x', DEFAULT_PARETO_VIEW.x);
	const y = parseAxis(params, 'y', DEFAULT_PARETO_VIEW.y);
	const per = params.get('per') === 'context' ? 'context' : 'paper';
	return { x: x.spec, y: y.spec, per, xScale: x.scale, yScale: y.scale };
}

function sameFamilies(a: readonly Metric[], b: readonly Metric[]): boolean {
	return a.length === b.length && a.every((m) => b.includes(m));
}

function writeAxis(params: URLSearchParams, p: 'x' | 'y', spec: AxisSpec, scale: ScaleKind, fallback: AxisSpec): void {
	if (!sameFamilies(spec.families, fallback.families)) params.set(p, spec.families.join(','));
	if (spec.kind !== fallback.kind) params.set(`${p}kind`, spec.kind);
	if (spec.kind === 'level' && spec.unit) params.set(`${p}unit`, spec.unit);
	if (spec.aggregate !== fallback.aggregate) params.set(`${p}agg`, spec.aggregate);
	if (scale !== defaultScaleFor(spec.kind)) params.set(`${p}scale`, scale);
}

/**
 * Writes the view's non-default values into `params` (the explorer's own parameters are kept);
 * the Pareto parameters already there are replaced. Returns `params`.
 */
export function writeParetoView(view: ParetoView, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
	for (const key of PARETO_PARAMS) params.delete(key);
	writeAxis(params, 'x', view.x, view.xScale, DEFAULT_PARETO_VIEW.x);
	writeAxis(params, 'y', view.y, view.yScale, DEFAULT_PARETO_VIEW.y);
	if (view.per !== DEFAULT_PARETO_VIEW.per) params.set('per', view.per);
	return params;
}
