/**
 * Whether a number's claim names a quantity of its own that the lexicon does not know (`2.4x fewer
 * rounds`, `reduces pipeline bubbles by 45%`, `saves 41% of GPUs`). Such a claim is `other`, and it
 * neither takes the quantity named earlier in the sentence nor that of the claim before it.
 */
import type { DirectionHit } from './direction.ts';
import type { UnitKind } from './units.ts';

/** `of GPUs`, `of the keys`: a share of something named right after the number. */
const OF_WORD = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?[A-Za-z]/;
const AFTER_FEWER = /^\s+(?!than\b|compared\b|relative\b|over\b|versus\b|vs\b|on\b|in\b|for\b|with\b|at\b|to\b|and\b|or\b|while\b|when\b|but\b)[a-z]/i;
const SAVES_BEFORE = /\b(?:saves?|saving|cuts?|cutting|reduces?|reducing|eliminat(?:es|ing)|removes?|removing|frees?|skips?)\s+$/i;
const OBJECT_THEN_BY =
	/^\s+(?:the\s+|its\s+|their\s+)?(?!(?:it|them|this|that|these|those)\b)[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}\s+(by|from)\s+(?:up to\s+|about\s+|over\s+|nearly\s+|roughly\s+|more than\s+|~)?$/i;
const SUBJECT_VERB_BY =
	/(?:,\s*|\s)and\s+(?:the\s+|its\s+|their\s+)?(?!(?:it|they|this|that)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:improve|increase|decrease|drop|fall|rise|grow|shrink)s?\s+by\s+(?:up to\s+|about\s+|roughly\s+|~)?$/i;
const KEEPS_OBJECT = /\b(?:keeps?|kept|keeping|holds?|maintains?)\s+(?:the\s+|its\s+)?(?!(?:it|them)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+$/i;
const RESOURCE_SHARE_BEFORE =
	/\b(?:access(?:es|ed|ing)?|touch(?:es|ed|ing)?|reads?|reading|activat(?:es|ed|ing)|calls?|calling|remov(?:e|es|ed|ing)|prun(?:e|es|ed|ing)|discards?|discarding|evicts?|evicting|skips?|skipping|loads?|loading|fetch(?:es|ed|ing)?|transfers?|sends?|sending|sent|routes?|routing|routed|offloads?|offloading|offloaded)\s+(?:(?:the\s+)?[\w.-]+\s+(?:for|on|in)\s+)?(?:only\s+|just\s+|about\s+|roughly\s+|~)?$/i;
const PARALLEL_OWN = /^\s*,\s*(?:and\s+)?(?:the\s+|its\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+by\s+(?:up to\s+|about\s+)?$/i;

export interface NumberAt {
	text: string;
	/** Start of the number's qualifier words (the number itself when none), of its group, its end. */
	leadStart: number;
	groupStart: number;
	groupEnd: number;
	/** Unit kind of the group's first value. */
	kind: UnitKind | 'none';
}

/** `... of <word>` right after a percentage. */
export function shareOfWord(at: NumberAt): boolean {
	return at.kind === 'percent' && OF_WORD.test(at.text.slice(at.groupEnd, at.groupEnd + 12));
}

/** `reaches target accuracy in 2.4x fewer rounds`: a word after fewer/less/more names the quantity,
 *  not the one named before the number. */
export function namedAfterFewer(text: string, lastDir: DirectionHit | null, phraseEnd: number): boolean {
	return lastDir !== null && /^(?:fewer|less|more)$/i.test(text.slice(lastDir.start, lastDir.end)) && AFTER_FEWER.test(text.slice(lastDir.end, phraseEnd));
}

/** `within SLO and saves 41% of GPUs`: what a verb saves a share of is named after the number. */
export function savedShare(at: NumberAt): boolean {
	return shareOfWord(at) && SAVES_BEFORE.test(at.text.slice(Math.max(0, at.leadStart - 14), at.leadStart));
}

/** `reduces pipeline bubbles by`, `reduces distributed transactions from`: a verb's object names its
 *  own quantity; with `from`, for a reduction or bare values (`improves Jain's fairness index from 0.71`;
 *  `raises success from 71%` keeps the percentage's default). */
function objectThenBy(between: string, direction: DirectionHit['direction'], bare: boolean): boolean {
	const m = OBJECT_THEN_BY.exec(between);
	return m !== null && (m[1].toLowerCase() === 'by' || direction === 'down' || bare);
}

/**
 * The words around a number whose quantity no lexicon word names: `verbBefore` is the last direction
 * word before it, `afterDir` the last one after it (with the phrase's end), `parallelFrom` where the
 * claim before it in the same sentence ends (or null).
 */
export function namesOwnQuantity(
	at: NumberAt,
	verbBefore: DirectionHit | null,
	afterDir: DirectionHit | null,
	phraseEnd: number,
	parallelFrom: number | null
): boolean {
	const { text, leadStart } = at;
	const before60 = text.slice(Math.max(0, leadStart - 60), leadStart);
	return (
		// `2x more robust`, `3x fewer tool calls`: words after the direction.
		(afterDir !== null && /[A-Za-z]/.test(text.slice(afterDir.end, phraseEnd))) ||
		// `reduces pipeline bubbles by up to 45%`: an object between a verb before the number and `by`.
		(verbBefore !== null && objectThenBy(text.slice(verbBefore.end, Math.min(leadStart, at.groupStart)), verbBefore.direction, at.kind === 'count')) ||
		// `and range scans improve by up to 2x-3x`: a subject of its own before its verb.
		SUBJECT_VERB_BY.test(before60) ||
		// `keeps packet reordering below 0.1%`: a bound on a quantity of its own.
		KEEPS_OBJECT.test(before60) ||
		// `reduces all-to-all communication by 38%, straggler time by 55%`: each value of a parallel
		// list names its own quantity before `by`.
		(parallelFrom !== null && PARALLEL_OWN.test(text.slice(parallelFrom, leadStart))) ||
		(shareOfWord(at) &&
			// `accesses 1-3% of the keys`, `removing 49.6% of the corpus`: a share of a resource used or dropped;
			(RESOURCE_SHARE_BEFORE.test(text.slice(Math.max(0, leadStart - 40), leadStart)) ||
				// `saves 41% of GPUs`: a verb's share of a quantity the lexicon does not know.
				(verbBefore !== null && /^\s*$/.test(text.slice(verbBefore.end, leadStart)))))
	);
}
