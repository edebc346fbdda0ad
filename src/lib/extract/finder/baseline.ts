/**
 * Baselines: what a claim is compared against (`than vLLM`, `compared to the base model`,
 * `over a state-of-the-art software-managed TLB`, `outperforms SGLang by`).
 */
import { splitNames } from './lists.ts';

export interface BaselineMention {
	/** The baseline as named (determiners dropped). */
	name: string;
	/** Where the marker (`than`, `compared to`) starts and the name ends. */
	start: number;
	end: number;
	/** `outperforms X by N`: applies to numbers after it; the others to numbers before. */
	verb: boolean;
	/** `over X`, `relative to X`: binds to the nearest number before it only. */
	tight: boolean;
}

const MARKER =
	/\b(?:(than|over|compared (?:to|with|against)|relative to|vs\.?|versus|in comparison (?:to|with)|against|with respect to|from(?<=(?:reduction|decrease)s? from)|improv(?:e|es|ed|ing)\s+(?:upon|on(?=\s+the\s+(?:best|previous|prior|strongest|state|leading|top)\b))|as (?:fast|quick|large|much|many|good|high|low|small|accurate|efficient|efficiently) as|(?:of|used by|required by|needed by)(?<=(?:\d\s?(?:%|x|×|times)|\bhalf|\bthird|\bquarter|tenth|fifth|twentieth|hundredth) (?:of )?the (?:[a-z-]+\s)?(?:time|cost|latency|memory|energy|compute|FLOPs|parameters|runtime|footprint|storage|budget) (?:of|used by|required by|needed by)))|(outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?))\s+/gi;
const SAME_AMOUNT = /^same(?:$|\s+(?:number|amount|budget|period|time|range|set|data|conditions?|settings?|hardware|steps?|samples?|size|length|rate|level|quality|accuracy|latency|cost|compute|memory|FLOPs)\b)/i;
const TIME_SPAN = /^(?:(?:a|an|the|one|each|every|several|many|\d+)\s+)?(?:(?:single|full|whole|past|last|entire|typical)\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|periods?|decades?|weekends?|seasons?|lifetimes?)\b/i;
const THOSE_OF = /^th(?:ose|at) (?:of|(?:tuned|trained|produced|generated|found|obtained|compiled|optimi[sz]ed|achieved|reported|learned|selected) (?:by|with|using))\s+/i;
// The baseline's name ends at punctuation or at a word that starts a new phrase.
const NAME_STOP =
	/[,;:.()]|\s(?=[+\-−~]?\d[\d_,]*(?:[.–-]\d[\d_,.]*)?(?:%|x|×|\\%|X)(?![A-Za-z]))|\s(?:by|on|in|at|across|while|with|without|for|when|which|who|whereas|under|respectively|using|during|as|and|or|to|from|of|in terms of|is|are|was|were|while|but|yet|maintaining|achieving|that|thereby|within)\b/i;
// (`than with dense autodiff`: the system compared is named after `with`/`using`.)
const LEADING = /^(?:(?:on|for)\s+(?:a|an|the)\s+|(?:with|using)\s+(?:the\s+|a\s+|an\s+)?|(?:the|a|an|its|their|our)\s+)/i;
const AND_BY = /(?:,\s*|\s)and\s+([A-Z][\w.+/-]*(?:[ -][A-Z0-9][\w.+/-]*)?)\s+by\s+(?=(?:up to\s+)?[~<>≈]?\s?\d)/g;

/** Where a name starting `rest` ends. Points inside a name (`Qwen3-1.7B/0.6B`, `llama.cpp`,
 * `GPT-3.5`) and in `e.g.` do not end it; masking them keeps every offset in place. */
function nameStop(rest: string): RegExpExecArray | null {
	// A point before a digit (`1.7B`, `H.265`) or before a short lowercase part (`.cpp`, `.js`) is inside the
	// name; one before a capital or a longer word (`vLLM.Our`) ends it, as a missing space would.
	return NAME_STOP.exec(
		rest
			.replace(/([A-Za-z0-9])\.(\d)/g, '$1_$2')
			.replace(/([A-Za-z0-9])\.(?=[a-z]{1,4}(?![A-Za-z0-9]))/g, '$1_')
			.replace(/e_g\./gi, 'e_g_')
			// `the prior state of the art` is one name; `of` ends a name elsewhere.
			.replace(/\bstate of the art\b/gi, 'state_of_the_art')
			.replace(/::/g, '__')
	);
}

const NUMBER_LED = /^[\d.,]+(?:[-\s]?(?:points?|percent|x|times|fold)\b|\s?[%×])/i;

function cleanName(raw: string): string {
	let name = raw.trim().replace(LEADING, '').replace(/^baseline\s+(?=\S+\s)/i, '');
	// (`compared with a 7.2-point drop`: a number with its unit is a value, not a name.)
	if (NUMBER_LED.test(name)) return '';
	// `state-of-the-art systems like vLLM` -> `vLLM`.
	const like = /\b(?:like|such as|including|e\.g\.,?)\s+(.+)$/i.exec(name);
	if (like) name = like[1];
	// `the previous state-of-the-art architecture AmoebaNet-B` -> `AmoebaNet-B`.
	const words = name.split(/\s+/);
	if (words.length > 1) {
		const last = words[words.length - 1];
		const restLower = words.slice(0, -1).every((w) => !/[A-Z0-9]/.test(w) || /^state-of-the-art$/i.test(w));
		const headNoun = /^(?:system|architecture|model|method|baseline|framework|engine|approach|library|implementation)s?$/i.test(
			words[words.length - 2]
		);
		// Only a proper name (`AmoebaNet-B`, `vLLM`), not a class of systems (`DNNs`, `TLB`).
		const proper = /[a-z].*[A-Z]|[A-Z].*[a-z]|\d/.test(last) && !/^[A-Z]+s$/.test(last);
		if (proper && (restLower || headNoun)) name = last;
	}
	// `over GPT-4's`: the system, not its possessive; `a supervised model trained (on full-dose scans)`: the model.
	return name.replace(/[\s,]+$/, '').replace(/['’]s$/, '').replace(/\s+(?:trained|fine-tuned|pretrained|evaluated|tested|deployed)$/i, '');
}

const PRONOUN = /^(?:it|them|this|that|these|those|theirs)$/i;
const QUALIFIED_AMOUNT = /^(?:roughly|about|approximately|nearly|around|only|just)\s[$~]?\d/i;

/** Baseline mentions in text[from, to). */
export function findBaselines(text: string, from: number, to: number): BaselineMention[] {
	const out: BaselineMention[] = [];
	const window = text.slice(from, to);
	MARKER.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = MARKER.exec(window)) !== null) {
		// `Over a month-long trace, ...`: a sentence-initial `over` is a span of time, not a baseline.
		if (/^over\s*$/i.test(m[1] ?? '') && window.slice(0, m.index).trim() === '') continue;
		// `over a day`, `over the past decade`: a span of time anywhere.
		if (/^over\s*$/i.test(m[1] ?? '') && TIME_SPAN.test(window.slice(m.index + m[0].length, m.index + m[0].length + 32))) continue;
		// `over those of AnimateDiff`, `than those tuned by TVM`: the name is after `those of`.
		const nameStart = m.index + m[0].length + (THOSE_OF.exec(window.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0].length ?? 0);
		const next = window.charCodeAt(nameStart);
		// `over 70%`, `than 0.6%`: a qualifier, not a baseline.
		if ((next >= 48 && next <= 57) || window[nameStart] === '~' || window[nameStart] === '+' || window[nameStart] === '>' || window[nameStart] === '$') continue;
		// `compared with roughly $1,900`: an amount with its qualifier, not a baseline.
		if (QUALIFIED_AMOUNT.test(window.slice(nameStart, nameStart + 20))) continue;
		let rest = window.slice(nameStart, nameStart + 120);
		const stop = nameStop(rest);
		if (stop) rest = rest.slice(0, stop.index);
		// `over the strongest baseline, EAGLE3`: an appositive name after a comma.
		const after = window.slice(nameStart + rest.length);
		const appositive = /^,\s*([A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*)\b(?=[.,;]|\s*$)/.exec(after);
		let name = cleanName(rest);
		let end = nameStart + rest.length;
		if (appositive && /\bbaselines?$/i.test(name)) {
			name = appositive[1];
			end += appositive[0].length;
		}
		// (`over the same number of samples` compares nothing.)
		// (`with less than a third of its parameters`: a fraction, not a system.)
		if (/^(?:(?:a|an|one)\s+)?(?:half|third|quarter|fourth|fifth|tenth|twentieth|hundredth|fraction)\b/i.test(name)) continue;
		// (`over the same model without caching` does: a system, not an amount.)
		if (!name || name.length > 90 || /^[\d.,]+%?$/.test(name) || SAME_AMOUNT.test(name)) continue;
		// (`exceeds it on F1 by 2.4 points`: a pronoun names no system here.)
		if (PRONOUN.test(name)) continue;
		// `a 31% reduction from XLS-R`: after `reduction from`, only a name (`from caching` is a cause).
		if (/from\s+$/i.test(m[0]) && !/^[A-Z0-9]/.test(name)) continue;
		const tight = /^(?:over|relative to)$/i.test((m[1] ?? '').trim());
		out.push({ name, start: from + m.index, end: from + end, verb: Boolean(m[2]), tight });
	}
	// `outperforms StreamingLLM by 1.8× and H2O by 1.4×`: the verb carries over to `and Y by`.
	const firstVerb = out.find((b) => b.verb);
	if (firstVerb) {
		AND_BY.lastIndex = 0;
		let a: RegExpExecArray | null;
		while ((a = AND_BY.exec(window)) !== null) {
			const at = from + a.index;
			if (at < firstVerb.end) continue;
			out.push({ name: a[1], start: at, end: at + a[0].length, verb: true, tight: false });
		}
		out.sort((x, y) => x.start - y.start);
	}
	return out;
}

/** The name a phrase starting at `pos` gives (`the FP16 model, while` -> `FP16 model`), or ''. */
export function nameAt(text: string, pos: number): string {
	let rest = text.slice(pos, pos + 120);
	const stop = nameStop(rest);
	if (stop) rest = rest.slice(0, stop.index);
	const name = cleanName(rest);
	return name.length > 90 || /^[\d.,]+%?$/.test(name) ? '' : name;
}

/** The baseline for a number at [start, end) among a sentence's mentions. */
export function pickBaseline(
	mentions: BaselineMention[],
	start: number,
	end: number,
	between: (a: number, b: number) => boolean,
	numberBetween: (a: number, b: number) => boolean = () => false
): BaselineMention | null {
	// `outperforms X by N`: a verb right before the number.
	let verb: BaselineMention | null = null;
	for (const b of mentions) if (b.verb && b.end <= start && between(b.end, start)) verb = b;
	if (verb) return verb;
	// The first baseline named after the number, if it reaches it. A tight one (`over X`) with a
	// number between belongs to that number (`87%, a 23-point gain over X`), and so does every
	// baseline named after it: the search stops there.
	let after: BaselineMention | null = null;
	for (const b of mentions) {
		if (b.verb || b.start < end || !between(end, b.start)) continue;
		if (!(b.tight && numberBetween(end, b.start))) after = b;
		break;
	}
	if (after) return after;
	let before: BaselineMention | null = null;
	for (const b of mentions) if (!b.verb && b.end <= start && between(b.end, start)) before = b;
	return before;
}

/** Splits a baseline named for a list (`Qwen3-1.7B/0.6B`) into one per item, when it fits. */
export function splitBaseline(name: string, count: number): string[] | null {
	const names = splitNames(name);
	return names.length === count ? names : null;
}

/** `compared with MCUNet and TinyissimoYOLO, respectively`: a baseline's name cut at `and` goes on
 * as a list of names (each with a capital or digit), one per value. */
const MORE_NAMES = /^((?:,\s*[A-Z0-9][\w.+/-]*(?:[ -][\w.+/-]+){0,3}?)*,?\s+and\s+[A-Z0-9][\w.+/-]*(?:[ -][\w.+/-]+){0,3}?)(?=\s*(?:[.;,]|$|\s(?:on|in|at|for|respectively)\b))/;

/** One baseline per value of a list of `count`: the mention's name split (`Qwen3-1.7B/0.6B`) or
 * continued by the names listed after it (`MCUNet and TinyissimoYOLO`), when the count fits. */
export function baselinesPerItem(text: string, mention: BaselineMention, count: number): string[] | null {
	const split = splitBaseline(mention.name, count);
	if (split) return split;
	const more = MORE_NAMES.exec(text.slice(mention.end, mention.end + 160));
	if (!more) return null;
	const names = [mention.name, ...splitNames(more[1].replace(/^,?\s*(?:and\s+)?/, ''))];
	return names.length === count ? names : null;
}
