/**
 * Character classes and text windows shared by the finder's parts. Everything here is linear in
 * the window it is given and never looks further than a caller's cap.
 */

/** The finder never looks further than this from a number (keeps work bounded on huge inputs). */
export const WINDOW = 300;

export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}
export function isAsciiLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Letters including accented and other scripts (for identifier detection). */
export function isLetter(c: number): boolean {
	if (isAsciiLetter(c)) return true;
	return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}
export function isAlnum(c: number): boolean {
	return isDigit(c) || isLetter(c);
}
export function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(['vs', 'e.g', 'i.e', 'al', 'etc', 'approx', 'fig', 'eq', 'no', 'cf', 'resp', 'ca']);

function periodEndsSentence(text: string, i: number): boolean {
	// `i` is a `.`, `!` or `?`; it ends a sentence when followed by space and the word before
	// it is not an abbreviation and the period is not a decimal point.
	const next = text.charCodeAt(i + 1);
	if (!(i + 1 >= text.length || isSpace(next))) return false;
	if (text[i] !== '.') return true;
	// `(seq. length 512)`: a sentence does not go on in lowercase.
	let k = i + 1;
	while (k < text.length && k < i + 4 && isSpace(text.charCodeAt(k))) k++;
	const after = text.charCodeAt(k);
	if (after >= 97 && after <= 122) return false;
	let j = i - 1;
	while (j >= 0 && i - j < 8 && (isAsciiLetter(text.charCodeAt(j)) || text[j] === '.')) j--;
	const word = text.slice(j + 1, i).toLowerCase();
	return !ABBREVIATIONS.has(word);
}

/** Bounds [start, end) of the sentence holding `pos`, each at most WINDOW chars away. */
export function sentenceBounds(text: string, pos: number, cap = WINDOW): [number, number] {
	let start = pos;
	const minStart = Math.max(0, pos - cap);
	while (start > minStart) {
		const c = text.charCodeAt(start - 1);
		if ((c === 46 || c === 33 || c === 63) && periodEndsSentence(text, start - 1)) break;
		start--;
	}
	while (start < pos && isSpace(text.charCodeAt(start))) start++;
	let end = pos;
	const maxEnd = Math.min(text.length, pos + cap);
	while (end < maxEnd) {
		const c = text.charCodeAt(end);
		end++;
		if ((c === 46 || c === 33 || c === 63) && periodEndsSentence(text, end - 1)) break;
	}
	return [start, end];
}

/** Words of a lowercase string with their offsets (letters, digits, `-`, `'`, `@`, `/`). */
export interface Word {
	text: string;
	start: number;
	end: number;
}

export function wordsIn(text: string, from: number, to: number): Word[] {
	const out: Word[] = [];
	let i = from;
	while (i < to) {
		const c = text.charCodeAt(i);
		if (isAlnum(c)) {
			const s = i;
			while (i < to) {
				const d = text.charCodeAt(i);
				if (isAlnum(d) || ((d === 45 || d === 39 || d === 0x2019 || d === 64) && i + 1 < to && isAlnum(text.charCodeAt(i + 1))))
					i++;
				else break;
			}
			out.push({ text: text.slice(s, i), start: s, end: i });
		} else i++;
	}
	return out;
}

/** `prune 50%`: a verb that only names its quantity when a number follows it (`the pruned model`,
 * `speedup in pruning` do not). True when text after `end` is a number, perhaps qualified. */
export function numberFollows(text: string, end: number): boolean {
	return /^\s+(?:(?:up to|about|over|nearly|roughly|approximately|more than|~)\s*)?\d/i.test(text.slice(end, end + 24));
}

/** `best prior real- time model` -> `best prior real-time model` where `original` wraps `real-\ntime`
 *  (the finder reads line breaks as spaces; a name taken from that text is joined again). */
export function joinWrappedHyphens(name: string, original: string): string {
	if (!name.includes('- ')) return name;
	return name.replace(/([A-Za-z0-9]+)- ([A-Za-z0-9]+)/g, (all, left: string, right: string) => (original.includes(`${left}-\n${right}`) ? `${left}-${right}` : all));
}
