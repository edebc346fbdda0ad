/**
 * Qualifiers: `up to`, `on average`, `about`, `at least`, `at most`, read from the words right
 * before a number (a few at most: `up to ~9%`) and from the phrase around it.
 */
import type { Qualifier } from '../../claims/schema.ts';
import { isSpace } from './text.ts';

const BEFORE =
	/(?:\b(up to|as much as|as high as|as many as|as large as|as little as|as few as|as low as|peaking at)|\b(on average|an average of|average of|averaging|averages|averaged|a mean of|mean of|on avg\.?)|(?:\b(?:approximately|approx\.|about|roughly|around|nearly|almost|close to|circa|some)|~|≈|∼)|(?:\b(?:over|more than|at least|above|exceeding|exceeds?|exceeded|greater than|upwards of|in excess of|beyond)|>|≥)|(?:\b(?:less than|under|below|within|at most|fewer than|no more than|lower than|never exceeds?|never exceeded|(?:does|did) not exceed)|<|≤)|\b(?:only|just|a|an|by|merely|of)|[+(])\s*$/i;

const PRIORITY: Record<Qualifier, number> = { up_to: 5, at_least: 4, at_most: 3, about: 2, average: 1, exact: 0 };

function classify(word: string): Qualifier | null {
	const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
	if (/^(?:up to|as much as|as high as|as many as|as large as|as little as|as few as|as low as|peaking at)$/.test(w)) return 'up_to';
	if (/^(?:on average|an average of|average of|averaging|averages|averaged|a mean of|mean of|on avg\.?)$/.test(w)) return 'average';
	if (/^(?:approximately|approx\.|about|roughly|around|nearly|almost|close to|circa|some|~|≈|∼)$/.test(w)) return 'about';
	if (/^(?:over|more than|at least|above|exceeding|exceeds?|exceeded|greater than|upwards of|in excess of|beyond|>|≥)$/.test(w)) return 'at_least';
	if (/^(?:less than|under|below|within|at most|fewer than|no more than|lower than|never exceeds?|never exceeded|(?:does|did) not exceed|<|≤)$/.test(w)) return 'at_most';
	return null;
}

export interface QualifierFound {
	qualifier: Qualifier;
	/** Start of the qualifier words (for the quote); equals `pos` when none. */
	start: number;
}

// Last words of the qualifiers (and of the words skipped between them and a number).
const TAIL_WORDS = new Set(
	'to at as average averaging averages averaged of approximately approx about roughly around nearly almost circa some over than least above exceeding beyond under below within most only just a an merely avg exceed exceeds exceeded'.split(' ')
);
const TAIL_SYMBOLS = new Set(['~', '≈', '∼', '>', '≥', '<', '≤', '+', '(']);

/** Cheap test on the token right before `pos`: can a qualifier end there? */
function mayEndWithQualifier(text: string, pos: number): boolean {
	let i = pos;
	while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
	if (i === 0) return false;
	if (TAIL_SYMBOLS.has(text[i - 1])) return true;
	let j = i;
	while (j > 0 && i - j < 16) {
		const c = text.charCodeAt(j - 1);
		if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) j--;
		else break;
	}
	let word = text.slice(j, i).toLowerCase();
	if (word.endsWith('.')) word = word.slice(0, -1);
	if (!TAIL_WORDS.has(word)) return false;
	// `of`, `to`, `a`: only after a qualifier's own word (`average of`, `up to`, `only a`).
	if (word === 'of' || word === 'to' || word === 'a' || word === 'an') {
		let k = j;
		while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
		let h = k;
		while (h > 0 && k - h < 12 && /[A-Za-z]/.test(text[h - 1])) h--;
		const prev = text.slice(h, k).toLowerCase();
		if (word === 'of') return OF_HEADS.has(prev);
		if (word === 'to') return prev === 'up' || prev === 'close';
		return TAIL_WORDS.has(prev) && prev !== 'a' && prev !== 'an';
	}
	return true;
}

const OF_HEADS = new Set(['average', 'mean', 'upwards', 'excess']);

/** Qualifier words directly before `pos` (skipping `only`, `a`, signs), strongest wins. */
export function qualifierBefore(text: string, pos: number): QualifierFound {
	if (!mayEndWithQualifier(text, pos)) return { qualifier: 'exact', start: pos };
	let best: Qualifier = 'exact';
	let start = pos;
	let cursor = pos;
	for (let step = 0; step < 4; step++) {
		const window = text.slice(Math.max(0, cursor - 24), cursor);
		const m = BEFORE.exec(window);
		if (!m) break;
		const word = m[0].trim();
		const q = classify(word);
		if (word.toLowerCase() === 'by' || word.toLowerCase() === 'of') {
			// `by up to`: a qualifier never sits before `by`; stop here.
			break;
		}
		cursor -= m[0].length;
		if (q) {
			if (PRIORITY[q] > PRIORITY[best]) best = q;
			start = cursor + (m[0].length - m[0].trimStart().length);
		}
		if (cursor <= 0) break;
	}
	return { qualifier: best, start };
}

/** `on average` right after a phrase; `average`/`mean` inside the measured phrase. */
export function qualifierAround(phrase: string, after: string): Qualifier | null {
	// (`2.7x (geometric mean)`, `1.8x geomean`: a mean too.)
	if (/^,?\s*(?:on average|on avg\.?|in average|\(?(?:geometric|harmonic|arithmetic) mean\b|\(?geo-?mean\b|on geometric mean|in geometric mean)/i.test(after)) return 'average';
	// (Not the `mean` of a metric's name: `mean opinion score`, `mean absolute error`, `mean squared error`.)
	if (/\b(?:average|avg\.?|mean(?! (?:opinion|absolute|squared|average precision|reciprocal)))\b/i.test(phrase)) return 'average';
	return null;
}

export function strongest(a: Qualifier, b: Qualifier | null): Qualifier {
	if (!b) return a;
	return PRIORITY[b] > PRIORITY[a] ? b : a;
}
