/**
 * Numbers in a sentence that belong to a baseline rather than to the paper: a compared system's
 * own result (`surpassing StarCoder-3B (32.9%)`, `comparable to BPTT's 93.6%`), the other
 * baselines of a chain (`compared with 2.4% for POMO and 0.0% for HGS`), what `, which` says of a
 * named baseline or by a clause with a compared system as its subject (`whereas X drops to`), a
 * baseline's own change or setting, and a number inside the name of what is beaten.
 */
import type { BaselineMention } from './baseline.ts';
import type { NumberGroup } from './numbers.ts';
import { metricHits } from './metric.ts';

const BASELINES_OWN =
	/\b(?:surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|approach(?:es|ed|ing)?|match(?:es|ed|ing)?|rival(?:s|ed|ing)?|than|over|vs\.?|versus|compared (?:to|with)|against|between)\s+(?:the\s+)?[A-Za-z][\w.+/-]*(?:[ -][A-Za-z0-9][\w.+/-]*){0,4}\s?\($/i;
// `between DP-SGD (87.9%) and non-private training (96.4%)`: the next compared system's number.
const NEXT_BASELINE_BRACKET = /\(\s*[\d.,]+\s?%?\)\s+and\s+(?:the\s+)?[A-Za-z][\w.+/-]*(?:[ -][A-Za-z0-9][\w.+/-]*){0,4}\s?\($/i;

const BASELINE_USING = /\b(?:on par with|than|compared (?:to|with)|versus|vs\.?|matching)\s+(?:[\w-]+\s+){0,3}?(?:using|that use|trained (?:on|with))\s+(?:only\s+)?$/i;
// (`compared with 64% utilization and 85 ms for BBR`: a number right after `compared with` that made
// no pair is the baseline's too; after `than` only with an article: `more than 5%` is a bound.)
const COMPARED_WITH_A = /\b(?:compared (?:to|with)|versus|vs\.?)\s+(?:an?\s+)?$|\bthan\s+an?\s+$/i;
// (`compared with 64% utilization and 85 ms for BBR`: a noun may follow the first value instead.)
const BASELINE_CHAIN = /(?:\b(?:compared (?:to|with)|versus|vs\.?|against)|,\sfrom)\s+[\d.,]+\s?(?:%|x|×)?\s+(?:for\s+(?:the\s+|an?\s+)?[\w.+-]+(?:\s[\w.+-]+){0,3}|[a-z][\w-]*),?\s+and\s+$/i;
// (`over PowerSGD, which is lossy and degrades final accuracy by 0.9 points`: up to eight words,
// none of them the paper's own voice: `X, which we outperform by 5 points` is a claim.)
const WHICH_OF_BASELINE = /\b(?:for|than|over|vs\.?|versus)\s+(?:the\s+)?[A-Z][\w.+-]*(?:[ -][\w.+-]+){0,2},\s+which\s+(?:(?!(?:we|our|us|ours)\s)[\w-]+\s+){0,8}$/;
const THAT_OF_BASELINE = /\b(?:than|over|vs\.?|versus|compared (?:to|with)|within\s+[\d.]+\s?\S*\s+of)\s+(?:the\s+|an?\s+)?(?:[\w.+-]+\s+){0,3}?(?:that|which)\s+(?:[\w-]+\s+){0,2}\$?$/i;
const POSSESSIVE_BASELINE =
	/\b(?:comparable to|similar to|close to|on par with|than|vs\.?|versus|compared (?:to|with)|matching|matches|against|over)\s+(?:the\s+)?[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?['’]s\s$/;
// `beats random 5% subsets by 0.6 points`: the number is inside the name of what is beaten.
const NAME_GOES_ON_TO_BY = /^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+by\s+(?:up to\s+|about\s+|nearly\s+)?[~<>]?\d/;
// `whereas the KGW watermark drops to an AUC of 0.712`, `while GaLore trails full-rank Adam by 1.1
// points`: a system named as the subject of a contrasting clause, with its own result (unless the
// system is the paper's own: checked by the caller's names). After `while` only a verb of falling
// behind: `while Llama-3 reaches 70%` may be the paper's method applied to that model.
const WHEREAS_SYSTEM =
	/\b(?:whereas\s+(?:the\s+)?([A-Z][\w.+-]*)(?:[ -][\w.+-]+){0,2}\s+(?:only\s+)?(?:drops?|falls?|reach(?:es)?|achieves?|gets?|scores?|attains?|stays?|remains?|degrades?|yields?|needs?|takes?|requires?|trails?|lags?(?:\s+behind)?|falls?\s+behind)|while\s+(?:the\s+)?([A-Z][\w.+-]*)(?:[ -][\w.+-]+){0,2}\s+(?:trails?|lags?(?:\s+behind)?|falls?\s+behind))\s+(?:to\s+)?(?:only\s+|just\s+)?(?:(?:an?|the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+|at\s+)?$/;
// (A cheap test before THAT_OF_BASELINE: ` that ` is common, a comparator with it is not.)
const COMPARATOR_WORD = /than|over|vs|versus|compared|within/;
const WHEREAS_COMMON_SUBJECT =
	/\bwhereas\s+(?:the\s+)?([a-z][\w.+-]*(?:\s[a-z][\w.+-]*){0,2})\s+(?:only\s+)?(?:needs?|requires?|takes?|reach(?:es)?|achieves?|gets?|attains?|trails?|lags?(?:\s+behind)?)\s+(?:only\s+|just\s+)?(?:(?:an?|the|its)\s+)?$/;
const BRACKET_CLOSES = /^(?:\)|\s[^()\d;]{0,40}\))/;
const NAMED_IN_BRACKETS = /\(\s*[A-Z][\w.+/-]*(?:[ -][\w.+/-]+){0,3}\s?:\s*$/;

/**
 * `surpassing StarCoder-3B (32.9%)`, `a character error rate of 2.1% (Nougat: 3.0%)`: a bracketed
 * number right after a compared system's name is that system's result, not a claim of the paper.
 */
export function isBaselinesNumber(text: string, group: NumberGroup, ownNames: () => readonly string[]): boolean {
	if (group.kind !== 'single') return false;
	// Every test reads at most the 70 characters before the number (the tails of this window are the
	// same strings as shorter slices of the text).
	const before = text.slice(Math.max(0, group.start - 70), group.start);
	// `drops by only 0.6 points, compared with a 7.2-point drop without replay`, `on par with models using
	// 4x more tokens`: the baseline's own change or setting.
	if (COMPARED_WITH_A.test(before.slice(-24)) || BASELINE_USING.test(before.slice(-60))) return true;
	// `compared with 2.4% for POMO and 0.0% for HGS, which takes 40 times longer`: the other baselines'
	// numbers, and what is said of a named baseline after `, which`.
	// (Both end in `and ` or hold `, which` near the number: tested before the regexes.)
	if (!group.items[0].fromWords && before.endsWith('and ') && BASELINE_CHAIN.test(before)) return true;
	if (before.includes(', which') && WHICH_OF_BASELINE.test(before)) return true;
	// `within 1.2 points of a commercial API that costs $15`: what a relative clause says of a baseline.
	if ((before.includes(' that ') || before.includes(' which ')) && COMPARATOR_WORD.test(before) && THAT_OF_BASELINE.test(before)) return true;
	// (After `while`, only verbs of falling behind: tested by their letters first.)
	const whereas = before.includes('whereas');
	if (whereas || (before.includes('while ') && (before.includes('trail') || before.includes('lag') || before.includes('behind')))) {
		const system = WHEREAS_SYSTEM.exec(before);
		const name = system ? (system[1] ?? system[2]) : '';
		if (system && !ownNames().some((n) => n.toLowerCase() === name.toLowerCase())) return true;
		// `whereas static hedging needs 1.5x the load`: a lowercase subject that names no quantity
		// (`whereas accuracy drops by 0.3 points` is the paper's own) and is not the paper's voice.
		const common = whereas ? WHEREAS_COMMON_SUBJECT.exec(before) : null;
		if (common && !/^(?:our|ours|we|it|its|this|they|proposed)\b/i.test(common[1]) && metricHits(common[1], 0, common[1].length).length === 0) return true;
	}
	// `comparable to BPTT's 93.6%`: the compared system's own number.
	if (text.charCodeAt(group.start - 2) === 115 && POSSESSIVE_BASELINE.test(before.slice(-60))) return true;
	// `surpassing StarCoder-3B (32.9%)`, `lower than GPS++ (0.0778 eV is the best reported)`: the bracket
	// closes right after the number or after a few words.
	if (text[group.start - 1] === '(' && BRACKET_CLOSES.test(text.slice(group.end, group.end + 42))) {
		if (BASELINES_OWN.test(before)) return true;
		const chain = NEXT_BASELINE_BRACKET.exec(before);
		if (chain && BASELINES_OWN.test(before.slice(0, chain.index + 1))) return true;
	}
	return text[group.end] === ')' && NAMED_IN_BRACKETS.test(before.slice(-40));
}

/** `beats random 5% subsets by 0.6 points`: a number right after a verb's baseline name, before its `by`. */
export function isInBeatenName(text: string, group: NumberGroup, baselines: readonly BaselineMention[]): boolean {
	return baselines.some((b) => b.verb && b.end <= group.start && group.start - b.end <= 1) && NAME_GOES_ON_TO_BY.test(text.slice(group.end, group.end + 50));
}
