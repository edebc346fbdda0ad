/**
 * Number tokens in abstract text, grouped the way claims are written: a value with its unit
 * (`29%`, `1.2times`, `5,000ms`), ranges (`2.8x-5.8x`, `28-71%`, `from 3.1 to 7.4 times`,
 * `1.4–11.2x`), lists (`1.3x/1.9x`, `93.05%, 70.15% and 67.71%`, `7.4% (28.7%)`), pairs
 * (`83.4% vs. 60.0%`, `from 120 ms to 45 ms`) and number words (`four times`, `twice`, `half`,
 * `an order of magnitude`). Scanning is one left-to-right pass; a group is never re-scanned. This
 * file finds where numbers start and what is no claim before any reading (identifiers, parameter
 * values, statistics); groups.ts reads a group from its first value, scores.ts what a bare one is.
 */
import { isAlnum, isAsciiLetter, isDigit, isLetter, isSpace } from './text.ts';
import type { GroupKind, NumberGroup, NumberItem } from './items.ts';
import { readGroup } from './groups.ts';
import { numberWordRanges, scanNumberWords } from './number-words.ts';
import { bareKind } from './scores.ts';
import { isMinus, readItem } from './values.ts';

export type { GroupKind, NumberGroup, NumberItem };

const DIGIT = /\d/g;
const PARAMETER_BEFORE = /\b(?:batch sizes?|sequence lengths?|context (?:lengths?|sizes?|windows?)|beam (?:sizes?|widths?)|ranks?|top-k|temperature|learning rate|lr|(?:head|hidden|embedding|model) dim(?:ension)?s?|[a-zA-Z]\s*=)\s*(?:of\s+|=\s*|:\s*)?$/i;
const STATISTIC_BEFORE = /(?:\bp\s*[<=>≤≥]\s*|\b(?:confidence interval|CI)\s*[:=]?\s*(?:of\s+)?[[(]?)$/i;

/** The last non-space character before `pos` is a letter, `=`, `:`, `<`, `>`, `≤`, `≥`, `(` or `[`. */
function mayFollowName(text: string, pos: number): boolean {
	let i = pos - 1;
	while (i >= 0 && text.charCodeAt(i) === 32) i--;
	if (i < 0) return false;
	const c = text.charCodeAt(i);
	return isAsciiLetter(c) || c === 61 || c === 58 || c === 60 || c === 62 || c === 0x2264 || c === 0x2265 || c === 40 || c === 91;
}

/** Index of a group overlapping `w` in `groups` (sorted by start), or -1. Binary search. */
function overlapping(groups: NumberGroup[], w: NumberGroup): number {
	let lo = 0;
	let hi = groups.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (groups[mid].end <= w.start) lo = mid + 1;
		else hi = mid;
	}
	return lo < groups.length && groups[lo].start < w.end ? lo : -1;
}

/** End of the run of digits, commas and points starting at `pos` (at least pos + 1). */
function skipNumberRun(text: string, pos: number): number {
	let i = pos + 1;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (isDigit(c) || c === 44 || c === 46) i++;
		else break;
	}
	return i;
}

/** Skips an identifier such as `Qwen3-1.7B/0.6B` or `RP@10`: to the next space. */
function skipToken(text: string, i: number): number {
	while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== ',' && text[i] !== ';' && text[i] !== '(') i++;
	return i;
}

const IDENT_JOINERS = new Set(['-', '_', '/', '@', '=', '.', '<', '>', ':', '^', '#', '+', '–']);

/** Is the number at `pos` glued to a preceding identifier? Returns 'glued' for a lost space. */
function leftAttachment(text: string, pos: number): 'free' | 'identifier' | 'glued' {
	if (pos === 0) return 'free';
	const c0 = text.charCodeAt(pos - 1);
	if (isLetter(c0)) {
		// `provide25-33X`: a lowercase word of 4+ letters glued to a number: a lost space.
		let j = pos - 1;
		while (j >= 0 && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j--;
		const lowerRun = pos - 1 - j;
		if (lowerRun >= 4 && (j < 0 || !isAlnum(text.charCodeAt(j)))) return 'glued';
		return 'identifier';
	}
	if (IDENT_JOINERS.has(text[pos - 1]) && pos >= 2 && isAlnum(text.charCodeAt(pos - 2))) return 'identifier';
	if (text[pos - 1] === '.' && pos >= 2 && isDigit(text.charCodeAt(pos - 2))) return 'identifier';
	return 'free';
}

/**
 * All number groups of `text`, ordered by start; overlapping word groups are dropped. At most
 * `maxGroups` numbers (list items count one each) are read: text with more numbers than that is data, not prose.
 */
export function scanNumbers(text: string, maxGroups = Infinity): NumberGroup[] {
	const groups: NumberGroup[] = [];
	DIGIT.lastIndex = 0;
	let i = 0;
	let items = 0;
	while (i < text.length && items < maxGroups) {
		DIGIT.lastIndex = i;
		const d = DIGIT.exec(text);
		if (!d) break;
		let pos = d.index;
		// Inside a longer number run (`x1.5`) or right after a decimal point: skip the run.
		let start = pos;
		const prev = text[pos - 1];
		if ((prev === '+' || isMinus(prev)) && (pos < 2 || !isAlnum(text.charCodeAt(pos - 2)))) start = pos - 1;
		// `p < 0.01`, `95% CI 18-34%`: statistics of a study; `at batch size 1`, `k = 8`: the value
		// of a parameter. Not results, and not the first item of a list (`batch size 1 and 1.3×`).
		// Both end in a letter, `=`, `:`, `<`, `>` or a bracket before any spaces: most numbers skip the regexes.
		const lookBack = mayFollowName(text, pos) ? text.slice(Math.max(0, pos - 24), pos) : '';
		if (lookBack && (STATISTIC_BEFORE.test(lookBack) || PARAMETER_BEFORE.test(lookBack))) {
			i = skipNumberRun(text, pos);
			continue;
		}
		// `x2.5 less`, `(×3)`: a times sign written before the number.
		const sign = text[pos - 1];
		if ((sign === 'x' || sign === 'X' || sign === '×') && (pos < 2 || isSpace(text.charCodeAt(pos - 2)) || text[pos - 2] === '(')) {
			const times = readItem(text, pos, false);
			if (times && times.kind === 'none' && !times.hyphenWord && !isAlnum(text.charCodeAt(times.end))) {
				times.start = pos - 1;
				times.kind = 'x';
				times.unit = 'x';
				groups.push({ start: times.start, end: times.end, items: [times], kind: 'single', baselineValue: null });
				items++;
				i = times.end;
				continue;
			}
		}
		const attach = leftAttachment(text, start);
		if (attach === 'identifier') {
			i = Math.max(skipToken(text, pos), pos + 1);
			continue;
		}
		const item = readItem(text, start, true);
		if (!item) {
			// An unreadable number (too long to be finite): skip its whole run, never re-scan it.
			i = skipNumberRun(text, pos);
			continue;
		}
		// `conv2d`, `gpt4o`: glued to a word and not a ratio or percentage: an identifier.
		if (attach === 'glued' && item.kind !== 'x' && item.kind !== 'percent') {
			i = Math.max(skipToken(text, pos), pos + 1);
			continue;
		}
		item.glued = attach === 'glued';
		const group = readGroup(text, item);
		if (group.kind === 'single' && item.kind === 'none' && item.magnitude === '') bareKind(text, item);
		groups.push(group);
		items += group.items.length;
		i = Math.max(group.end, pos + 1);
	}
	const wordRanges = numberWordRanges(text);
	if (wordRanges.length) {
		const words: NumberGroup[] = [];
		for (const [from, to] of wordRanges) scanNumberWords(text, from, to, words, maxGroups);
		const extra: NumberGroup[] = [];
		for (const w of words) {
			// `a factor of 5`: replace the digit group at 5 by the wider word group.
			const k = overlapping(groups, w);
			if (k < 0) extra.push(w);
			else if (w.items[0].kind === 'x' && groups[k].items[0].kind === 'none') groups[k] = w;
		}
		groups.push(...extra);
		groups.sort((a, b) => a.start - b.start || a.end - b.end);
	}
	return groups;
}
