/**
 * The words around a number group: the noun phrase right after it (`lower (token-level) tail
 * latency`) and the clause before it back to the previous number or a `;`/`:` boundary.
 */
import { isAsciiLetter, isDigit, isSpace, WINDOW } from './text.ts';

const NP_STOP = new Set(
	'as on in across with without while for at by from to over than compared vs vs. versus of and or when which that under using is are was were respectively within per against among between during whereas but thanks due because if so since through via after before while when where who can could may will would'.split(
		' '
	)
);
const NP_MAX_WORDS = 6;
const CHANGE_NOUN = /(?:increase|reduction|improvement|decrease|gains?|savings|speedup|boost|drop|lift)s?\s+$/i;
const NP_MAX_CHARS = 80;
const PER_ENERGY = /^\s+(?:joule|watt|kWh|watt-hour)\b/i;
/** `2.8 GB of peak memory`, `12 ms of retrieval latency`: a size or time names its quantity after `of` too. */
const MEASURE_BEFORE = /(?:[KMGT]i?B|bytes|(?:\d|\s)(?:ms|s|sec|seconds?|min|minutes?|h|hours?|us|ns))$/;

/** Letters, digits and the joiners of words such as `top-1`, `pass@1`, `tokens/s`, `model's`. */
function isWordChar(c: number): boolean {
	return isAsciiLetter(c) || isDigit(c) || c === 64 || c === 45 || c === 39 || c === 0x2019 || c === 47;
}

/** End offset of the phrase after `pos` (== pos when none). */
export function phraseAfter(text: string, pos: number): number {
	let i = pos;
	let words = 0;
	let end = pos;
	let lastWord = '';
	const limit = Math.min(text.length, pos + NP_MAX_CHARS);
	while (i < limit && words < NP_MAX_WORDS) {
		while (i < limit && isSpace(text.charCodeAt(i))) i++;
		if (i >= limit) break;
		const c = text[i];
		if (c === '(') {
			// `(token-level)`: a bracketed modifier without numbers is part of the phrase.
			// Searched in a bounded slice: `indexOf` on the text would run to its end.
			const rel = text.slice(i, i + 31).indexOf(')');
			const close = rel < 0 ? -1 : i + rel;
			if (close < 0 || /\d/.test(text.slice(i, close))) break;
			i = close + 1;
			continue;
		}
		let j = i;
		while (j < limit && isWordChar(text.charCodeAt(j))) j++;
		if (j === i) break;
		const word = text.slice(i, j).toLowerCase();
		// `a 2.5-fold increase in goodput`: a change noun takes its quantity with `in`/`of`.
		const changeOf = (word === 'in' || word === 'of') && CHANGE_NOUN.test(text.slice(Math.max(pos, i - 14), i));
		// `7.6% of the tokens`, `90% of vLLM's throughput`: a share names its quantity after `of`.
		const shareOf = word === 'of' && words === 0 && (text.charCodeAt(pos - 1) === 37 || MEASURE_BEFORE.test(text.slice(Math.max(0, pos - 8), pos)));
		// `3.2x more tokens per joule`: an efficiency's denominator is part of its name.
		const perEnergy = word === 'per' && PER_ENERGY.test(text.slice(j, j + 12));
		if (NP_STOP.has(word) && !(word === 'as' && words === 0) && !changeOf && !shareOf && !perEnergy) break;
		// `relative reduction` is part of the phrase; `relative to X` starts a baseline.
		if (word === 'relative' && /^\s+to\b/i.test(text.slice(j, j + 4))) break;
		// `at a 2.6x speedup the drop is 0.7`: a determiner after the phrase's words starts another one.
		if ((word === 'the' || word === 'a' || word === 'an') && words > 0 && lastWord !== 'of' && lastWord !== 'in') break;
		lastWord = word;
		if (word !== 'as') end = j;
		i = j;
		words++;
	}
	return end;
}

/** Start of the clause before `pos`: after the previous group, a `;`/`:`, within the sentence. */
export function clauseStart(text: string, sentenceStart: number, previousEnd: number, pos: number): number {
	let start = Math.max(sentenceStart, previousEnd, pos - WINDOW);
	// `..., while staying within ...`: a new clause starts after a conjunction.
	const conj = /(?:,\s*|\s)(?:while|whereas|but|yet|thereby)\s/g;
	const window = text.slice(start, pos);
	let m: RegExpExecArray | null;
	let cut = -1;
	while ((m = conj.exec(window)) !== null) cut = m.index + m[0].length;
	if (cut >= 0) start += cut;
	for (let i = pos - 1; i >= start; i--) {
		const c = text[i];
		// `std::sort` is a name, not a clause boundary.
		if (c === ';' || (c === ':' && !/\d/.test(text[i + 1] ?? '') && text[i + 1] !== ':' && text[i - 1] !== ':')) {
			start = i + 1;
			break;
		}
	}
	return start;
}

/** No clause boundary (`;`, sentence end) between a and b. */
export function sameClause(text: string, a: number, b: number): boolean {
	if (Math.abs(b - a) > WINDOW) return false;
	// A bounded loop: `indexOf` would run to the end of the text when there is no `;`.
	for (let i = Math.min(a, b); i < Math.max(a, b); i++) if (text.charCodeAt(i) === 59) return false;
	return true;
}
