/**
 * The claim finder: every claimed number of one paper's text as a normalized claim row.
 *
 * Pipeline per number group (see finder/): scan numbers and units (numbers.ts) -> drop what is not a
 * claim (bare counts, identifiers, model sizes, settings: exclusions.ts; a baseline's own numbers:
 * baseline-numbers.ts; background sentences) -> read the words around the group (words-around.ts)
 * and each item's quantity, direction and change (item-quantity.ts) -> baseline (the mentions in
 * reach: clauses.ts) and context from the sentence -> quote = the minimal span holding the number
 * and what it measures -> normalize.
 *
 * What must stay true for every row: `abstract.slice(start, end) === quote`, finite values with
 * `value_low <= value_high`, `norm_low <= norm_high`, rows numbered 1.. by (start, end). Work is
 * bounded to windows of a few hundred characters around each number; text without digits or
 * number words costs one regex test.
 */
import { applyNormalization } from '../claims/csv.ts';
import { type Claim, type Metric, type Qualifier, METRIC_INFO } from '../claims/schema.ts';
import { baselinesPerItem, findBaselines, nameAt, pickBaseline, type BaselineMention } from './finder/baseline.ts';
import { isBaselinesNumber, isInBeatenName } from './finder/baseline-numbers.ts';
import { baselinesInReach } from './finder/clauses.ts';
import { contextAfter, contextBefore, contextOfSentence, parenContexts, respectiveContexts } from './finder/context.ts';
import { type Direction, resolveChange } from './finder/direction.ts';
import { excludeItem, introductionStart, isBackgroundSentence, isSetting, ownWorkBefore } from './finder/exclusions.ts';
import { metricHits } from './finder/metric.ts';
import { ownNames } from './finder/names.ts';
import { type NumberGroup, scanNumbers } from './finder/numbers.ts';
import { hasNumberWordMarker } from './finder/number-words.ts';
import { phraseAfter, sameClause } from './finder/phrase.ts';
import { strongest } from './finder/qualifiers.ts';
import { readItemQuantity } from './finder/item-quantity.ts';
import { joinWrappedHyphens, sentenceBounds } from './finder/text.ts';
import { type Draft, readWordsAround } from './finder/words-around.ts';
import type { Paper } from './types.ts';

/**
 * Resource bounds: an abstract states tens of claims. Text with more numbers than this is data,
 * not prose; reading stops there so that any input costs bounded time.
 */
const MAX_GROUPS = 2000;
const MAX_CLAIMS = 1000;

/** Cheap test: text without a digit or a number word's marker holds no claim. */
const DIGIT = /[0-9]/;

/** What is worked out once per sentence. */
interface SentenceCache {
	context?: string;
	averaged?: boolean;
}

const VS_OWNER = /^\s+(?:for|of|by|from)\s+(?:the\s+)?/i;
const NOUN_AFTER = /^ [A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?(?=,| (?:vs|versus|compared|instead|against)\b)/;
const BELOW_ABOVE = /^\s+(?:(below|behind|short of)|(above|ahead of))\s+(?:the\s+)?/i;
const NEGATED_BEFORE = /\b(?:no|never|not|none of (?:the|our)|without)\s+(?:[\w-]+\s+){0,3}$/i;
const UNCHANGED_BEFORE = /\b(?:unchanged|unaffected|stable|constant|steady)\s+$/i;
const WITHIN_OF = /^\s+of\s+(?:the\s+)?/i;
const SENTENCE_AVERAGE = /^(?:on average|on avg\.?|in average|averaged over [^,.;]{1,60}|averaging over [^,.;]{1,60}),/i;

const PARALLEL_BY = /^(?:,\s|\s)(?:and\s)?[\w@.-]+(?:\s[\w@.-]+)?\sby\s(?:up to\s|about\s)?$/i;

function claimsOfGroup(
	paper: Paper,
	group: NumberGroup,
	previousEnd: number,
	sentence: [number, number],
	baselines: BaselineMention[],
	previous: Draft | null,
	valuedStarts: number[],
	sentenceCache: SentenceCache
): Draft[] {
	const text = paper.abstract;
	if (isInBeatenName(text, group, baselines)) return [];
	// `keeping the success rate at 61.2% compared with 62.0%`: a value set against a baseline's is a result.
	const live = group.items.filter((it) => excludeItem(it) === null && (group.kind === 'vs' || !isSetting(text, it, group.end)));
	if (live.length === 0) return [];
	const [ss, se] = sentence;
	const words = readWordsAround(text, group, previousEnd, ss, baselines, previous);
	const { lead, openBracket, npEnd, npDirs, head, headAfter, phraseStart, phraseQualifier, quoteEndBase } = words;

	const drafts: Draft[] = [];
	let respectively = live.length > 1 ? respectiveContexts(text, ss, se, group.start, group.end, group.items.length) : null;
	if (!respectively && live.length > 1 && ss > 1 && /\brespectively\b/i.test(text.slice(ss, se))) {
		// `We evaluate on A, B, and C models. ... 25%, 21%, and 33% respectively`: the list is in
		// the previous sentence.
		const [ps, pe] = sentenceBounds(text, ss - 2);
		respectively = respectiveContexts(text.slice(0, pe) + ' respectively', ps, pe + 13, ps, ps, group.items.length);
	}
	const parens = group.kind === 'paren' && group.items.length === 2 ? parenContexts(text, ss, se) : null;
	const baseline = pickBaseline(
		baselinesInReach(text, group, baselines),
		group.start,
		group.end,
		(a, b) => sameClause(text, a, b),
		// `improves NDCG@10 by 4.1% and HR@10 by 3.2% over SASRec`: values in a parallel list (`and X
		// by N`) share the baseline named after the last.
		(a, b) => valuedStarts.some((s) => s > a && s < b && !PARALLEL_BY.test(text.slice(a, s)))
	);
	const perItemBaselines = baseline && group.items.length > 1 ? baselinesPerItem(text, baseline, group.items.length) : null;
	const sentenceContext = sentenceCache.context ??= contextOfSentence(text, ss, se);
	for (let k = 0; k < group.items.length; k++) {
		const item = group.items[k];
		if (!live.includes(item)) continue;
		const reading = readItemQuantity(text, group, item, words, previous, previousEnd, ss);
		if (!reading) continue;
		const { named, rateNamed, timeNamed, sizeNamed, energyNamed, metric, higherIsBetter, dir, multipleOf } = reading;
		let { change } = reading;
		// `within 0.3 points of the FP16 model`: at most that far below (or, for an error, above) it.
		let withinOf = multipleOf;
		let relEnd = 0;
		// `71.4% on MMLU, compared with 68.2% for Llama-2-13B`: the pair's baseline follows it.
		if (group.kind === 'vs') {
			// `38 GPU hours, compared with 1,900 GPU hours for X`: the noun of both values is skipped.
			const noun = NOUN_AFTER.exec(text.slice(group.items[0].end, group.items[0].end + 30))?.[0] ?? '';
			const from = noun && text.startsWith(noun, group.end) ? group.end + noun.length : group.end;
			const m = VS_OWNER.exec(text.slice(from, from + 8));
			// `3.2 GB instead of 41 GB of memory`: a quantity word there is not the baseline.
			const at = m ? from + m[0].length : 0;
			const owner = m ? nameAt(text, at) : '';
			// (A proper name may hold a metric word: `Fast Downward`.)
			if (owner && (/^[A-Z]/.test(owner) || metricHits(text, at, at + owner.length).length === 0)) withinOf = owner;
		}
		// `only 0.4% below the full model`: a distance to a named baseline, in points.
		if (k === group.items.length - 1 && (item.unit === 'pp' || item.kind === 'score' || (item.unit === '%' && metric && (metric === 'accuracy' || metric === 'error')))) {
			const rel = BELOW_ABOVE.exec(text.slice(item.end, item.end + 16));
			if (rel) {
				const name = nameAt(text, item.end + rel[0].length);
				if (name) {
					withinOf = name;
					change = rel[1] ? 'decrease' : 'increase';
					relEnd = item.end + rel[0].search(/\S/) + (rel[1] ?? rel[2]).length;
				}
			}
		}
		// `within 99.99% of the baseline` is a ratio reached, not a distance: only small distances.
		const distance = item.unit === 'pp' || (item.unit === '%' && item.high < 50) || item.kind === 'score';
		// (`Bandwidth usage is unchanged within 0.5%`: either way, a level.)
		if (k === 0 && distance && lead.qualifier === 'at_most' && /^within\b/i.test(text.slice(lead.start, lead.start + 7)) && !UNCHANGED_BEFORE.test(text.slice(Math.max(0, lead.start - 24), lead.start))) {
			const of = WITHIN_OF.exec(text.slice(group.end, group.end + 12));
			if (of) {
				withinOf = nameAt(text, group.end + of[0].length);
				// `within 8% of it`: a pronoun names no baseline (the sentence's own is used).
				if (/^(?:it|them|this|that)$/i.test(withinOf)) withinOf = baseline?.name ?? '';
				change = resolveChange('worse', higherIsBetter);
			} else {
				// `comparable accuracy to LoRA (within 0.3 points on GLUE)`, `keeping accuracy within 1 point`:
				// within that far of the baseline, named or not.
				change = resolveChange('worse', higherIsBetter);
			}
		}
		let qualifier: Qualifier = strongest(lead.qualifier, phraseQualifier);
		// `no query regresses by more than 10%`: a bound from above.
		if (lead.qualifier === 'at_least' && NEGATED_BEFORE.test(text.slice(Math.max(ss, lead.start - 60), lead.start))) qualifier = 'at_most';
		if (item.approximate) qualifier = strongest(qualifier, 'about');
		// `On average, it reduces memory by 37%`: a sentence-initial `on average` covers its claims.
		if ((sentenceCache.averaged ??= SENTENCE_AVERAGE.test(text.slice(ss, ss + 80)))) qualifier = strongest(qualifier, 'average');
		// A phrase before the number is quoted unless the words after it say what changed.
		const quoteBefore = head !== null && !headAfter && npDirs.length === 0 && !rateNamed && !timeNamed;
		let start = Math.min(quoteBefore && !relEnd ? phraseStart : k === 0 ? lead.start : item.start, item.start);
		// `(<1%) accuracy loss`: the bracket that the words after close is quoted.
		if (openBracket >= 0) start = Math.min(start, openBracket);
		// A before/after pair is quoted whole (`from 12 minutes to 40 seconds`).
		if (group.kind === 'fromTo') start = Math.min(start, group.start);
		let end = Math.max(item.end, headAfter || npDirs.length ? quoteEndBase : 0, group.kind === 'vs' || group.kind === 'fromTo' ? group.end : 0);
		if (k === 0 && group.kind === 'paren') end = Math.max(end, item.end);
		if (relEnd) end = Math.max(end, relEnd);
		const opened = countChar(text, start, end, '(') - countChar(text, start, end, ')');
		// An opened bracket is closed within the quote (`27.8 dB (vs. 28.4 dB for NeRF)`).
		if (opened > 0) {
			const close = /^[^().;]{0,60}\)/.exec(text.slice(end, end + 61));
			if (close) end += close[0].length;
		}
		let context = '';
		if (respectively) context = respectively[k];
		else if (parens) context = parens[k];
		else
			context =
				(group.kind === 'vs' ? contextAfter(text, phraseAfter(text, item.end)) : '') ||
				contextAfter(text, Math.max(npEnd, group.end)) ||
				contextBefore(text, start, item.start) ||
				sentenceContext;
		if (withinOf && context === withinOf) context = sentenceContext;
		const claim: Claim = {
			paper_id: paper.paper_id,
			title: paper.title,
			date: paper.date,
			claim: 0,
			quote: text.slice(start, end),
			start,
			end,
			metric,
			higher_is_better: higherIsBetter,
			value_low: item.low,
			value_high: item.high,
			unit: item.unit,
			qualifier,
			change,
			baseline: withinOf || (perItemBaselines ? perItemBaselines[k] : baseline ? baseline.name : ''),
			baseline_value: group.baselineValue,
			context,
			norm_kind: '',
			norm_low: null,
			norm_high: null,
			norm_unit: ''
		};
		drafts.push({
			claim,
			sentenceStart: ss,
			groupStart: group.start,
			groupEnd: group.end,
			// (A rate or energy its unit names, too: `3.1 TOPS/W, an order of magnitude better than an A100`.)
			metricFromWords: head !== null || words.inherit || sizeNamed || timeNamed || rateNamed || energyNamed || (item.kind === 'score' && named !== null),
			direction: dir,
			phraseQualifier,
			leadingQualifier: lead.qualifier,
			signed: item.sign !== ''
		});
	}
	return drafts;
}

function countChar(text: string, from: number, to: number, ch: string): number {
	let n = 0;
	for (let i = from; i < to; i++) if (text[i] === ch) n++;
	return n;
}

/** A leading `up to` carries over a coordinated list of claims (`up to 2.2x higher X, 20x lower Y`). */
function carryLeadingUpTo(text: string, drafts: Draft[]): void {
	for (let k = 1; k < drafts.length; k++) {
		const prev = drafts[k - 1];
		const cur = drafts[k];
		if (cur.sentenceStart !== prev.sentenceStart || cur.claim.qualifier !== 'exact') continue;
		if (prev.claim.qualifier !== 'up_to' || cur.groupStart === prev.groupStart) continue;
		const gap = text.slice(prev.groupEnd, cur.groupStart);
		if (gap.length > 100 || /[;.:()]|\bby\b|\bof\b|\bwhile\b|\bwhereas\b/.test(gap) || !/,|\band\b/.test(gap)) continue;
		cur.claim.qualifier = 'up_to';
		cur.leadingQualifier = 'up_to';
	}
}

/** Tabs, carriage returns and no-break or thin spaces (line breaks are handled first: most common). */
const RARE_SPACES = ['\t', '\r', '\u00a0', '\u2009', '\u202f'];
/** `≈` and `∼`, read as `~`. */
const TILDES = ['\u2248', '\u223c'];

/** `text` with line breaks, tabs and no-break or thin spaces as plain spaces and `≈`/`∼` as `~`: same
 *  length and offsets. */
function withPlainSpaces(text: string): string {
	// split/join and indexOf measured several times faster than a character-class regex test and
	// replace on 10,000 abstracts. (replaceAll is faster by itself, 3.6 ms against 6.6 ms, but the
	// whole finder then took ~30 ms longer on the same corpus, in alternating runs: keep split/join.)
	let plain = text.indexOf('\n') >= 0 ? text.split('\n').join(' ') : text;
	for (const space of RARE_SPACES) if (plain.indexOf(space) >= 0) plain = plain.split(space).join(' ');
	// `≈30 ms`, `∼2x`: the rules write `~` for all three (one UTF-16 unit each, offsets unchanged).
	for (const tilde of TILDES) if (plain.indexOf(tilde) >= 0) plain = plain.split(tilde).join('~');
	return plain;
}

export function findClaims(input: Paper): Claim[] {
	// The rules are written with plain spaces (`up to`, `compared to`, `45 ms`), but arXiv abstracts
	// wrap lines and some texts use no-break or thin spaces. Each of those is one UTF-16 unit, so the
	// text read with them as spaces has the same length and offsets; quotes are cut from the original.
	const original = input.abstract;
	const plain = withPlainSpaces(original);
	const paper = plain === original ? input : { ...input, abstract: plain };
	const text = paper.abstract;
	if (!DIGIT.test(text) && !hasNumberWordMarker(text)) return [];
	const groups = scanNumbers(text, MAX_GROUPS);
	if (groups.length === 0) return [];
	// The own names are computed on first need, through one closure per paper (tsx wraps every
	// closure bound to a name in a naming call when it is created: not one per sentence or number).
	let names: string[] | null = null;
	const own = () => (names ??= ownNames(paper.title, text));
	let introStart: number | undefined;
	let ownBefore: boolean | undefined;
	// Starts of groups that carry a unit: a tight baseline (`over X`) binds to the nearest one.
	const valued = groups.filter((g) => g.items.some((it) => it.kind !== 'none')).map((g) => g.start);
	const drafts: Draft[] = [];
	let sentence: [number, number] = [-1, -1];
	let baselines: BaselineMention[] = [];
	let background = false;
	let sentenceCache: SentenceCache = {};
	let previousEnd = 0;
	for (const group of groups) {
		if (drafts.length >= MAX_CLAIMS) break;
		// Most numbers (counts, years, identifiers) are dropped before any sentence work.
		if (group.items.every((it) => excludeItem(it) !== null)) continue;
		if (group.start >= sentence[1] || group.start < sentence[0]) {
			sentence = sentenceBounds(text, group.start);
			baselines = findBaselines(text, sentence[0], sentence[1]);
			const sentenceText = text.slice(sentence[0], sentence[1]);
			// Numbers before the sentence introducing the paper's work set out the problem (exclusions.ts).
			introStart ??= introductionStart(text);
			background =
				isBackgroundSentence(sentenceText, own) || (introStart > 0 && sentence[1] <= introStart && !(ownBefore ??= ownWorkBefore(text, introStart, own)));
			sentenceCache = {};
		}
		if (!background) {
			const previous = drafts.length ? drafts[drafts.length - 1] : null;
			const baselinesOwn = isBaselinesNumber(text, group, own);
			const found = baselinesOwn ? [] : claimsOfGroup(paper, group, previousEnd, sentence, baselines, previous, valued, sentenceCache);
			drafts.push(...found);
			// Only claims bound the clause of the next number: `16-bit` or `AIME 2024` do not. A claim's
			// quote (`4x larger batch size`) is its own: the next clause starts after it.
			for (const d of found) previousEnd = Math.max(previousEnd, group.end, d.claim.end);
			// `exceeding GPT-4o-mini (88.7%), with a latency of 0.9 s`: the compared system and its number
			// end the clause too (the latency does not take `exceeding` as its direction).
			if (baselinesOwn) previousEnd = Math.max(previousEnd, group.end + 1);
		}
	}
	carryLeadingUpTo(text, drafts);
	if (paper !== input)
		for (const d of drafts) {
			d.claim.quote = original.slice(d.claim.start, d.claim.end);
			// `real-\ntime` wrapped at its hyphen reads `real- time` in the plain text: names join it again.
			d.claim.baseline = joinWrappedHyphens(d.claim.baseline, original);
			d.claim.context = joinWrappedHyphens(d.claim.context, original);
		}
	const claims = drafts
		.map((d) => applyNormalization(d.claim))
		.filter((c) => Number.isFinite(c.value_low) && Number.isFinite(c.value_high) && c.value_low <= c.value_high);
	claims.sort((a, b) => a.start - b.start || a.end - b.end);
	claims.forEach((c, i) => (c.claim = i + 1));
	return claims;
}
