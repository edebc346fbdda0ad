/**
 * arXiv metadata JSON Lines, as in the public arXiv metadata snapshot: one JSON object per line
 * with `id`, `title`, `abstract`, `versions` (`[{version: "v1", created: "Mon, 2 Apr 2007 ..."}]`)
 * and `update_date` (`2008-11-13`).
 *
 * Text as it becomes a Paper:
 * - `title`: the snapshot wraps titles (`"Sparse\n  Attention ..."`); whitespace runs collapse to
 *   one space, since a title is a label and is never quoted by offsets.
 * - `abstract`: kept as it stands, only trimmed (the snapshot starts it with two spaces and wraps
 *   it with `\n`). Claim offsets index into this string; collapsing its line breaks would make
 *   the CSV's `start`/`end` disagree with the input the user can check them against.
 * - `date`: the contract's date is the publication date, so the first version's `created` date
 *   wins; `update_date` (the last revision) is the fallback; else empty.
 *
 * Per-record functions are exported so the CLI can stream a file of any size line by line.
 */
import type { InputIssue } from '../../claims/issues.ts';
import { slugify } from '../../claims/slug.ts';
import type { Paper, ReadResult } from '../types.ts';
import { parseDate } from './dates.ts';
import { clip } from './text.ts';

/** A record became a paper (perhaps with a warning about one field), or was skipped with an issue. */
export type RecordResult = { paper: Paper; issue?: InputIssue } | { paper?: undefined; issue: InputIssue };

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstVersionDate(versions: unknown): string | null {
	if (!Array.isArray(versions) || versions.length === 0) return null;
	const v1 = versions.find((v) => isRecord(v) && v.version === 'v1') ?? versions[0];
	return isRecord(v1) && typeof v1.created === 'string' ? parseDate(v1.created) : null;
}

/** A record left out, and why. (A function, not a closure made per record: the CLI's transpiler
 * wraps each closure bound to a name in a naming call when it is made.) */
function skipped(source: string, line: number, row: number | undefined, reason: string, column?: string): RecordResult {
	return { issue: { source, line, row, column, reason, severity: 'skipped' } };
}

/** One parsed record (`line`: 1-based file line; `row`: 1-based record number). */
export function paperFromArxivRecord(obj: unknown, source: string, line: number, row?: number): RecordResult {
	if (!isRecord(obj)) return skipped(source, line, row, `the line is JSON but not an object (${Array.isArray(obj) ? 'an array' : typeof obj}); each line must be one {"id", "title", "abstract", ...} record`);
	const { title: rawTitle, abstract: rawAbstract } = obj;
	if (typeof rawTitle !== 'string' || rawTitle.trim() === '')
		return skipped(source, line, row, 'the record has no "title" text', 'title');
	const title = rawTitle.trim().replace(/\s+/g, ' ');
	if (typeof rawAbstract !== 'string' || rawAbstract.trim() === '')
		return skipped(source, line, row, `"${clip(title)}" has no "abstract" text`, 'abstract');
	const abstract = rawAbstract.trim();

	const rawId = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id).trim() : '';
	const paper_id = rawId || slugify(title);
	if (paper_id === '') return skipped(source, line, row, 'the record has no "id" and its title has no letters or digits to name it by', 'id');

	let date = firstVersionDate(obj.versions);
	let issue: InputIssue | undefined;
	if (date === null) {
		const other = typeof obj.update_date === 'string' ? obj.update_date : typeof obj.date === 'string' ? obj.date : '';
		date = other ? parseDate(other) : '';
		if (date === null) {
			issue = {
				source, line, row, column: typeof obj.update_date === 'string' ? 'update_date' : 'date',
				reason: `"${clip(other, 40)}" is not a date (expected YYYY-MM-DD); the paper is kept without a date`,
				severity: 'warning'
			};
			date = '';
		}
	}
	return { paper: { paper_id, title, date, abstract, source, line }, issue };
}

/**
 * One line of a JSON Lines file. Returns null for a blank line. A trailing `\r` (CRLF files) and a
 * leading BOM are tolerated.
 */
export function paperFromJsonLine(text: string, source: string, line: number, row?: number): RecordResult | null {
	let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (s.endsWith('\r')) s = s.slice(0, -1);
	const first = s.trimStart()[0];
	if (first === undefined) return null;
	// Not even the start of an object: say so without the cost of a JSON.parse exception, which
	// matters when a whole non-JSON file is read as JSON Lines.
	if (first !== '{')
		return {
			issue: {
				source, line, row,
				reason: `not a JSON object (the line starts with "${clip(s.trim(), 20)}"); each line must be one complete JSON object`,
				severity: 'skipped'
			}
		};
	let obj: unknown;
	try {
		obj = JSON.parse(s);
	} catch (err) {
		const why = err instanceof Error ? err.message : String(err);
		return {
			issue: {
				source, line, row,
				reason: `malformed JSON (${clip(why, 80)}); each line must be one complete JSON object`,
				severity: 'skipped'
			}
		};
	}
	return paperFromArxivRecord(obj, source, line, row);
}

/** A whole JSON Lines text in memory (the CLI streams files instead, with the functions above). */
export function readJsonl(text: string, source: string): ReadResult {
	const papers: Paper[] = [];
	const issues: InputIssue[] = [];
	let row = 0;
	let from = 0;
	for (let line = 1; from <= text.length; line++) {
		const nl = text.indexOf('\n', from);
		const end = nl === -1 ? text.length : nl;
		const lineText = text.slice(from, end);
		if (lineText.trim() !== '') {
			const r = paperFromJsonLine(lineText, source, line, ++row);
			if (r?.paper) papers.push(r.paper);
			if (r?.issue) issues.push(r.issue);
		}
		if (nl === -1) break;
		from = nl + 1;
	}
	return { papers, issues, format: 'jsonl' };
}
