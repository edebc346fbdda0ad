/**
 * The claim finder: every claimed number of one paper's text as a normalized claim row.
 *
 * Pipeline per number group (see finder/): scan numbers and units -> drop what is not a claim
 * (bare counts, identifiers, model sizes, settings, background sentences) -> read the measured
 * quantity, its direction and qualifier from the phrase after the number or the clause before
 * it -> baseline and context from the sentence -> quote = the minimal span holding the number
 * and what it measures -> normalize.
 *
 * What must stay true for every row: `abstract.slice(start, end) === quote`, finite values with
 * `value_low <= value_high`, `norm_low <= norm_high`, rows numbered 1.. by (start, end). Work is
 * bounded to windows of a few hundred characters around each number; text without digits or
 * number words costs one regex test.
 */
import { applyNormalization } from '../claims/csv.ts';
import { type Claim, type Metric, type Qualifier, METRIC_INFO } from '../claims/schema.ts';
import { findBaselines, nameAt, pickBaseline, splitBaseline, type BaselineMention } from './finder/baseline.ts';
import { contextAfter, contextBefore, contextOfSentence, parenContexts, respectiveContexts } from './finder/context.ts';
import { type Direction, resolveChange } from './finder/direction.ts';
import { excludeItem, isBackgroundSentence, isSetting } from './finder/exclusions.ts';
import { metricHits } from './finder/metric.ts';
import { ownNames } from './finder/names.ts';
import { type NumberGroup, scanNumbers } from './finder/numbers.ts';
import { hasNumberWordMarker } from './finder/number-words.ts';
import { phraseAfter, sameClause } from './finder/phrase.ts';
import { strongest } from './finder/qualifiers.ts';
import { defaultMetric, pairDefaultMetric, quantityOfItem } from './finder/quantity.ts';
import { sentenceBounds } from './finder/text.ts';
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

/** `..., and decoding is 1.8x faster`: a new clause with its own subject and verb; a baseline named
 * before it does not reach into it. */
// (`while query time grows by 35 ns`, `and one ensemble takes 3.8 s`: other verbs need a subject before them.)
const NEW_CLAUSE =
	/(?:,\s*|\s)(?:and|but|while|whereas|yet)\s+(?:(?:[\w-]+\s+){0,10}?(?:is|are|was|were|becomes?|remains?|runs?)|(?:[\w-]+\s+){1,4}?(?:takes?|took|grows?|grew|rises?|rose|stays?|stayed|completes|finishes))\s/i;
/** A new clause with a subject of its own (`, and decoding is 2.6x faster than FP16`): a baseline named in
 * it is not the one of a number before it (`lowers error by 27% and runs 6.4x faster than X` shares X). */
/** `3.4x more than llama.cpp, while its MMLU score drops from 45.1 to 43.9`: a before/after pair in a
 * clause of its own compares the method with itself, not with the baseline named before. */
const PAIR_CLAUSE = /(?:,\s*|\s)(?:while|whereas|and)\s+(?:[\w-]+\s+){1,6}?(?:drops?|dropped|falls?|fell|decreases?|decreased|increases?|increased|improves?|improved|declines?|declined|rises?|rose|goes|went|changes?|changed)\s/i;
const NEW_SUBJECT_CLAUSE =
	/(?:,\s*|\s)(?:and|but|while|whereas|yet)\s+(?:[\w-]+\s+){1,4}?(?:is|are|was|were|becomes?|remains?|runs?|takes?|took|grows?|grew|rises?|rose|stays?|stayed)\s/i;
const VS_OWNER = /^\s+(?:for|of|by|from)\s+(?:the\s+)?/i;
const BELOW_ABOVE = /^\s+(?:(below|behind|short of)|(above|ahead of))\s+(?:the\s+)?/i;
const NEGATED_BEFORE = /\b(?:no|never|not|none of (?:the|our)|without)\s+(?:[\w-]+\s+){0,3}$/i;
const THRESHOLD_BEFORE_SHARE = /\bwithin\s+[\d.]+\s?\S*\s+(?:[A-Za-z-]+\s+){0,2}(?:for|in|on)\s+$/i;
// `open models fall below 10%`: the level a quantity falls to, not a change of that size.
// (Not a change bounded: `accuracy loss stays below 1%`, `a score drop below 0.3`.)
const FALLS_PAST = /\b(?<!(?:loss|drop|degradation|gap|overhead|increase|decrease|slowdown|reduction|penalty|regression)\s+)(?:falls?|fell|dropped|rises?|rose|climbs?|climbed|goes|went|sinks?|sank)\s+$/i;
const ACCOUNTS_FOR = /\b(?:accounts?|accounted|accounting)\s+for\s+$|\b(?:makes?|made|making)\s+up\s+$|\b(?:constitutes?|constituted|comprises?|comprised|represents?|represented)\s+$/i;
const AT_THE_COST_OF = /\bat\s+(?:the|a)\s+cost\s+of\s+$/i;
const UNCHANGED_BEFORE = /\b(?:unchanged|unaffected|stable|constant|steady)\s+$/i;
const WITHIN_OF = /^\s+of\s+(?:the\s+)?/i;
const SENTENCE_AVERAGE = /^(?:on average|on avg\.?|in average|averaged over [^,.;]{1,60}|averaging over [^,.;]{1,60}),/i;




const BASELINES_OWN =
	/\b(?:surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|approach(?:es|ed|ing)?|match(?:es|ed|ing)?|rival(?:s|ed|ing)?|than|over|vs\.?|versus|compared (?:to|with)|against)\s+(?:the\s+)?[A-Za-z][\w.+/-]*(?:[ -][A-Za-z0-9][\w.+/-]*){0,3}\s?\($/i;

const BASELINE_USING = /\b(?:on par with|than|compared (?:to|with)|versus|vs\.?|matching)\s+(?:[\w-]+\s+){0,3}?(?:using|that use|trained (?:on|with))\s+(?:only\s+)?$/i;
const COMPARED_WITH_A = /\b(?:compared (?:to|with)|versus|vs\.?|than)\s+an?\s+$/i;
const BASELINE_CHAIN = /\b(?:compared (?:to|with)|versus|vs\.?)\s+[\d.,]+\s?(?:%|x|×)?\s+for\s+(?:the\s+)?[\w.+-]+(?:\s[\w.+-]+)?,?\s+and\s+$/i;
const WHICH_OF_BASELINE = /\b(?:for|than|over|vs\.?|versus)\s+(?:the\s+)?[A-Z][\w.+-]*(?:[ -][\w.+-]+){0,2},\s+which\s+(?:[\w-]+\s+){0,3}$/;
const POSSESSIVE_BASELINE =
	/\b(?:comparable to|similar to|close to|on par with|than|vs\.?|versus|compared (?:to|with)|matching|matches|against|over)\s+(?:the\s+)?[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?['’]s\s$/;
// `beats random 5% subsets by 0.6 points`: the number is inside the name of what is beaten.
const NAME_GOES_ON_TO_BY = /^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+by\s+(?:up to\s+|about\s+|nearly\s+)?[~<>]?\d/;
const BRACKET_CLOSES = /^(?:\)|\s[^()\d;]{0,40}\))/;
const NAMED_IN_BRACKETS = /\(\s*[A-Z][\w.+/-]*(?:[ -][\w.+/-]+){0,3}\s?:\s*$/;
const IN_BEFORE = /\b(?:in|for)\s+(?:about\s+|over\s+|nearly\s+|only\s+|just\s+)?$/i;
const RATE_VERB_BEFORE = /\b(?:at|process(?:es|ed|ing)?|ingests?|ingested|ingesting|handles?|handled|handling|sustains?|sustained|sustaining|serves?|served|serving|decodes?|decoded|decoding)\s+$/i;
const MULTIPLE_OF = /^\s*(?:(?:that|those) of|the (?!same\b)[a-z-]+(?: [a-z-]+)? of|as (?:much|many|large|big|high)|as (long|slow))\b/i;
const SHARE_OF =
	/^\s+of\s+(?:the\s+|all\s+)?(?:them|test cases|(?:[a-z][\w-]*\s+)?[a-z][a-z-]*s)\b/i;
const OF_THE_TIME = /^\s+of\s+(?:the\s+)?(?:time|cases|trials|runs)\b/i;
const SLO_SHARE = /^\s+of\s+(?:all\s+)?(?:requests|queries|jobs|tasks)\s+(?:within|meeting|that meet|under)\s+(?:their\s+|the\s+|its\s+)?(?:latency\s+)?(?:SLOs?|deadlines?|targets?)\b/i;
const PARALLEL_BY = /^(?:,\s|\s)(?:and\s)?[\w@.-]+(?:\s[\w@.-]+)?\sby\s(?:up to\s|about\s)?$/i;

/**
 * `surpassing StarCoder-3B (32.9%)`, `a character error rate of 2.1% (Nougat: 3.0%)`: a bracketed
 * number right after a compared system's name is that system's result, not a claim of the paper.
 */
function isBaselinesNumber(text: string, group: NumberGroup): boolean {
	if (group.kind !== 'single') return false;
	// `drops by only 0.6 points, compared with a 7.2-point drop without replay`, `on par with models using
	// 4x more tokens`: the baseline's own change or setting.
	if (COMPARED_WITH_A.test(text.slice(Math.max(0, group.start - 24), group.start)) || BASELINE_USING.test(text.slice(Math.max(0, group.start - 60), group.start))) return true;
	// `lower than GPS++ (0.0778 eV is the best reported)`: a few words may follow it in the bracket.
	// `compared with 2.4% for POMO and 0.0% for HGS, which takes 40 times longer`: the other baselines'
	// numbers, and what is said of a named baseline after `, which`.
	if ((!group.items[0].fromWords && BASELINE_CHAIN.test(text.slice(Math.max(0, group.start - 70), group.start))) || WHICH_OF_BASELINE.test(text.slice(Math.max(0, group.start - 70), group.start))) return true;
	// `comparable to BPTT's 93.6%`: the compared system's own number.
	if (text.charCodeAt(group.start - 2) === 115 && POSSESSIVE_BASELINE.test(text.slice(Math.max(0, group.start - 60), group.start))) return true;
	if (text[group.start - 1] === '(' && BRACKET_CLOSES.test(text.slice(group.end, group.end + 42)) && BASELINES_OWN.test(text.slice(Math.max(0, group.start - 70), group.start))) return true;
	if (text[group.end] !== ')') return false;
	if (text[group.start - 1] === '(' && BASELINES_OWN.test(text.slice(Math.max(0, group.start - 70), group.start))) return true;
	return NAMED_IN_BRACKETS.test(text.slice(Math.max(0, group.start - 40), group.start));
}

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
	if (isBaselinesNumber(text, group)) return [];
	if (baselines.some((b) => b.verb && b.end <= group.start && group.start - b.end <= 1) && NAME_GOES_ON_TO_BY.test(text.slice(group.end, group.end + 50))) return [];
	// `keeping the success rate at 61.2% compared with 62.0%`: a value set against a baseline's is a result.
	const live = group.items.filter((it) => excludeItem(it) === null && (group.kind === 'vs' || !isSetting(text, it, group.end)));
	if (live.length === 0) return [];
	const [ss, se] = sentence;
	const { lead, openBracket, npEnd, added, npDirs, head, headAfter, phraseStart, direction, ownQuantity, inherit, phraseQualifier, quoteEndBase } = readWordsAround(text, group, previousEnd, ss, baselines, previous);

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
		baselines.filter((b) => (b.start >= group.end && !NEW_SUBJECT_CLAUSE.test(text.slice(group.end, b.start))) || (b.end <= group.start && (b.verb ? !NEW_SUBJECT_CLAUSE.test(text.slice(b.end, group.start)) : !NEW_CLAUSE.test(text.slice(b.end, group.start))) && !(group.kind === 'fromTo' && PAIR_CLAUSE.test(text.slice(b.end, group.start))))),
		group.start,
		group.end,
		(a, b) => sameClause(text, a, b),
		// `improves NDCG@10 by 4.1% and HR@10 by 3.2% over SASRec`: values in a parallel list (`and X
		// by N`) share the baseline named after the last.
		(a, b) => valuedStarts.some((s) => s > a && s < b && !PARALLEL_BY.test(text.slice(a, s)))
	);
	const perItemBaselines = baseline && group.items.length > 1 ? splitBaseline(baseline.name, group.items.length) : null;
	const sentenceContext = sentenceCache.context ??= contextOfSentence(text, ss, se);
	for (let k = 0; k < group.items.length; k++) {
		const item = group.items[k];
		if (!live.includes(item)) continue;
		const { named, rateNamed, timeNamed, sizeNamed, energyNamed } = quantityOfItem(text, item, head, headAfter);
		// `overhead is reduced from 12 minutes to 40 seconds`: a before/after pair of times is a
		// latency, of sizes a memory, when no other quantity is named.
		const pairMetric = !named && !inherit && (group.kind === 'fromTo' || group.kind === 'vs') ? pairDefaultMetric(item) : null;
		let metric: Metric | null = named ? named.metric : inherit ? previous!.claim.metric : (pairMetric ?? defaultMetric(item));
		let higherIsBetter = named ? named.higherIsBetter : inherit ? previous!.claim.higher_is_better : metric ? METRIC_INFO[metric].higherIsBetter : true;
		// `improves Jain's fairness index from 0.71 to 0.96`: a pair of bare values of a quantity of its
		// own; the verb says which way is better.
		if (!metric && ownQuantity && item.kind === 'count' && group.kind === 'fromTo' && direction !== null) {
			metric = 'other';
			higherIsBetter = direction === 'down' || direction === 'worse' ? false : group.baselineValue === null || item.high >= group.baselineValue;
		}
		if (!metric) continue;
		// `doubles throughput` names what doubled; `results doubled in 2024` names nothing measured.
		if (item.multiplierVerb && !named) continue;
		// Times, sizes and counts need their own quantity word (`45 ms latency`) or a pair; token
		// counts a comparison (`30% fewer tokens`, `500 fewer tokens`): `exceeds 32K tokens` is a setting.
		// A change amount may take the quantity of the claim before it (`a score of 89.7, an absolute
		// improvement of 4.2`).
		if ((item.kind === 'time' || item.kind === 'size' || item.kind === 'count' || item.kind === 'power') && !head && !pairMetric && !timeNamed && !sizeNamed && !energyNamed && !(inherit && (item.kind === 'count' || group.kind === 'fromTo' || group.kind === 'vs')) && !(ownQuantity && item.kind === 'count' && group.kind === 'fromTo')) continue;
		// `rises by 2.1, 3.4 and 5.0 points`: `by` before the list's first value covers every value.
		const byBefore = /\bby\s+(?:up to\s+|about\s+|roughly\s+|~)?$/i.test(text.slice(Math.max(0, lead.start - 12), group.items[0].start));
		if (item.kind === 'tokens') {
			// A pair (`from 4K to 64K tokens`) is a comparison in itself.
			// (`an average acceptance length of 6.5 tokens` is a level of a quantity of its own.)
			if (!npDirs.length && !byBefore && group.kind !== 'fromTo' && group.kind !== 'vs' && named?.metric !== 'other') continue;
			// `extends the context window from 4K to 64K tokens`: tokens measuring a capacity; `the mean
			// accepted length from 2.1 to 4.6 tokens`, a quantity of its own (more is better).
			if (named?.metric !== 'capacity' && !(named?.metric === 'other' && named.higherIsBetter)) {
				metric = 'tokens';
				higherIsBetter = METRIC_INFO.tokens.higherIsBetter;
			}
		}
		if (item.unit === 'bits' && !npDirs.length) continue;
		let dir: Direction | null = item.sign === '+' ? 'up' : item.sign === '-' ? 'down' : direction;
		// (A sign is its own number's: `+6.1 AP over GLIP-L, and 47.9 AP overall` shares no direction.)
		if (!dir && inherit && !previous!.signed) dir = previous!.direction;
		// `reduce latency by 4.1x and cost by 57%`: `by` says a change; the verb is shared.
		// `saves 33% of GPU memory and 26% of training time`: the verb is shared by the next value too.
		const andNext = previous !== null && previous.sentenceStart === ss && !item.impliesDecrease && !item.multiplierVerb && /^\s*(?:,\s*)?(?:and\s+)?$/.test(text.slice(previousEnd, lead.start));
		if (!dir && (byBefore || andNext) && previous && !previous.signed && previous.sentenceStart === ss && sameClause(text, previous.groupEnd, group.start))
			dir = previous.direction;
		if (!dir && byBefore) dir = 'better';
		// `at the cost of 1.2 points of GLUE accuracy`: what is given up.
		if (item.unit === 'pp' && AT_THE_COST_OF.test(text.slice(Math.max(0, lead.start - 24), lead.start))) dir = 'worse';
		// (`adds only 12 ms of retrieval latency` is a level: a time or size added is what it costs.)
		if (!dir && added && (item.kind === 'percent' || item.kind === 'x')) dir = 'up';
		if (!dir && item.impliesDecrease) dir = 'down';
		if (item.multiplierVerb) dir = 'up';
		// `reduce the number of function evaluations by a factor of 4`: a times value that goes down
		// on an unnamed quantity is not a speed; `other`, as the quote says (lower is better). Nor is
		// `lowers carbon emissions by 35%` an accuracy.
		if (!named && !inherit && (item.kind === 'x' || (item.kind === 'percent' && (byBefore || item.impliesDecrease || ownQuantity || group.kind === 'fromTo' || npDirs.length > 0))) && dir === 'down') {
			metric = 'other';
			higherIsBetter = false;
		}
		// `2x more robust`: an unknown quantity that the claim says went up; `other`, higher is better.
		if (ownQuantity && !named && (item.kind === 'x' || item.kind === 'percent') && dir === 'up') {
			metric = 'other';
			higherIsBetter = true;
		}
		// `keeps packet reordering below 0.1%`: a level of an unnamed quantity is `other`; a bound below
		// says lower is better.
		if (ownQuantity && !named && !inherit && !dir && (item.kind === 'x' || item.kind === 'percent')) {
			metric = 'other';
			higherIsBetter = lead.qualifier !== 'at_most';
		}
		// `..., and runs in 14 ms`: a time a task takes is a level; a direction before it is another claim's.
		if (timeNamed && !npDirs.length && !byBefore) dir = null;
		// Points and scores are a quality's: `a 5.1x speedup with a 1.2-point drop` does not take the speed-up's quantity.
		// (Nor a memory word's: `the gain shrinks to 0.4 points`.)
		if ((item.unit === 'pp' || item.kind === 'score') && (!named || (item.unit === 'pp' && METRIC_INFO[named.metric].group === 'efficiency')) && metric !== 'accuracy' && metric !== 'error') {
			metric = 'accuracy';
			higherIsBetter = true;
		}
		// `keeps 99.2% of requests within their latency SLO`: SLO attainment, a quality level.
		if (item.kind === 'percent' && SLO_SHARE.test(text.slice(item.end, item.end + 60))) {
			metric = 'accuracy';
			higherIsBetter = true;
		}
		// `faster than X in 63% of them`, `correct in 81% of cases`: a share of the cases, a level.
		// `rated interpretable 72% of the time`: how often, a level too.
		const share =
			item.kind === 'percent' &&
			((IN_BEFORE.test(text.slice(Math.max(0, item.start - 16), item.start)) && SHARE_OF.test(text.slice(group.end, group.end + 40))) || OF_THE_TIME.test(text.slice(item.end, item.end + 16)));
		// `attention accounts for over 70% of decode time`: a share of a whole, a level of its own quantity.
		if (item.kind === 'percent' && !named && /^\s+of\s/.test(text.slice(item.end, item.end + 4)) && ACCOUNTS_FOR.test(text.slice(Math.max(0, lead.start - 24), lead.start))) {
			metric = 'other';
			higherIsBetter = false;
			dir = null;
		}
		// `within 2 Å RMSD for 71% of complexes`: the share within an error threshold is a success rate.
		if (item.kind === 'percent' && metric === 'error' && /^\s+of\s/.test(text.slice(item.end, item.end + 4)) && THRESHOLD_BEFORE_SHARE.test(text.slice(Math.max(0, item.start - 50), item.start))) {
			metric = 'accuracy';
			higherIsBetter = true;
		} else if (share && metric !== 'accuracy' && metric !== 'error') {
			metric = 'other';
			higherIsBetter = true;
		}
		// A times value without a direction word is better by that factor (`a 3x speedup`), except for
		// an overhead, which is that many times the cost (`inference overhead is 1.6x`).
		const timesOfCost = named !== null && /overhead/i.test(named.word);
		// `lose only 2.1 points of accuracy ..., versus 6.8 points for X`: a pair of losses, the smaller better.
		if (group.kind === 'vs' && item.unit === 'pp' && higherIsBetter && (metric === 'accuracy' || metric === 'error') && (dir === 'down' || dir === 'worse')) higherIsBetter = false;
		// `training costs 1.3x that of standard training`, `2x as long`: a multiple of the baseline's
		// quantity, so the quantity went up (worse for a cost, better for a frame rate).
		const multiple = item.kind === 'x' ? MULTIPLE_OF.exec(text.slice(group.end, group.end + 24)) : null;
		// (Said outright, it overrides a direction shared from the claim before: `2.3x lower latency and 3.4x the throughput`.)
		// `takes 2x as long as X`: a time that went up, whatever quantity the sentence named before.
		if (multiple && (!item.impliesDecrease || multiple[1])) dir = 'up';
		// `2.3 times that of the flat policy`: the baseline is named after `that of`.
		const multipleOf = multiple && /^\s*(?:that|those) of$/i.test(multiple[0]) ? nameAt(text, group.end + multiple[0].length + 1) : '';
		if (multiple?.[1]) {
			metric = 'latency';
			higherIsBetter = false;
		}
		let change = group.kind === 'vs' || group.kind === 'fromTo' || share ? 'level' : dir ? resolveChange(dir, higherIsBetter) : item.kind === 'x' ? resolveChange(timesOfCost ? 'worse' : 'better', higherIsBetter) : 'level';
		if (group.kind === 'vs' || group.kind === 'fromTo') change = 'level';
		// `decreases the error rate to 2.1%`, `improves the speedup to 3x`: the value reached.
		// `memory grows linearly, reaching 3.2 GB`: so is the value a change reaches (a times value
		// reached stays a factor: `throughput reaches 2.3x`).
		const reached = text.slice(Math.max(0, lead.start - 20), lead.start);
		if ((lead.qualifier === 'at_most' || lead.qualifier === 'at_least') && lead.start < item.start && FALLS_PAST.test(reached)) change = 'level';
		if ((/\bto\s+$/i.test(reached) || (item.kind !== 'x' && /\breach(?:es|ed|ing)\s+(?:only\s+|just\s+|about\s+|nearly\s+)?$/i.test(reached))) && !npDirs.length) change = 'level';
		// `processes 2.3 million edge events per second`: a rate a system sustains is a level.
		if (item.kind === 'rate' && !npDirs.length && RATE_VERB_BEFORE.test(text.slice(Math.max(0, lead.start - 16), lead.start))) change = 'level';
		// `within 0.3 points of the FP16 model`: at most that far below (or, for an error, above) it.
		let withinOf = multipleOf;
		let relEnd = 0;
		// `71.4% on MMLU, compared with 68.2% for Llama-2-13B`: the pair's baseline follows it.
		if (group.kind === 'vs') {
			const m = VS_OWNER.exec(text.slice(group.end, group.end + 8));
			// `3.2 GB instead of 41 GB of memory`: a quantity word there is not the baseline.
			const at = m ? group.end + m[0].length : 0;
			const owner = m ? nameAt(text, at) : '';
			if (owner && metricHits(text, at, at + owner.length).length === 0) withinOf = owner;
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
			metricFromWords: head !== null || inherit || sizeNamed || timeNamed || rateNamed || energyNamed || (item.kind === 'score' && named !== null),
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

/** `text` with line breaks, tabs and no-break or thin spaces as plain spaces: same length and offsets. */
function withPlainSpaces(text: string): string {
	// split/join and indexOf measured several times faster than a character-class regex test and
	// replace on 10,000 abstracts.
	let plain = text.indexOf('\n') >= 0 ? text.split('\n').join(' ') : text;
	for (const space of RARE_SPACES) if (plain.indexOf(space) >= 0) plain = plain.split(space).join(' ');
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
	// The own names are computed on first need, through an anonymous closure (tsx wraps named ones
	// in a naming call each time they are created).
	let names: string[] | null = null;
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
			background = isBackgroundSentence(text.slice(sentence[0], sentence[1]), () => (names ??= ownNames(paper.title, text)));
			sentenceCache = {};
		}
		if (!background) {
			const previous = drafts.length ? drafts[drafts.length - 1] : null;
			const found = claimsOfGroup(paper, group, previousEnd, sentence, baselines, previous, valued, sentenceCache);
			drafts.push(...found);
			// Only claims bound the clause of the next number: `16-bit` or `AIME 2024` do not. A claim's
			// quote (`4x larger batch size`) is its own: the next clause starts after it.
			for (const d of found) previousEnd = Math.max(previousEnd, group.end, d.claim.end);
			// `exceeding GPT-4o-mini (88.7%), with a latency of 0.9 s`: the compared system and its number
			// end the clause too (the latency does not take `exceeding` as its direction).
			if (found.length === 0 && isBaselinesNumber(text, group)) previousEnd = Math.max(previousEnd, group.end + 1);
		}
	}
	carryLeadingUpTo(text, drafts);
	if (paper !== input) for (const d of drafts) d.claim.quote = original.slice(d.claim.start, d.claim.end);
	const claims = drafts
		.map((d) => applyNormalization(d.claim))
		.filter((c) => Number.isFinite(c.value_low) && Number.isFinite(c.value_high) && c.value_low <= c.value_high);
	claims.sort((a, b) => a.start - b.start || a.end - b.end);
	claims.forEach((c, i) => (c.claim = i + 1));
	return claims;
}
