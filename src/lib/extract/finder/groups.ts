/**
 * A number group read from its first value: ranges (`2.8x-5.8x` is one item; `from 3.1 to 7.4
 * times`, `25x to 80x`, `by 1.5 to 2 points`), before/after pairs (`from 120 ms to 45 ms`, `drops to
 * 38 ms from 91 ms`), pairs against a baseline's value (`83.4% vs. 60.0%`, `up from 41%`) and lists
 * (`1.3x/1.9x`, `93.05%, 70.15% and 67.71%`, `7.4% (28.7%)`). Every separator is a sticky regex at
 * the end of the previous item: the text is read once, left to right.
 */
import { canonicalLevelUnit } from '../../claims/normalize.ts';
import { MAX_LIST, type NumberGroup, type NumberItem } from './items.ts';
import { isYear, ON_BENCHMARK, SCORE_OF } from './scores.ts';
import { isAsciiLetter, isSpace } from './text.ts';
import { unitClass } from './units.ts';
import { readItem } from './values.ts';

const LEVEL_BEFORE = /\b(?:of|is|are|was|were|reaches|reaching|achieves|achieving|attains|at)\s+$/i;
const COMPARED_AFTER = /^\s+(?:higher|lower|more|less|better|worse|above|below|faster|slower)\b/i;
// (`iPhone 15`: a capital anywhere in the word.)
const NAME_BEFORE = /\b[a-z]*[A-Z][A-Za-z]*[ -]$/;

const LIST_SEP = /(?:\/|,\s(?:and|or)\s|,and\s|,\s|\s(?:and|or|&)\s)(?=[+\-−]?\d)/y;
const PAREN_ALT = /\s?\((?=[+\-−]?\d)/y;
// `71.4% vs. 68.2%`, `71.4% accuracy on MMLU, compared with 68.2%`, `4.2%, versus 27.9% for X`: a
// quantity word or two (commas allowed, not `respectively`, which makes a list) and a short setting
// may sit between.
// `83% of trials, up from 41%`: the value before and, after `up/down from`, the baseline's.
const NOUN_BEFORE_COMPARATOR = /^,?\s(?!(?:on|in|for|vs\.?|versus|v\.s\.|compared|against|instead)\b)[A-Za-z]/i;
// The baseline's value may carry a qualifier or a sign of its own (`compared with roughly $1,900`).
const BASELINE_VALUE_AHEAD = String.raw`(?:(?:roughly|about|approximately|nearly|around)\s)?[~≈$]?(?=[+\-−]?\d)`;
const vsSeparator = (word: string) =>
	new RegExp(
		String.raw`,?\s(?:(?!respectively)${word}[\w@'’-]*,?\s){0,8}?(?:(?:on|in|for|at)\s[^,.;()%]{1,40}?,?\s)?\(?(?:vs\.?|versus|v\.s\.|compared\s(?:to|with)|against|instead\sof)\s${BASELINE_VALUE_AHEAD}|\s(?:[A-Za-z][\w@-]*,?\s){0,3}?(?:of\s[a-z]+,?\s)?(?:up|down)\sfrom\s${BASELINE_VALUE_AHEAD}|,\s(?:up|down)\sfrom\s${BASELINE_VALUE_AHEAD}|\s(?:${word}[\w@-]*\s){1,7}?${word}[\w@-]*,\s(?:up|down)\sfrom\s${BASELINE_VALUE_AHEAD}|\s\(from\s(?=[+\-−]?\d[\d.,]*(?:\s?[A-Za-z%]+)?\))`,
		'y'
	);
/** The words between a value and its comparator are words; after a value with a unit they may be
 * numbers too (`81.3% of 600 trials, compared with 52.7%`), but not after a bare number, which
 * would pair across the number that does (`8 A100s, using 4 CPU cores instead of 64`). */
const VS_SEP = vsSeparator('[A-Za-z]');
const VS_SEP_AFTER_UNIT = vsSeparator('[A-Za-z0-9]');
const FROM_BEFORE = /\bfrom\s[<>~≈$]?\s?$/;
const PAIR_AFTER_PAIR = /\bfrom\s[\d.,]+\s?[A-Za-z%×/]*\sto\s[\d.,]+\s?[A-Za-z%×/]*,?\sand\s(?:[\w-]+\s){1,8}?from\s$/;
const FROM_STATISTIC = /\bfrom\s(?:an?|the)\s(?:median|mean|average)\sof\s$/;
const TO_RANGE = /^ to (?=\d)/;
const CHANGED_FROM =
	/\b(?:drops?|dropped|falls?|fell|decreas(?:es|ed)|declin(?:es|ed)|increas(?:es|ed)|rises?|rose|grows?|grew|goes|went|improv(?:es|ed)|reduc(?:es|ed)|cuts?|lower(?:s|ed)|rais(?:es|ed)|boost(?:s|ed)|jumps?|jumped|climbs?|climbed|shrinks?|shrank)(?:\s+[\w'-]+){0,8}?\s+from\s[<>~≈$]?\s?$/i;
// `from 120 ms to 45 ms`, `from >780GB of GPU memory to <48GB`.
// `from 92% at 4K to 37% at 128K`: a short setting may follow the first value.
// (Not `up to`: `by 31% on average and by up to 58%` is two claims.)
const TO_SEP = /(?:\s(?:of|in|for|on)\s[^,.;()\d]{1,30}?|\son\s[^,.;()]{1,40}?|\sat\s[^,.;()\s]{1,12})?(?<!\bup)\sto\s(?:(?:under|below|less than|about|nearly|roughly|around)\s)?[<>~≈$]?\s?(?=[+\-−]?\d)/y;
// `by 1.5 to 2 points`, `speed-ups of 1.5× to 2.3×`: a range of the change.
const BY_BEFORE = /\b(?:by|of)\s$/;
const BETWEEN_BEFORE = /\bbetween\s[<>~≈$]?\s?$/;
const RANGES_FROM = /\b(?:ranges?|ranged|ranging|var(?:y|ies|ied|ying)|spans?|spanning)\s+from\s[<>~≈$]?\s?$/i;
const AND_SEP = /\sand\s(?=[+\-−]?\d)/y;
// `matches full-data tuning on MT-Bench (7.12 vs. 7.08)`: a bracketed pair of scores on a named benchmark.
const BENCHMARK_BRACKET = /\bon\s+(?:the\s+)?[A-Z][\w.-]*(?:[ -][A-Z0-9][\w.-]*)?\s?\($/;

function sameClass(a: NumberItem, b: NumberItem): boolean {
	if (a.kind === 'none' || b.kind === 'none') return a.magnitude === b.magnitude || a.kind !== 'none' || b.kind !== 'none';
	return unitClass(a.unit) === unitClass(b.unit);
}

/** Frequencies in Hz (a pair `1 kHz, compared with 50 Hz` converts; levels keep the unit written). */
const HERTZ: Record<string, number> = { Hz: 1, kHz: 1e3, MHz: 1e6, GHz: 1e9 };

function unitScale(unit: string): { unit: string; scale: number } {
	const hz = HERTZ[unit];
	return hz ? { unit: 'Hz', scale: hz } : canonicalLevelUnit(unit);
}

/** `from 12 minutes to 40 seconds`: a time, size or frequency pair in two units; `a` converts into `b`'s. */
function convertible(a: NumberItem, b: NumberItem): boolean {
	return a.kind === b.kind && (a.kind === 'time' || a.kind === 'size' || a.kind === 'rate') && a.unit !== b.unit && unitScale(a.unit).unit === unitScale(b.unit).unit;
}

function inUnitOf(value: number, from: NumberItem, to: NumberItem): number {
	// 12 significant digits drop the binary noise of the scales (2.3 h is 8280 s, not 8279.999...).
	return Number(((value * unitScale(from.unit).scale) / unitScale(to.unit).scale).toPrecision(12));
}

/** Length of a sticky match of `re` at `at`, 0 when none. */
function sticky(re: RegExp, text: string, at: number): number {
	re.lastIndex = at;
	const m = re.exec(text);
	return m ? m[0].length : 0;
}

/** Whether one of VS_SEP's words comes soon after `pos` (cheaper than trying VS_SEP itself). */
function mayCompare(text: string, pos: number): boolean {
	const near = text.slice(pos, pos + 110);
	return near.includes('vs') || near.includes('versus') || near.includes('compared') || near.includes('against') || near.includes('from') || near.includes('v.s.') || near.includes('instead');
}

const NOUN_AFTER_COUNT = /^ ([A-Za-z][\w-]*)/;
const NOT_A_NOUN = new Set('on in for at with of by and or to from than compared vs versus instead against per across over under when while which that is are was were the a an'.split(' '));

/** `10 GPU-days instead of 3 CPU-years`: two bare counts, each with a noun of its own, count different things. */
function countsOfDifferentThings(text: string, first: NumberItem, second: NumberItem): boolean {
	if (first.kind !== 'none' || second.kind !== 'none') return false;
	const a = NOUN_AFTER_COUNT.exec(text.slice(first.end, first.end + 24))?.[1].toLowerCase() ?? '';
	const b = NOUN_AFTER_COUNT.exec(text.slice(second.end, second.end + 24))?.[1].toLowerCase() ?? '';
	return a !== '' && b !== '' && a !== b && !NOT_A_NOUN.has(a) && !NOT_A_NOUN.has(b);
}

/** `first` against a baseline's single value `second` (in `first`'s unit when the units convert). */
function asPair(group: NumberGroup, first: NumberItem, second: NumberItem): NumberGroup {
	group.kind = 'vs';
	group.baselineValue = convertible(second, first) ? inUnitOf(second.low, second, first) : second.low;
	group.end = second.end;
	return group;
}

/** Extends a first item into a range (`from A to B x`), a pair or a list. */
export function readGroup(text: string, first: NumberItem): NumberGroup {
	const group: NumberGroup = { start: first.start, end: first.end, items: [first], kind: 'single', baselineValue: null };
	// `from`/`between`/`by`/`of` end in `m `/`n `/`y `/`f `: test the characters before the regexes.
	const b1 = text[first.start - 2];
	const b2 = text[first.start - 3];
	const before = b1 === 'm' || b1 === 'n' || b1 === 'y' || b1 === 'f' || b2 === 'm' || b2 === 'n' || text[first.start - 4] === 'm' ? text.slice(Math.max(0, first.start - 10), first.start) : '';
	// `from 3.1 to 7.4 times` is a range; `from 120 ms to 45 ms` a before/after pair; `by 1.5 to 2
	// points` a range of the change.
	// (`Acceptance rates range from 62% to 94%`: a spread of values, a range as `between`.)
	// `drops from a median of 6.2 seconds to 0.4 seconds`: a before/after pair of statistics.
	const fromStatistic = b1 === 'f' && text.startsWith('of ', first.start - 3) && FROM_STATISTIC.test(text.slice(Math.max(0, first.start - 26), first.start));
	const fromBefore = fromStatistic || FROM_BEFORE.test(before);
	const byRange = (!fromStatistic && BY_BEFORE.test(before)) || (fromBefore && RANGES_FROM.test(text.slice(Math.max(0, first.start - 24), first.start)));
	if (fromBefore || BETWEEN_BEFORE.test(before) || byRange) {
		const len = sticky(fromBefore || byRange ? TO_SEP : AND_SEP, text, first.end);
		if (len) {
			const second = readItem(text, first.end + len, true);
			if (second && fromBefore && !byRange && convertible(first, second)) {
				// A before/after pair only: the first value, in the second's unit, is the baseline's.
				group.items = [second];
				group.kind = 'fromTo';
				group.baselineValue = first.low === first.high ? inUnitOf(first.low, first, second) : null;
				group.end = second.end;
				return group;
			}
			if (second && sameClass(first, second)) {
				const unitItem = second.kind !== 'none' ? second : first;
				// `speed-ups from 3.1 to 7.4 times` is a range; `the load drops from 3.4x to 1.2x` (a unit on both) a
				// before/after pair.
				// (`raises A from 2.9 to 3.8 and the speedup from 2.1x to 2.6x`: a pair after a pair.)
				const changedFrom = first.kind === 'x' && second.kind === 'x' && !byRange && (CHANGED_FROM.test(text.slice(Math.max(0, first.start - 90), first.start)) || PAIR_AFTER_PAIR.test(text.slice(Math.max(0, first.start - 120), first.start)));
				if ((BETWEEN_BEFORE.test(before) || byRange || unitItem.kind === 'x') && !changedFrom) {
					first.low = Math.min(first.low, second.low);
					first.high = Math.max(first.high, second.high);
					first.unit = unitItem.unit;
					first.kind = unitItem.kind;
					first.end = second.end;
					group.end = second.end;
					return group;
				}
				if (first.kind === 'none') {
					first.unit = second.unit;
					first.kind = second.kind;
				}
				// `perplexity from 12.4 to 10.9`: a pair of bare values is a measured level; on a named
				// benchmark (`boosts X from 45.3 to 58.1 on MathVista`) a score.
				if (second.kind === 'none' && !isYear(text, first) && !isYear(text, second))
					second.kind = ON_BENCHMARK.test(text.slice(second.end, second.end + 8)) ? 'score' : 'count';
				group.items = [second];
				group.kind = 'fromTo';
				group.baselineValue = first.low === first.high ? first.low : null;
				group.end = second.end;
				return group;
			}
		}
	}
	// `drops to 38 ms from 91 ms`, `falls to 1.2%, from 3.9% for X`: the value reached, then the baseline's.
	if (/\bto\s$/.test(text.slice(Math.max(0, first.start - 4), first.start)) && /^,? from (?=\d)/.test(text.slice(first.end, first.end + 8))) {
		const second = readItem(text, first.end + (text[first.end] === ',' ? 7 : 6), false);
		if (second && second.low === second.high && (convertible(second, first) || (sameClass(first, second) && first.kind !== 'none'))) return asPair(group, first, second);
	}
	// `1.5 to 2 times faster`, `20 to 30%`: a bare number and a second with a factor or percent unit.
	if (first.kind === 'none' && !first.sign && TO_RANGE.test(text.slice(first.end, first.end + 5))) {
		const second = readItem(text, first.end + 4, false);
		if (second && (second.kind === 'x' || second.kind === 'percent') && second.low >= first.low && first.magnitude === '' && second.magnitude === '') {
			first.high = second.high;
			first.unit = second.unit;
			first.kind = second.kind;
			first.end = second.end;
			group.end = second.end;
			return group;
		}
	}
	// `25x to 80x faster`, `20% to 30%`: a range with the unit written on both ends.
	if ((first.kind === 'x' || first.kind === 'percent') && !first.sign && text.startsWith(' to ', first.end)) {
		const second = readItem(text, first.end + 4, false);
		if (second && second.kind === first.kind && second.unit === first.unit && !second.sign && second.low > first.high) {
			first.high = second.high;
			first.end = second.end;
			group.end = second.end;
			return group;
		}
	}
	const vsLen = ((isSpace(text.charCodeAt(first.end)) && (isAsciiLetter(text.charCodeAt(first.end + 1)) || text[first.end + 1] === '(')) || text[first.end] === ',') && mayCompare(text, first.end) ? sticky(first.unit !== '' ? VS_SEP_AFTER_UNIT : VS_SEP, text, first.end) : 0;
	if (vsLen) {
		const second = readItem(text, first.end + vsLen, true);
		// `0.6 seconds versus 2.3 hours`: the baseline's value in the claim's unit.
		if (second && second.low === second.high && convertible(second, first)) return asPair(group, first, second);
		// `a budget of 3,200 expansions, compared with 41.0%`: a bare count with its own noun does not take
		// the unit of the value compared (`3 GPU-days instead of 300` is a pair of bare counts).
		const ownNoun = first.kind === 'none' && second !== null && second.kind !== 'none' && NOUN_BEFORE_COMPARATOR.test(text.slice(first.end, first.end + vsLen));
		if (second && !ownNoun && sameClass(first, second) && second.low === second.high && !countsOfDifferentThings(text, first, second)) {
			if (first.kind === 'none') {
				first.unit = second.unit;
				first.kind = second.kind;
			}
			// `an FID of 3.21, compared to 4.67`: a pair of bare values is a measured level (as `from A to B`);
			// after `a TM-score of`, a score (whose name the lexicon need not know).
			if (first.kind === 'none' && !isYear(text, first) && !isYear(text, second))
				first.kind = SCORE_OF.test(text.slice(Math.max(0, first.start - 30), first.start)) || BENCHMARK_BRACKET.test(text.slice(Math.max(0, first.start - 40), first.start)) ? 'score' : 'count';
			return asPair(group, first, second);
		}
	}
	let last = first;
	while (group.items.length < MAX_LIST) {
		const c0 = text[last.end];
		const parenLen = c0 === '(' || (isSpace(text.charCodeAt(last.end)) && text[last.end + 1] === '(') ? sticky(PAREN_ALT, text, last.end) : 0;
		if (parenLen) {
			const next = readItem(text, last.end + parenLen, true);
			if (next && text[next.end] === ')' && sameClass(last, next)) {
				group.items.push(next);
				group.kind = group.kind === 'single' ? 'paren' : group.kind;
				group.end = next.end + 1;
				last = next;
				continue;
			}
			break;
		}
		const c1 = text[group.end];
		const len = c1 === '/' || c1 === ',' || isSpace(text.charCodeAt(group.end)) ? sticky(LIST_SEP, text, group.end) : 0;
		if (!len) break;
		const next = readItem(text, group.end + len, true);
		// `41.2%, 2.5 points higher`: a level and a change in points are not a list.
		if (!next || !sameClass(last, next) || (last.unit !== '' && next.unit !== '' && last.unit !== next.unit)) break;
		// `AIME 2024 and +9%`: a bare year or count does not start a list of values.
		// (A signed value starts one: `changes by +0.2 and -0.9 points`.)
		if (last.kind === 'none' && last.sign === '' && (next.sign !== '' || /^(?:19|20)\d\d$/.test(text.slice(last.start, last.end)))) break;
		// `a recall of 93.1%, 1.4% higher than X`: a level and the change after it are no list.
		if (group.items.length === 1 && c1 === ',' && LEVEL_BEFORE.test(text.slice(Math.max(0, last.start - 12), last.start)) && COMPARED_AFTER.test(text.slice(next.end, next.end + 12))) break;
		// `a Snapdragon 8 Gen 3, 2.7x faster`, `an iPhone 15, 3x faster`: a bare number after a word with
		// a capital ends a name.
		if (last.kind === 'none' && NAME_BEFORE.test(text.slice(Math.max(0, last.start - 24), last.start))) break;
		group.items.push(next);
		if (group.kind === 'single') group.kind = 'list';
		group.end = next.end;
		last = next;
	}
	// `1.3/1.9x`, `25, 30 and 40%`: items written without a unit take the list's.
	let unitSource: NumberItem | null = null;
	for (let k = group.items.length - 1; k >= 0; k--) {
		const it = group.items[k];
		if (it.kind !== 'none') unitSource = it;
		else if (unitSource && it.magnitude === unitSource.magnitude) {
			it.unit = unitSource.unit;
			it.kind = unitSource.kind;
		}
	}
	return group;
}
