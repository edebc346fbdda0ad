/**
 * The papers file (`paper_id,title,date,abstract`) that ships next to the claims: the paper view
 * highlights each claim's quote in its abstract with `abstract.slice(start, end)`.
 */
import Papa from 'papaparse';
import type { InputIssue } from '../claims/issues.ts';

export interface PaperRecord {
	paper_id: string;
	title: string;
	/** `YYYY-MM-DD`, or '' when unknown. */
	date: string;
	/** Trimmed, exactly as the claims' start/end offsets index it. */
	abstract: string;
}

export const PAPER_COLUMNS = ['paper_id', 'title', 'date', 'abstract'] as const;

/** Parses the papers CSV. Never throws: bad rows become issues, good rows are kept. */
export function parsePapersCsv(text: string, source = 'papers.csv'): { papers: PaperRecord[]; issues: InputIssue[] } {
	const issues: InputIssue[] = [];
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const parsed = Papa.parse<Record<string, string>>(body, {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (h) => h.trim().toLowerCase()
	});
	const fields = parsed.meta.fields ?? [];
	const missing = PAPER_COLUMNS.filter((c) => c !== 'date' && !fields.includes(c));
	if (missing.length) {
		issues.push({
			source,
			line: 1,
			column: missing.join(', '),
			reason: `missing column ${missing.join(', ')}; a papers file needs the header ${PAPER_COLUMNS.join(',')}`,
			severity: 'fatal'
		});
		return { papers: [], issues };
	}
	const papers: PaperRecord[] = [];
	parsed.data.forEach((r, i) => {
		const paper_id = (r.paper_id ?? '').trim();
		if (!paper_id) {
			issues.push({ source, row: i + 1, column: 'paper_id', reason: 'is empty', severity: 'skipped' });
			return;
		}
		papers.push({
			paper_id,
			title: (r.title ?? '').trim(),
			date: (r.date ?? '').trim(),
			// Not trimmed again: the offsets index the abstract as written (the writer trimmed it).
			abstract: r.abstract ?? ''
		});
	});
	return { papers, issues };
}
