/**
 * Reader for a daily-papers page dump (text copied from a "Daily Papers" listing page).
 *
 * Shape, as seen in such dumps (blank lines between most parts; none of it is counted on):
 *   page chrome (`new`, `Daily Papers`, `byAK and the research community`, `Jan 5`, ...)
 *   per paper: title line, abstract paragraph, then a footer made of any of
 *   an organisation line (`MTSAIR MTSAIR`), `• N authors`, `·`, a date line (`May 16, 2025 2`).
 *
 * What must stay true: a paper's title is the line right before its abstract paragraph; the
 * abstract is the paragraph as it stands (its lines joined by a space), trimmed; footers, chrome
 * and organisation lines never become titles. Papers missing footers, dates or organisation
 * lines are read all the same.
 */
import type { InputIssue } from '../../claims/issues.ts';
import { slugify } from '../../claims/slug.ts';
import type { Paper, ReadResult } from '../types.ts';

const MONTHS: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12
};

/** `May 16, 2025`, `Sep 26, 2025 2` (upvotes), `September 26, 2025`, `Jan 5` (no year). */
const DATE_LINE = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:, (\d{4}))?(?: +\d+)?$/;
/** `• 3 authors`, `· 1 author`. */
const AUTHORS_LINE = /^[•·*-]?\s*\d+\s+authors?$/i;
/** Separator dots and bullets alone on a line. */
const SEPARATOR_LINE = /^[·•|-]+$/;
/** Page chrome seen at the top of such pages; matched only before the first paper. */
const CHROME_LINE =
	/^(?:new|subscribe|daily papers|get trending papers.*|by\s*ak and the research community|byak and the research community|submit(?: paper)?|search.*|previous|next|weekly|monthly|daily)$/i;

/** A paragraph long enough to be an abstract rather than a title or footer line. */
const MIN_ABSTRACT_CHARS = 100;
const MIN_ABSTRACT_WORDS = 12;

interface Line {
	text: string;
	/** 1-based line number in the source. */
	no: number;
}

/** `YYYY-MM-DD` for a date line with a year, '' for one without; null when not a date line. */
export function parseDailyDate(line: string): string | null {
	const m = DATE_LINE.exec(line.trim());
	if (!m) return null;
	const month = MONTHS[m[1].slice(0, 3).toLowerCase()];
	if (!month) return null;
	// A full month name must be a real one: `Mayday 5` is not a date.
	if (m[1].length > 3 && !/^(?:january|february|march|april|may|june|july|august|september|sept|october|november|december)$/i.test(m[1]))
		return null;
	const day = Number(m[2]);
	if (day < 1 || day > 31) return null;
	if (!m[3]) return '';
	return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isFooterLine(text: string): boolean {
	return AUTHORS_LINE.test(text) || SEPARATOR_LINE.test(text) || parseDailyDate(text) !== null;
}

function looksLikeAbstract(text: string): boolean {
	if (text.length < MIN_ABSTRACT_CHARS) return false;
	let words = 1;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
	return words >= MIN_ABSTRACT_WORDS;
}

/** Splits text into paragraphs: runs of non-blank lines, trimmed, with their first line number. */
function paragraphs(text: string): Line[][] {
	const out: Line[][] = [];
	let current: Line[] = [];
	const lines = text.split(/\r\n|\r|\n/);
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i].trim();
		if (t === '') {
			if (current.length) out.push(current);
			current = [];
		} else current.push({ text: t, no: i + 1 });
	}
	if (current.length) out.push(current);
	return out;
}

/**
 * Reads a daily-papers page dump. `source` names the input in issues and papers.
 * Never throws; a title without an abstract is reported and skipped.
 */
export function readDaily(text: string, source: string): ReadResult {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	// Flatten into lines but remember paragraph boundaries: a title may sit in the same
	// paragraph as its abstract (no blank line between) or in its own.
	const lines: (Line & { paraEnd: boolean })[] = [];
	for (const para of paragraphs(body))
		para.forEach((l, i) => lines.push({ ...l, paraEnd: i === para.length - 1 }));

	const papers: Paper[] = [];
	const issues: InputIssue[] = [];
	let seenPaper = false;
	let i = 0;
	while (i < lines.length) {
		const line = lines[i];
		if (isFooterLine(line.text) || (!seenPaper && CHROME_LINE.test(line.text))) {
			i++;
			continue;
		}
		// Abstract = the text after this line up to the end of its paragraph (normally one line).
		const next = i + 1 < lines.length ? lines[i + 1] : undefined;
		if (!next || isFooterLine(next.text)) {
			// A line followed by a footer is an organisation line (or a title without abstract).
			i++;
			continue;
		}
		let j = i + 1;
		const parts = [lines[j].text];
		while (!lines[j].paraEnd && j + 1 < lines.length && !isFooterLine(lines[j + 1].text)) {
			j++;
			parts.push(lines[j].text);
		}
		const abstract = parts.join(' ').trim();
		if (!looksLikeAbstract(abstract)) {
			// Chrome before the first paper, or a stray short paragraph: not a paper.
			i++;
			continue;
		}
		const title = line.text;
		// A footer date, if any, follows before the next paper's title.
		let date = '';
		let k = j + 1;
		while (k < lines.length && k <= j + 5) {
			const d = parseDailyDate(lines[k].text);
			if (d !== null) {
				date = d;
				break;
			}
			// Stop at what could be the next title: a line whose next line is an abstract.
			if (k + 1 < lines.length && looksLikeAbstract(lines[k + 1].text)) break;
			k++;
		}
		papers.push({ paper_id: slugify(title), title, date, abstract, source, line: line.no });
		seenPaper = true;
		i = j + 1;
	}
	if (papers.length === 0) {
		issues.push({
			source,
			reason:
				'no papers found; a daily-papers page has a title line followed by an abstract paragraph for each paper',
			severity: 'fatal'
		});
	}
	return { papers, issues, format: 'daily' };
}
