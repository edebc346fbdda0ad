/**
 * Download file names that name the view, e.g. `claimscope-claims-latency-speed-no-up-to.csv`.
 * Pure. Imports nothing from the app: callers pass the view's description as plain data.
 */

/** What a file name says about the view; every part is optional. */
export interface ViewDescription {
	metrics?: readonly string[];
	normKinds?: readonly string[];
	hideQualifiers?: readonly string[];
	baseline?: string;
	paper?: string;
	dateFrom?: string;
	dateTo?: string;
	q?: string;
}

const MAX_LENGTH = 120;

/** Lowercase ASCII words joined by `-`; anything else becomes a separator. */
export function fileSlug(text: string, max = 40): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (s.length <= max) return s;
	const cut = s.slice(0, max + 1);
	const dash = cut.lastIndexOf('-');
	return dash > 0 ? cut.slice(0, dash) : s.slice(0, max);
}

/** The parts of a view name, most telling first; empty for the unfiltered view. */
export function viewSlugParts(view: ViewDescription): string[] {
	const parts: string[] = [];
	if (view.metrics?.length) parts.push(...view.metrics.map((m) => fileSlug(m)));
	if (view.normKinds?.length) parts.push(...view.normKinds.map((k) => fileSlug(k)));
	if (view.hideQualifiers?.length) parts.push(...view.hideQualifiers.map((q) => `no-${fileSlug(q)}`));
	if (view.baseline) parts.push(`vs-${fileSlug(view.baseline, 30)}`);
	if (view.paper) parts.push(`paper-${fileSlug(view.paper, 30)}`);
	if (view.dateFrom || view.dateTo) parts.push(`${view.dateFrom || 'start'}-to-${view.dateTo || 'now'}`);
	if (view.q?.trim()) parts.push(`search-${fileSlug(view.q, 30)}`);
	return parts.filter(Boolean);
}

/**
 * `claimscope-<subject>-<view>.<ext>`. `subject` names the thing (`claims`, `comparison`), `view`
 * the filters; an unfiltered view is called `all`. Long names are cut at a `-`.
 */
export function exportFilename(subject: string, view: ViewDescription | 'all', ext: string): string {
	const parts = view === 'all' ? [] : viewSlugParts(view);
	// Subjects may name a chart's axes (`tradeoff-latency-factor-vs-quality-delta`): allow 80 chars.
	let stem = ['claimscope', fileSlug(subject, 80), ...(parts.length ? parts : ['all'])].join('-');
	if (stem.length > MAX_LENGTH) {
		const cut = stem.slice(0, MAX_LENGTH + 1);
		stem = cut.slice(0, cut.lastIndexOf('-'));
	}
	return `${stem}.${ext.replace(/^\./, '')}`;
}
