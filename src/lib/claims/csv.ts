/**
 * Claims CSV read and write on papaparse: RFC 4180, UTF-8, a BOM tolerated on read. Reading
 * returns the rows that parse and an issue (row, column, reason) for every one that does not.
 */
import Papa from 'papaparse';
import { scanRegularCsv } from './csv-scan.ts';
import type { InputIssue } from './issues.ts';
import { normalizeClaim } from './normalize.ts';
import {
	CLAIM_COLUMNS,
	type Claim,
	type ClaimColumn,
	EXTENSION_COLUMNS,
	isChange,
	isClaimStatus,
	isMetric,
	isNormKind,
	isQualifier,
	METRIC_INFO,
	METRICS,
	QUALIFIERS
} from './schema.ts';

/** Columns a claims file must have; the others default (empty text, `exact`, computed norms). */
export const REQUIRED_COLUMNS: readonly ClaimColumn[] = ['quote', 'metric', 'value_low', 'unit', 'change'];

const TEXT_COLUMNS = new Set<string>(['paper_id', 'title', 'quote', 'unit', 'baseline', 'context', 'norm_unit']);

/** Cells a spreadsheet would run as a formula start with one of these (after any quote marks). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefixes `'` to a text cell a spreadsheet would run as a formula; `unneutralizeCell` undoes it. */
export function neutralizeCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}
export function unneutralizeCell(value: string): string {
	return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

function numberCell(n: number | null): string {
	return n === null || !Number.isFinite(n) ? '' : String(n);
}

export interface WriteOptions {
	/** Append `status` and `verified` (the app's curation extension). Default false. */
	extensions?: boolean;
	/** Neutralize formula-like text cells for spreadsheets. Default true. */
	neutralize?: boolean;
}

/** The header and cells of one claim, in contract order. */
export function claimToCells(c: Claim, options: WriteOptions = {}): string[] {
	const neutralize = options.neutralize ?? true;
	const cells: string[] = CLAIM_COLUMNS.map((col) => {
		const v = c[col];
		if (typeof v === 'number' || v === null) return numberCell(v);
		if (typeof v === 'boolean') return v ? 'true' : 'false';
		return neutralize && TEXT_COLUMNS.has(col) ? neutralizeCell(v) : v;
	});
	if (options.extensions) cells.push(c.status ?? 'extracted', c.verified ? 'true' : 'false');
	return cells;
}

/** Writes claims as CSV text with LF line endings and a trailing newline. */
export function writeClaimsCsv(claims: readonly Claim[], options: WriteOptions = {}): string {
	const header: string[] = [...CLAIM_COLUMNS];
	if (options.extensions) header.push(...EXTENSION_COLUMNS);
	const rows = claims.map((c) => claimToCells(c, options));
	const csv = Papa.unparse({ fields: header, data: rows }, { newline: '\n', quotes: false });
	// papaparse already ends a header-only table (no claims) with a newline; add one only if missing.
	return csv.endsWith('\n') ? csv : csv + '\n';
}

export interface ParseResult {
	claims: Claim[];
	issues: InputIssue[];
	/** The file had the `status` extension column. */
	hasStatus: boolean;
}

class RowError extends Error {
	constructor(
		public column: string,
		message: string
	) {
		super(message);
	}
}

function parseNumber(raw: string | undefined, column: string, required: boolean): number | null {
	const s = (raw ?? '').trim();
	if (s === '') {
		if (required) throw new RowError(column, 'is empty; a number is required');
		return null;
	}
	const n = Number(s);
	if (!Number.isFinite(n)) throw new RowError(column, `"${s}" is not a number`);
	return n;
}

type ReadColumn = ClaimColumn | (typeof EXTENSION_COLUMNS)[number];
const READ_COLUMNS: readonly ReadColumn[] = [...CLAIM_COLUMNS, ...EXTENSION_COLUMNS];
/** Where each column sits in a record (-1: the file has no such column). Found once per header,
 * so a row is read by position, without building a record object per row. */
type ColumnPositions = Record<ReadColumn, number>;

function columnPositions(fields: readonly string[]): ColumnPositions {
	return Object.fromEntries(READ_COLUMNS.map((c) => [c, fields.indexOf(c)])) as ColumnPositions;
}

// Module-level readers rather than closures made per row (a closure per row cost more than the row).
function cellAt(cells: readonly (string | undefined)[], at: number, position: number): string | undefined {
	return position < 0 ? undefined : cells[at + position];
}
function textAt(cells: readonly (string | undefined)[], at: number, position: number): string {
	return position < 0 ? '' : unneutralizeCell((cells[at + position] ?? '').trim());
}

/** Reads the record at `cells[at ..]` whose columns sit at `pos`. */
function rowToClaim(cells: readonly (string | undefined)[], at: number, pos: ColumnPositions, hasNorm: boolean): Claim {
	const metric = textAt(cells, at, pos.metric);
	if (!isMetric(metric)) throw new RowError('metric', `unknown metric "${metric}"; use one of ${METRICS.join(', ')}`);
	const qualifier = textAt(cells, at, pos.qualifier) || 'exact';
	if (!isQualifier(qualifier))
		throw new RowError('qualifier', `unknown qualifier "${qualifier}"; use one of ${QUALIFIERS.join(', ')}`);
	const change = textAt(cells, at, pos.change);
	if (!isChange(change)) throw new RowError('change', `unknown change "${change}"; use increase, decrease or level`);
	const hibRaw = textAt(cells, at, pos.higher_is_better).toLowerCase();
	if (hibRaw !== '' && hibRaw !== 'true' && hibRaw !== 'false')
		throw new RowError('higher_is_better', `"${hibRaw}" is not true or false`);
	const valueLow = parseNumber(cellAt(cells, at, pos.value_low), 'value_low', true)!;
	const valueHigh = parseNumber(cellAt(cells, at, pos.value_high), 'value_high', false) ?? valueLow;
	if (valueLow > valueHigh) throw new RowError('value_high', `value_high ${valueHigh} is below value_low ${valueLow}`);
	const start = parseNumber(cellAt(cells, at, pos.start), 'start', false);
	const end = parseNumber(cellAt(cells, at, pos.end), 'end', false);
	const claim: Claim = {
		paper_id: textAt(cells, at, pos.paper_id),
		title: textAt(cells, at, pos.title),
		date: textAt(cells, at, pos.date),
		claim: parseNumber(cellAt(cells, at, pos.claim), 'claim', false) ?? 0,
		quote: textAt(cells, at, pos.quote),
		start: start ?? -1,
		end: end ?? -1,
		metric,
		higher_is_better: hibRaw === '' ? METRIC_INFO[metric].higherIsBetter : hibRaw === 'true',
		value_low: valueLow,
		value_high: valueHigh,
		unit: textAt(cells, at, pos.unit),
		qualifier,
		change,
		baseline: textAt(cells, at, pos.baseline),
		baseline_value: parseNumber(cellAt(cells, at, pos.baseline_value), 'baseline_value', false),
		context: textAt(cells, at, pos.context),
		norm_kind: '',
		norm_low: null,
		norm_high: null,
		norm_unit: ''
	};
	if (claim.date && !/^\d{4}-\d{2}-\d{2}$/.test(claim.date))
		throw new RowError('date', `"${claim.date}" is not a YYYY-MM-DD date`);
	if (hasNorm) {
		const kind = textAt(cells, at, pos.norm_kind);
		if (kind !== '' && !isNormKind(kind)) throw new RowError('norm_kind', `unknown norm kind "${kind}"`);
		claim.norm_kind = kind as Claim['norm_kind'];
		claim.norm_low = parseNumber(cellAt(cells, at, pos.norm_low), 'norm_low', kind !== '');
		claim.norm_high = parseNumber(cellAt(cells, at, pos.norm_high), 'norm_high', false) ?? claim.norm_low;
		claim.norm_unit = textAt(cells, at, pos.norm_unit);
		if (claim.norm_low !== null && claim.norm_high !== null && claim.norm_low > claim.norm_high)
			throw new RowError('norm_high', `norm_high ${claim.norm_high} is below norm_low ${claim.norm_low}`);
	} else {
		applyNormalization(claim);
	}
	const status = textAt(cells, at, pos.status);
	if (status) {
		if (!isClaimStatus(status)) throw new RowError('status', `unknown status "${status}"`);
		claim.status = status;
	}
	if (textAt(cells, at, pos.verified)) claim.verified = textAt(cells, at, pos.verified).toLowerCase() === 'true';
	return claim;
}

/** Sets the norm columns of `claim` from its facts (mutates: for freshly built claims). */
export function applyNormalization(claim: Claim): Claim {
	const n = normalizeClaim(claim);
	if (n.ok) {
		claim.norm_kind = n.kind;
		claim.norm_low = n.low;
		claim.norm_high = n.high;
		claim.norm_unit = n.unit;
	} else {
		claim.norm_kind = '';
		claim.norm_low = null;
		claim.norm_high = null;
		claim.norm_unit = '';
	}
	return claim;
}

function missingColumnsIssue(missing: readonly string[], source: string): InputIssue {
	return {
		source,
		line: 1,
		column: missing.join(', '),
		reason: `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; a claims file needs the header ${CLAIM_COLUMNS.join(',')}`,
		severity: 'fatal'
	};
}

/** parseClaimsCsv on regular CSV, read by csv-scan.ts: the same rows, claims and issues; null when
 * the text is not regular (papaparse decides). */
function parseRegular(body: string, source: string): ParseResult | null {
	const issues: InputIssue[] = [];
	const claims: Claim[] = [];
	let missing: ClaimColumn[] = [];
	let hasNorm = false;
	let hasStatus = false;
	let pos: ColumnPositions | null = null;
	const regular = scanRegularCsv(body, {
		header(fields) {
			missing = REQUIRED_COLUMNS.filter((c) => !fields.includes(c));
			hasNorm = fields.includes('norm_kind');
			hasStatus = fields.includes('status');
			pos = columnPositions(fields);
		},
		record(cells, row) {
			if (missing.length > 0) return;
			try {
				claims.push(rowToClaim(cells, 0, pos!, hasNorm));
			} catch (err) {
				if (!(err instanceof RowError)) throw err;
				issues.push({ source, row, column: err.column, reason: err.message, severity: 'skipped' });
			}
		}
	});
	if (!regular) return null;
	if (missing.length > 0) return { claims: [], issues: [missingColumnsIssue(missing, source)], hasStatus: false };
	return { claims, issues, hasStatus };
}

/**
 * Parses claims CSV text. Never throws: a missing required column is one `fatal` issue and no
 * claims; a bad row is one `skipped` issue (row = data row, line = file line) and the rest is kept.
 * Regular CSV (what writeClaimsCsv writes) is read by csv-scan.ts, anything else by papaparse;
 * the result is the same either way (csv-scan.test.ts).
 */
export function parseClaimsCsv(text: string, source = 'claims.csv'): ParseResult {
	const issues: InputIssue[] = [];
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const regular = parseRegular(body, source);
	if (regular) return regular;
	const parsed = Papa.parse<Record<string, string>>(body, {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (h) => h.trim().toLowerCase()
	});
	const fields = parsed.meta.fields ?? [];
	const missing = REQUIRED_COLUMNS.filter((c) => !fields.includes(c));
	if (missing.length > 0) {
		issues.push(missingColumnsIssue(missing, source));
		return { claims: [], issues, hasStatus: false };
	}
	const badRows = new Map<number, string>();
	for (const e of parsed.errors) {
		if (e.row !== undefined && e.code !== 'UndetectableDelimiter') badRows.set(e.row, e.message);
	}
	const hasNorm = fields.includes('norm_kind');
	const pos = columnPositions(fields);
	const claims: Claim[] = [];
	// Line numbers: papaparse does not give them per row, so count the newlines of the data we saw.
	parsed.data.forEach((r, i) => {
		const row = i + 1;
		const rowError = badRows.get(i);
		if (rowError) {
			issues.push({ source, row, reason: `${rowError}; check the row's quoting and number of cells`, severity: 'skipped' });
			return;
		}
		try {
			claims.push(rowToClaim(fields.map((f) => r[f]), 0, pos, hasNorm));
		} catch (err) {
			if (!(err instanceof RowError)) throw err;
			issues.push({ source, row, column: err.column, reason: err.message, severity: 'skipped' });
		}
	});
	return { claims, issues, hasStatus: fields.includes('status') };
}
