/**
 * Plain-text reader: papers separated by one or more blank lines; in each block the first line is
 * the title and the rest is the abstract, kept as it stands (internal line breaks included) and
 * trimmed, so that claim offsets index into exactly what the user wrote.
 */
import type { InputIssue } from '../../claims/issues.ts';
import { slugify } from '../../claims/slug.ts';
import type { Paper, ReadResult } from '../types.ts';

/** A line holding nothing but spaces or tabs separates papers. */
const BLANK_LINE = /^[ \t]*$/;

/** `text` must already have LF line endings and no BOM (see `prepareText`). */
export function readText(text: string, source: string): ReadResult {
	const papers: Paper[] = [];
	const issues: InputIssue[] = [];
	const lines = text.split('\n');
	let block: string[] = [];
	let blockLine = 0;

	const flush = () => {
		if (block.length === 0) return;
		const title = block[0].trim().replace(/\s+/g, ' ');
		const abstract = block.slice(1).join('\n').trim();
		if (abstract === '') {
			issues.push({
				source,
				line: blockLine,
				reason: `"${clip(title)}" has a title line but no abstract; put the abstract on the lines right after the title, papers separated by a blank line`,
				severity: 'skipped'
			});
		} else if (slugify(title) === '') {
			issues.push({
				source,
				line: blockLine,
				reason: `the title line "${clip(title)}" has no letters or digits to name the paper by; start each paper with its title`,
				severity: 'skipped'
			});
		} else {
			papers.push({ paper_id: slugify(title), title, date: '', abstract, source, line: blockLine });
		}
		block = [];
	};

	// A lone title line, a blank line, then the abstract (how people paste): the abstract block
	// joins the title when its own first line does not read as a title.
	let pendingTitle = false;
	let blankAfterTitle = false;
	lines.forEach((line, i) => {
		if (BLANK_LINE.test(line)) {
			if (pendingTitle) {
				blankAfterTitle = true;
				return;
			}
			pendingTitle = block.length === 1 && looksLikeTitle(block[0], undefined);
			if (!pendingTitle) flush();
			else blankAfterTitle = true;
			return;
		}
		if (pendingTitle && blankAfterTitle && block.length === 1) {
			const next = lines[i + 1];
			const nextIsText = next !== undefined && !BLANK_LINE.test(next);
			if (looksLikeTitle(line, nextIsText ? next : undefined)) flush();
		}
		pendingTitle = false;
		blankAfterTitle = false;
		if (block.length === 0) blockLine = i + 1;
		block.push(line);
	});
	flush();
	return { papers, issues, format: 'text' };
}

/** A title line: short, not ending like a sentence, and not wrapped onto a lowercase next line. */
function looksLikeTitle(line: string, nextLine: string | undefined): boolean {
	const t = line.trim();
	if (t.length === 0 || t.length > 200 || /[.,;:]$/.test(t)) return false;
	return nextLine === undefined || !/^\s*[a-z]/.test(nextLine);
}

/** Shortens a piece of input quoted in a message. */
export function clip(s: string, max = 60): string {
	return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
