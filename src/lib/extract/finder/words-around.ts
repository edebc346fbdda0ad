/**
 * What the words around a number group say, read once per group before its items become claims:
 * the quantity named after the number or before it (`head`), the direction words, whether the
 * number names a quantity of its own or takes the one of the claim before it in the sentence, and
 * where the phrase the quote spans starts and ends.
 */
import type { Claim, Qualifier } from '../../claims/schema.ts';
import type { BaselineMention } from './baseline.ts';
import { type Direction, type DirectionHit, directionHits } from './direction.ts';
import { HELD_EQUAL_WORDS, isControlled, type MetricHit, metricHits } from './metric.ts';
import type { NumberGroup } from './numbers.ts';
import { namedAfterFewer, namesOwnQuantity, savedShare, type NumberAt } from './own-quantity.ts';
import { clauseStart, phraseAfter, sameClause } from './phrase.ts';
import { qualifierAround, qualifierBefore, type QualifierFound } from './qualifiers.ts';

/** How far before a number its quantity word is looked for (`reducing quantization error of
 * vision encoder by up to 7x`). */
const BEFORE_WINDOW = 100;
const ADDS_BEFORE = /\b(?:adds?|added|adding)\s+(?:only\s+|just\s+|about\s+|roughly\s+|under\s+|less than\s+|at most\s+|up to\s+|~)?$/i;
const SAME_BEFORE = new RegExp(`\\b(?:${HELD_EQUAL_WORDS})\\s+$`, 'i');
const OWN_SUBJECT =
	/(?:,\s*|\s)(?:and|while|whereas|but)\s+(?:(?:the|a|an|its|their|our)\s+(?:[\w<>=.-]+\s+){0,8}?|(?:[\w<>=.-]+\s+){1,10}?)(?:increases?|increased|decreases?|decreased|drops?|dropped|falls?|fell|rises?|rose|improves?|improved|grows?|grew|shrinks?|shrank|is|are|was|were)\s/i;
const POINTS_BACK = /\b(?:it|them|this)\s+by\b/i;
const BARE_BUT = /^[^,;.]{0,80}?,?\s+but\s+(?:only\s+|still\s+)?$/i;
const OF_BETWEEN = /^\s+of\s+$/;

/** A claim before numbering, with what later items of its sentence may inherit. */
export interface Draft {
	claim: Claim;
	sentenceStart: number;
	groupStart: number;
	groupEnd: number;
	/** The metric came from words (not a default): later bare items may inherit it. */
	metricFromWords: boolean;
	direction: Direction | null;
	phraseQualifier: Qualifier | null;
	leadingQualifier: Qualifier;
	/** The value had a sign (`+6.1 AP`): its direction is its own, not shared with the next value. */
	signed: boolean;
}

/** `With a budget of 50 steps, the agent completes 2x more tasks`: `steps` is the noun of 50. */
const NUMBER_BEFORE = /(?:^|[\s(])\d+(?:[.,^]\d+)*\s?[KMB]?\s+$/;
const NAMED_NUMBER_BEFORE = /\b[A-Z][A-Za-z-]*\s\d+(?:\.\d+)?\s+$/;

// `matching the accuracy of full-resolution inference (68.4 vs. 68.7)`: an `of` phrase may sit between.
const BRACKET_UNTIL = /^\s*(?:of\s+[\w-]+(?:\s+[\w-]+){0,3}\s*)?\(\s*(?:[a-z]+\s+)?[<>~≈±]?\s*$/i;
const ON_PAR_BEFORE = /\b(?:comparable|similar|matching|matched|on-par)\s+(?:[a-z-]+\s+)?$/i;

/** `at batch size 1 and 1.3×`: a quantity word followed by a value is that value's name (`the RMSE of
 *  5-day forecasts`: not an adjective made of a number). */
const VALUE_AFTER = /^\s*(?:of\s+|=\s*|:\s*)?\d(?![\d.,]*-[A-Za-z])/;

const WEAK_MEMORY_VERB = /^(?:shrinks?|shrinking|shrunk|compress(?:es|ed|ing)?|prune[sd]?)$/i;

// A bracket closed before the number, opened before the word (`success (RMSD below 2 Å) reaches`).
const CLOSES_BEFORE = /^[^()]*\)/;
const OPENED_BEFORE = /\([^()]*$/;

/** The quantity word nearest before a number at `until`, skipping words that name something else. */
function nearestUnlessControlled(text: string, hits: MetricHit[], until: number, from = hits.length - 1): MetricHit | null {
	for (let k = from; k >= 0; k--) {
		const hit = hits[k];
		// `comparable accuracy (within 0.3 points)`: a quantity held equal is still what the number in
		// the bracket right after it measures.
		// (Not `at equivalent latency (75.2% vs. 57.3%)`: there the bracket holds another quantity's results.)
		const bracketed = BRACKET_UNTIL.test(text.slice(hit.end, until)) && ON_PAR_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start));
		const before = text.slice(Math.max(0, hit.start - 16), hit.start);
		// (`AlpacaEval 2 win rate`: a number in a name is not the word's value.)
		if ((isControlled(text, hit) && !bracketed) || (NUMBER_BEFORE.test(before) && !NAMED_NUMBER_BEFORE.test(before))) continue;
		// `pose success (RMSD below 2 Å) reaches 52.3%`: a word inside a bracket closed before the
		// number defines what is measured; it is not the quantity.
		if (!bracketed && CLOSES_BEFORE.test(text.slice(hit.end, until)) && OPENED_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start))) continue;
		if (VALUE_AFTER.test(text.slice(hit.end, hit.end + 8)) && /\d/.test(text.slice(hit.end, until))) {
			const valueStart = hit.end + text.slice(hit.end, until).search(/\d/);
			// The value after the word is another number than the one at `until`.
			if (/[^\s<>~≈+\-−(]/.test(text.slice(valueStart, until).replace(/^[\d.,]+/, ''))) continue;
		}
		// `Upload traffic per round shrinks 40-fold`: a verb that names a memory (`shrinks`, `compresses`)
		// yields to the quantity named as its subject.
		if (k > 0 && WEAK_MEMORY_VERB.test(hit.word)) {
			const subject = nearestUnlessControlled(text, hits, until, k - 1);
			if (subject && hit.start - subject.end < 40) return subject;
		}
		return hit;
	}
	return null;
}

export interface WordsAround {
	/** The number's leading qualifier and where the quote may start because of it. */
	lead: QualifierFound;
	/** `(<1%)`: the bracket opened right before the group, or -1. */
	openBracket: number;
	/** End of the noun phrase after the number. */
	npEnd: number;
	/** `adds 4% latency`, `adds 12% to generation latency` (the quantity named after `to`): more of it. */
	added: boolean;
	npDirs: DirectionHit[];
	/** The quantity word the group measures, and whether it follows the number. */
	head: MetricHit | null;
	headAfter: boolean;
	phraseStart: number;
	direction: Direction | null;
	/** The number names a quantity the lexicon does not know (`2x more robust`). */
	ownQuantity: boolean;
	/** The group takes the quantity (and direction) of the claim before it. */
	inherit: boolean;
	phraseQualifier: Qualifier | null;
	/** Where the quote must reach after the number (0: the group's end). */
	quoteEndBase: number;
}

export function readWordsAround(
	text: string,
	group: NumberGroup,
	previousEnd: number,
	sentenceStart: number,
	baselines: BaselineMention[],
	previous: Draft | null
): WordsAround {
	const ss = sentenceStart;
	const first = group.items[0];
	// `under $2,000`: the qualifier (and the quote) reach over the currency sign.
	const lead = qualifierBefore(text, first.unit === '$' && text.charCodeAt(first.start - 1) === 36 ? first.start - 1 : first.start);
	const clause = clauseStart(text, ss, previousEnd, group.start);
	// `negligible (<1%) accuracy loss`: the phrase after a bracketed number starts after the bracket.
	const open = text[group.end] === ')' ? text.lastIndexOf('(', group.start) : -1;
	const openBracket = open >= 0 && open >= group.start - 3 ? open : -1;
	const npStart = openBracket >= 0 ? group.end + 1 : group.end;
	const npEnd = Math.max(group.end, phraseAfter(text, npStart));
	const npHits = metricHits(text, npStart, npEnd);
	// `Verification adds 12% to generation latency`: what is added to is named after `to`.
	const added = ADDS_BEFORE.test(text.slice(Math.max(0, group.start - 16), group.start));
	const addsTo = npHits.length === 0 && added && /^\s+to\s/.test(text.slice(group.end, group.end + 4));
	if (addsTo) npHits.push(...metricHits(text, group.end, Math.min(text.length, group.end + 40)).slice(0, 1));
	const npDirs = directionHits(text, npStart, npEnd);
	// `With 3x fewer parameters, FooNet outperforms X by 2.4%`: the quantity of a number after
	// `outperforms X by` is not read from before the verb.
	let verbStart = -1;
	for (const b of baselines) if (b.verb && b.start >= clause && b.end <= lead.start) verbStart = b.start;
	let head: MetricHit | null = npHits.length ? npHits[npHits.length - 1] : null;
	let headAfter = head !== null;
	let phraseStart = lead.start;
	// `71.4% accuracy on MMLU, compared with 68.2%`: the quantity is named inside the pair.
	if (!head && group.kind === 'vs') {
		const inside = metricHits(text, group.items[0].end, group.end);
		if (inside.length) head = inside[0];
	}
	// A quantity of its own named after the number: not the one named before it.
	const at: NumberAt = { text, leadStart: lead.start, groupStart: group.start, groupEnd: group.end, kind: group.items[0].kind };
	const lastDir = npDirs.length ? npDirs[npDirs.length - 1] : null;
	const namedAfter = !head && (namedAfterFewer(text, lastDir, npEnd) || savedShare(at));
	// (`1.4 BLEU higher`: a score named as the unit needs no quantity word before it.)
	const unitNamesQuantity = first.kind === 'score' && first.unit !== '' && metricHits(text, first.end - first.unit.length, first.end).length > 0;
	if (!head && !namedAfter && !unitNamesQuantity) {
		head = nearestUnlessControlled(text, metricHits(text, Math.max(clause, verbStart, lead.start - BEFORE_WINDOW), lead.start), lead.start);
		headAfter = false;
	}
	// `41 more than the best prior tool, at a cost of $0.31`: a value a quantity word names with `of`
	// is that quantity's level; a direction before the word belongs to another claim.
	const namedOf = head !== null && !headAfter && head.metric !== 'speed' && OF_BETWEEN.test(text.slice(head.end, lead.start));
	// (`reaches the same loss 4.7x sooner`: a direction word held equal says nothing.)
	const beforeDirs = namedOf ? [] : directionHits(text, Math.max(clause, (head && !headAfter ? head.start : lead.start) - 50), lead.start).filter((d) => !SAME_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)));
	let direction: Direction | null = null;
	if (npDirs.length) direction = npDirs[0].direction;
	else if (beforeDirs.length) direction = beforeDirs[beforeDirs.length - 1].direction;
	if (head && !headAfter) {
		// (Not a direction word across a comma: `over X's noise reduction, and PESQ rises`.)
		const verb = beforeDirs.filter((d) => d.start < head!.start && !text.slice(d.end, head!.start).includes(',')).pop();
		phraseStart = Math.min(phraseStart, verb ? verb.start : head.start);
	}
	// `2x more robust`, `reduces pipeline bubbles by up to 45%`, `saves 41% of GPUs`: a quantity the
	// lexicon does not know, which is not the previous claim's.
	const verbBefore = beforeDirs.length ? beforeDirs[beforeDirs.length - 1] : null;
	const parallelFrom = previous !== null && previous.sentenceStart === ss ? previousEnd : null;
	const ownQuantity = !head && namesOwnQuantity(at, verbBefore, lastDir, npEnd, parallelFrom);
	const inheritFromPrevious =
		!head && !ownQuantity && !unitNamesQuantity && verbStart < 0 && previous !== null && previous.sentenceStart === ss && previous.metricFromWords && sameClause(text, previous.groupEnd, group.start) &&
		// `26% faster, but the acceptance rate was only 31%`: a new clause does not inherit, unless a
		// pronoun points back (`reduces energy by 41%, while batching cuts it by up to 5x`).
		// (`4% higher than X but 11% lower than Y`: a number right after `but` goes on comparing the same quantity.)
		(clause <= previousEnd || POINTS_BACK.test(text.slice(clause, group.start)) || BARE_BUT.test(text.slice(previousEnd, group.start))) &&
		// `..., and the fraction of pixels with delta < 1.25 increases by 9.3 points`: a subject of its own.
		!OWN_SUBJECT.test(text.slice(previousEnd, group.start));
	// A time or size takes only a latency or memory from the claim before it: `transcribes a page in
	// 0.8 seconds, compared with 4.5 seconds` after an error rate is not an error.
	const firstKind = group.items[0].kind;
	const inherit =
		inheritFromPrevious && !((firstKind === 'time' && previous!.claim.metric !== 'latency') || (firstKind === 'size' && previous!.claim.metric !== 'memory'));
	const phraseText = text.slice(phraseStart, Math.max(group.end, npEnd));
	const phraseQualifier = qualifierAround(phraseText, text.slice(npEnd, npEnd + 16)) ?? (inherit ? previous!.phraseQualifier : null);
	const npLast = Math.max(npHits.length ? npHits[npHits.length - 1].end : 0, npDirs.length ? npDirs[npDirs.length - 1].end : 0);
	const quoteEndBase = ownQuantity ? npEnd : npLast > group.end ? npLast : 0;
	return { lead, openBracket, npEnd, added, npDirs, head, headAfter, phraseStart, direction, ownQuantity, inherit, phraseQualifier, quoteEndBase };
}
