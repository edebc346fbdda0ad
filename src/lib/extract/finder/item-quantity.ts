/**
 * One item of a number group as a claim's quantity and direction: the metric family (named by the
 * item's unit or verb, the words around the group, the claim before it, or a default), which way is
 * better, the direction the words say, and whether the quote frames an increase, a decrease or a
 * level. Returns null when the item is no claim after all (a time or count with nothing named, a
 * token count without a comparison, a bit-width...).
 */
import { type Change, type Metric, METRIC_INFO } from '../../claims/schema.ts';
import { nameAt } from './baseline.ts';
import { type Direction, resolveChange } from './direction.ts';
import type { MetricHit } from './metric.ts';
import type { NumberGroup, NumberItem } from './numbers.ts';
import { sameClause } from './phrase.ts';
import { defaultMetric, pairDefaultMetric, quantityOfItem } from './quantity.ts';
import type { Draft, WordsAround } from './words-around.ts';

const THRESHOLD_BEFORE_SHARE = /\bwithin\s+[\d.]+\s?\S*\s+(?:[A-Za-z-]+\s+){0,2}(?:for|in|on)\s+$/i;
// `open models fall below 10%`: the level a quantity falls to, not a change of that size.
// (Not a change bounded: `accuracy loss stays below 1%`, `a score drop below 0.3`.)
const FALLS_PAST = /\b(?<!(?:loss|drop|degradation|gap|overhead|increase|decrease|slowdown|reduction|penalty|regression)\s+)(?:falls?|fell|dropped|rises?|rose|climbs?|climbed|goes|went|sinks?|sank)\s+$/i;
const OF_FAILURES = /^ of (?:the |all )?(?:remaining )?(?:failures|failure cases|errors|error cases|mistakes)\b/i;
const ACCOUNTS_FOR = /\b(?:accounts?|accounted|accounting)\s+for\s+$|\b(?:makes?|made|making)\s+up\s+$|\b(?:constitutes?|constituted|comprises?|comprised|represents?|represented)\s+$/i;
const OF_CASES_COMPARED = /^ of (?:[\w-]+ ){1,4}(?:larger|smaller|longer|shorter|greater|higher|lower|more|less|fewer|wider|narrower) than\b/i;
const OF_OTHERS_GAIN = /^ of (?:the |an? )?[\w-]+(?:['’]s?)? (?:[a-z-]+ )?(?:speed-?ups?|gains?|improvements?|throughput|performance)\b/i;
const OF_PEAK = /^ of (?:the |its )?(?:[a-z-]+ ){0,2}peak\b/i;
const AT_THE_COST_OF = /\bat\s+(?:the|a)\s+cost\s+of\s+$/i;
const IN_BEFORE = /\b(?:in|for)\s+(?:about\s+|over\s+|nearly\s+|only\s+|just\s+)?$/i;
const RATE_VERB_BEFORE = /\b(?:at|process(?:es|ed|ing)?|ingests?|ingested|ingesting|handles?|handled|handling|sustains?|sustained|sustaining|serves?|served|serving|decodes?|decoded|decoding)\s+$/i;
const MULTIPLE_OF = /^\s*(?:(?:that|those) of|the (?!same\b)[a-z-]+(?: [a-z-]+)? of|as (?:much|many|large|big|high)|as (long|slow))\b/i;
const SHARE_OF =
	/^\s+of\s+(?:the\s+|all\s+)?(?:them|test cases|(?:[a-z][\w-]*\s+)?[a-z][a-z-]*s)\b/i;
const OF_THE_TIME = /^\s+of\s+(?:the\s+)?(?:time|cases|trials|runs)\b/i;
const RUNS_WITHIN = /\b(?:runs?|ran|running|performs?|performed|performing|executes?|executed)\s+(?:[a-z]+\s+){0,2}?within $/i;
const LONGER_THAN_OPTIMAL = /^ (?:longer|shorter) than (?:the )?(?:optimal|optimum|oracle|shortest|minimal|minimum)\b/;
const SLO_SHARE = /^\s+of\s+(?:all\s+)?(?:requests|queries|jobs|tasks)\s+(?:within|meeting|that meet|under)\s+(?:their\s+|the\s+|its\s+)?(?:latency\s+)?(?:SLOs?|deadlines?|targets?)\b/i;

export interface ItemReading {
	named: MetricHit | null;
	rateNamed: boolean;
	timeNamed: boolean;
	sizeNamed: boolean;
	energyNamed: boolean;
	metric: Metric;
	higherIsBetter: boolean;
	dir: Direction | null;
	change: Change;
	/** `2.3 times that of the flat policy`: the baseline named after `that of`, or ''. */
	multipleOf: string;
}

export function readItemQuantity(
	text: string,
	group: NumberGroup,
	item: NumberItem,
	words: WordsAround,
	previous: Draft | null,
	previousEnd: number,
	ss: number
): ItemReading | null {
	const { lead, added, npDirs, head, headAfter, direction, ownQuantity, inherit } = words;
	const { named, rateNamed, timeNamed, sizeNamed, energyNamed } = quantityOfItem(text, item, head, headAfter);
	// `overhead is reduced from 12 minutes to 40 seconds`: a before/after pair of times is a
	// latency, of sizes a memory, when no other quantity is named.
	const pairMetric = !named && !inherit && (group.kind === 'fromTo' || group.kind === 'vs') ? pairDefaultMetric(item) : null;
	// `kernels run within 6% of cuDNN`: how close a system runs to another is its speed.
	const runsWithin = !named && !inherit && item.kind === 'percent' && RUNS_WITHIN.test(text.slice(Math.max(ss, lead.start - 40), lead.start + 7));
	// `plans are at most 4% longer than optimal`: a length set against the optimum is a quantity of
	// its own, where shorter is better (a longer context or a longer battery life is better: only
	// the optimum says which way).
	const lengthOnly = !named && !inherit && (item.kind === 'percent' || item.kind === 'x') && LONGER_THAN_OPTIMAL.test(text.slice(group.end, group.end + 32));
	let metric: Metric | null = named ? named.metric : inherit ? previous!.claim.metric : runsWithin ? 'speed' : lengthOnly ? 'other' : (pairMetric ?? defaultMetric(item));
	let higherIsBetter = named ? named.higherIsBetter : inherit ? previous!.claim.higher_is_better : lengthOnly ? false : metric ? METRIC_INFO[metric].higherIsBetter : true;
	// `improves Jain's fairness index from 0.71 to 0.96`: a pair of bare values of a quantity of its
	// own; the verb says which way is better.
	if (!metric && ownQuantity && item.kind === 'count' && group.kind === 'fromTo' && direction !== null) {
		metric = 'other';
		higherIsBetter = direction === 'down' || direction === 'worse' ? false : group.baselineValue === null || item.high >= group.baselineValue;
	}
	if (!metric) return null;
	// `costs about $38 in cloud compute`: an amount of dollars is a cost, whatever else is named near it.
	if (item.unit === '$' && metric !== 'other') {
		metric = 'cost';
		higherIsBetter = METRIC_INFO.cost.higherIsBetter;
	}
	// `fast checkpoints that take 14 seconds`: a time measured is a latency, whatever speed word
	// names it (with a direction, `speeds up decoding by 30 ms`, the speed's direction would flip).
	if (metric === 'speed' && item.kind === 'time' && direction === null && !item.sign) {
		metric = 'latency';
		higherIsBetter = METRIC_INFO.latency.higherIsBetter;
	}
	// `doubles throughput` names what doubled; `results doubled in 2024` names nothing measured.
	if (item.multiplierVerb && !named) return null;
	// Times, sizes and counts need their own quantity word (`45 ms latency`) or a pair; token
	// counts a comparison (`30% fewer tokens`, `500 fewer tokens`): `exceeds 32K tokens` is a setting.
	// A change amount may take the quantity of the claim before it (`a score of 89.7, an absolute
	// improvement of 4.2`).
	// (A measure, `0.08 °C`, takes no quantity from the claim before it: `2,000x faster, with a bias of 0.08 °C`.)
	const measure = item.kind === 'count' && item.unit !== '' && item.unit !== '$';
	if ((item.kind === 'time' || item.kind === 'size' || item.kind === 'count' || item.kind === 'power') && !head && !pairMetric && !timeNamed && !sizeNamed && !energyNamed && !(inherit && !measure && (item.kind === 'count' || group.kind === 'fromTo' || group.kind === 'vs')) && !(ownQuantity && item.kind === 'count' && group.kind === 'fromTo')) return null;
	// `rises by 2.1, 3.4 and 5.0 points`: `by` before the list's first value covers every value.
	const byBefore = /\bby\s+(?:up to\s+|about\s+|roughly\s+|~)?$/i.test(text.slice(Math.max(0, lead.start - 12), group.items[0].start));
	if (item.kind === 'tokens') {
		// A pair (`from 4K to 64K tokens`) is a comparison in itself.
		// (`an average acceptance length of 6.5 tokens` is a level of a quantity of its own.)
		if (!npDirs.length && !byBefore && group.kind !== 'fromTo' && group.kind !== 'vs' && named?.metric !== 'other') return null;
		// `extends the context window from 4K to 64K tokens`: tokens measuring a capacity; `the mean
		// accepted length from 2.1 to 4.6 tokens`, a quantity of its own (more is better).
		if (named?.metric !== 'capacity' && !(named?.metric === 'other' && named.higherIsBetter)) {
			metric = 'tokens';
			higherIsBetter = METRIC_INFO.tokens.higherIsBetter;
		}
	}
	if (item.unit === 'bits' && !npDirs.length) return null;
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
	// So is a power a device draws (`2.4 points better than X, and draws 180 mW`).
	if ((timeNamed || energyNamed) && !npDirs.length && !byBefore) dir = null;
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
	// A percentage of something (`78% of the hardware peak`, `70% of decode time`, `71% of complexes`).
	const shareOfSomething = item.kind === 'percent' && text.startsWith(' of ', item.end);
	// `545 TFLOPS, 78% of the hardware peak`: a share of the peak reached, a level (utilization).
	if (shareOfSomething && OF_PEAK.test(text.slice(item.end, item.end + 48))) {
		metric = 'other';
		higherIsBetter = true;
		dir = null;
	}
	// A share whose direction word is not a change: of another system's gain (`reaching 92% of the
	// oracle's speedup` is a level, not a 92% gain), or a comparative picking the cases counted
	// (`recovers from 80% of misalignments larger than 2 mm`).
	if (shareOfSomething && (OF_OTHERS_GAIN.test(text.slice(item.end, item.end + 48)) || OF_CASES_COMPARED.test(text.slice(item.end, item.end + 60)))) dir = null;
	// `attention accounts for over 70% of decode time`: a share of a whole, a level of its own quantity.
	// So is a share of the failures (`caused by transparent objects (41% of failures)`): a breakdown of errors.
	if (shareOfSomething && !named && (ACCOUNTS_FOR.test(text.slice(Math.max(0, lead.start - 24), lead.start)) || OF_FAILURES.test(text.slice(item.end, item.end + 40)))) {
		metric = 'other';
		higherIsBetter = false;
		dir = null;
	}
	// `within 2 Å RMSD for 71% of complexes`: the share within an error threshold is a success rate.
	if (shareOfSomething && metric === 'error' && THRESHOLD_BEFORE_SHARE.test(text.slice(Math.max(0, item.start - 50), item.start))) {
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
	const multiple = item.kind === 'x' ? MULTIPLE_OF.exec(text.slice(group.end, group.end + 40)) : null;
	// (Said outright, it overrides a direction shared from the claim before: `2.3x lower latency and 3.4x the throughput`.)
	// `takes 2x as long as X`: a time that went up, whatever quantity the sentence named before.
	if (multiple && (!item.impliesDecrease || multiple[1])) dir = 'up';
	// `2.3 times that of the flat policy`, `five times the throughput of X`: the baseline is named after `of`.
	const multipleOf = multiple && multiple[0].endsWith(' of') ? nameAt(text, group.end + multiple[0].length + 1) : '';
	if (multiple?.[1]) {
		metric = 'latency';
		higherIsBetter = false;
	}
	let change = group.kind === 'vs' || group.kind === 'fromTo' || share ? 'level' : dir ? resolveChange(dir, higherIsBetter) : item.kind === 'x' ? resolveChange(timesOfCost ? 'worse' : 'better', higherIsBetter) : 'level';
	// `decreases the error rate to 2.1%`, `improves the speedup to 3x`: the value reached.
	// `memory grows linearly, reaching 3.2 GB`: so is the value a change reaches (a times value
	// reached stays a factor: `throughput reaches 2.3x`).
	const reached = text.slice(Math.max(0, lead.start - 20), lead.start);
	if ((lead.qualifier === 'at_most' || lead.qualifier === 'at_least') && lead.start < item.start && FALLS_PAST.test(reached)) change = 'level';
	if ((/\bto\s+$/i.test(reached) || (item.kind !== 'x' && /\breach(?:es|ed|ing)\s+(?:only\s+|just\s+|about\s+|nearly\s+)?$/i.test(reached))) && !npDirs.length) change = 'level';
	// `processes 2.3 million edge events per second`: a rate a system sustains is a level.
	if (item.kind === 'rate' && !npDirs.length && RATE_VERB_BEFORE.test(text.slice(Math.max(0, lead.start - 16), lead.start))) change = 'level';
	return { named, rateNamed, timeNamed, sizeNamed, energyNamed, metric, higherIsBetter, dir, change, multipleOf };
}
