/**
 * Papers as CSV (RFC 4180, comma-separated, header row): `title` and `abstract` columns required,
 * `id` (or `paper_id`) and `date` optional, others ignored. Header names are matched
 * case-insensitively. The papers table the CLI writes (`paper_id,title,date,abstract`) reads back.
 * A row without an abstract or title is skipped with its row and line; the rest is kept.
 */
import Papa from 'papaparse';
import type { InputIssue } from '../../claims/issues.ts';
import { slugify } from '../../claims/slug.ts';
import type { Paper, ReadResult } from '../types.ts';
import { parseDate } from './dates.ts';
import { clip } from './text.ts';

const ID_COLUMNS = ['id', 'paper_id', 'arxiv_id'];

/** `text` must already have LF line endings and no BOM (see `prepareText`). */
export function readCsv(text: string, source: string): ReadResult {
	const papers: Paper[] = [];
	const issues: InputIssue[] = [];
	let header: string[] | null = null;
	let col = { title: -1, abstract: -1, id: -1, date: -1 };
	let fatal = false;
	let row = 0;
	// papaparse gives each row's end offset (`cursor`); counting newlines up to the previous end
	// gives the 1-based line a row starts on, even when quoted cells span lines.
	let rowStart = 0;
	let line = 1;

	Papa.parse<string[]>(text, {
		delimiter: ',',
		step: (result, parser) => {
			const cells = result.data;
			const startLine = line;
			const end = result.meta.cursor;
			for (let i = text.indexOf('\n', rowStart); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
			rowStart = end;
			if (cells.length === 1 && cells[0].trim() === '') return; // blank line
			if (header === null) {
				header = cells.map((h) => h.trim().toLowerCase());
				const h = header;
				col = {
					title: h.indexOf('title'),
					abstract: h.indexOf('abstract'),
					id: h.findIndex((c) => ID_COLUMNS.includes(c)),
					date: h.indexOf('date')
				};
				const missing = (['title', 'abstract'] as const).filter((c) => col[c] === -1);
				if (missing.length > 0) {
					issues.push({
						source, line: startLine, column: missing.join(', '),
						reason: `the header has no ${missing.join(' or ')} column (found: ${clip(h.join(','), 80)}); a papers CSV needs a header row with title and abstract, optionally id and date`,
						severity: 'fatal'
					});
					fatal = true;
					parser.abort();
				}
				return;
			}
			row++;
			const where = { source, line: startLine, row };
			const quoting = result.errors.find((e) => e.type === 'Quotes');
			if (quoting) {
				issues.push({ ...where, reason: `${quoting.message}; a cell with commas, quotes or line breaks must be in "double quotes", with inner quotes doubled`, severity: 'skipped' });
				return;
			}
			if (cells.length > header.length) {
				issues.push({ ...where, reason: `the row has ${cells.length} cells but the header has ${header.length}; quote cells that contain commas`, severity: 'skipped' });
				return;
			}
			const cell = (i: number) => (i >= 0 && i < cells.length ? cells[i] : '');
			const title = cell(col.title).trim().replace(/\s+/g, ' ');
			const abstract = cell(col.abstract).trim();
			if (abstract === '') {
				issues.push({ ...where, column: 'abstract', reason: `${title ? `"${clip(title)}"` : 'the row'} has no abstract`, severity: 'skipped' });
				return;
			}
			if (title === '') {
				issues.push({ ...where, column: 'title', reason: 'the row has an abstract but no title', severity: 'skipped' });
				return;
			}
			const paper_id = cell(col.id).trim() || slugify(title);
			if (paper_id === '') {
				issues.push({ ...where, column: 'title', reason: `the title "${clip(title)}" has no letters or digits to name the paper by, and the row has no id`, severity: 'skipped' });
				return;
			}
			const rawDate = cell(col.date).trim();
			let date = rawDate === '' ? '' : parseDate(rawDate);
			if (date === null) {
				issues.push({ ...where, column: 'date', reason: `"${clip(rawDate, 40)}" is not a date (expected YYYY-MM-DD); the paper is kept without a date`, severity: 'warning' });
				date = '';
			}
			papers.push({ paper_id, title, date, abstract, source, line: startLine });
		}
	});
	if (header === null && !fatal) {
		issues.push({ source, line: 1, reason: 'the CSV is empty; it needs a header row with title and abstract, then one row per paper', severity: 'fatal' });
	}
	return { papers, issues, format: 'csv' };
}
