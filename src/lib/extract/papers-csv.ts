/**
 * The papers table the app's paper view reads: `paper_id,title,date,abstract`, one row per paper
 * (with or without claims), RFC 4180, LF line endings. Cells are written as they are, never
 * formula-neutralized: claim offsets index into `abstract`, so it must round-trip exactly.
 */
import { csvRows } from './csv-rows.ts';
import type { Paper } from './types.ts';

export const PAPER_COLUMNS = ['paper_id', 'title', 'date', 'abstract'] as const;

export function paperToCells(p: Paper): string[] {
	return [p.paper_id, p.title, p.date, p.abstract];
}

/** Data rows only (no header), each ending in `\n`; '' for no papers. For streaming writers. */
export function papersCsvRows(papers: readonly Paper[]): string {
	return csvRows(papers.map(paperToCells));
}

export function writePapersCsv(papers: readonly Paper[]): string {
	return PAPER_COLUMNS.join(',') + '\n' + papersCsvRows(papers);
}
