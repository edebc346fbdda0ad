/**
 * What a bare number is when the words before it say so: an amount of change (`BLEU improves by
 * 2.4`), a score on a named benchmark (`scores 88.6 on MMLU`), a value of a quality measure named
 * right before it (`a Dice score of 0.89`, `the real-time factor is 0.07`). Shared by the group
 * reader (a pair of bare values) and the scanner (a single one).
 */
import type { NumberItem } from './items.ts';

export const ON_BENCHMARK = /^ on (?:the )?[A-Z0-9]/;
const SCORE_VERB = /\b(?:scores?|scoring|achiev(?:es|ed|ing|e)|reach(?:es|ed|ing)?|obtain(?:s|ed|ing)?|attain(?:s|ed|ing)?|gets?|records?|sets?)\b(?:[^.;:]|\.\d)*$/i;
export const SCORE_OF = /\b(?:scores?|accuracy|F1|BLEU|ROUGE(?:-\w+)?|PSNR|SSIM|FID|perplexity|mAP|mIoU|AUC|AUROC|Dice|EM|exact match|pass@\d+|success rate|win rate|error rate|WER|CER|precision|recall(?:@\d+)?|MRR(?:@\d+)?|NDCG(?:@\d+)?|HR@\d+|CIDEr|MOS|real-time factor|RTF|(?:box |mask )?AP(?:50|75)?)(?:\s+(?:on|in)\s+[^,.;()\d]{1,40}?\s+(?:is|was|=|:)\s*$|\s+(?:(?:change|drop|increase|decrease|degradation|loss|gain|improvement)\s+)?(?:of|is|was|=|:|(?:of\s+)?(?:less than|below|under|at most|only|about|up to|within))\s*$)/i;
const CHANGE_BY = /\b(?:improv(?:es|ed|ing|e)|increas(?:es|ed|ing|e)|rais(?:es|ed|ing|e)|rises|rose|gains?|drops?|dropped|decreas(?:es|ed|ing|e)|reduc(?:es|ed|ing|e)|lower(?:s|ed|ing)?|falls?|fell|declines?|declined|boosts?|boosted)(?:\s+[\w-]+){0,5}?\s+by\s+(?:up to\s+|about\s+|nearly\s+|roughly\s+|only\s+|just\s+|~)?$|\b(?:improvement|gain|increase|reduction|decrease|drop)\s+of\s+(?:up to\s+|about\s+|nearly\s+|roughly\s+|only\s+|just\s+|~)?$/i;

export function isYear(text: string, item: NumberItem): boolean {
	return /^(?:19|20)\d\d$/.test(text.slice(item.start, item.end));
}


/**
 * What a bare single number is, read from the words around it (cheap character tests first: most
 * bare numbers are counts and years and pass none of them):
 * - `BLEU improves by 2.4`: an amount of change after a verb of change and `by`/`of`, kept like a
 *   count (it needs a quantity word: `reduces the rank by 1.8` has none);
 * - `scores 88.6 on MMLU and 89.0 on HumanEval`: a score on a named benchmark after a verb of
 *   achieving, a quality level (no unit);
 * - `a normalized score of 89.7`, `a Dice score of 0.89`: a value of a quality measure named right before it.
 */
export function bareKind(text: string, item: NumberItem): void {
	let b = item.start - 1;
	while (b >= 0 && text.charCodeAt(b) === 32) b--;
	const last = text[b];
	// `by`, `of`, `up to`, `about`, `only`... end in y, f, o, t, y; `=`/`:` for SCORE_OF.
	if ((last === 'y' || last === 'f' || last === 'o' || last === 't' || last === '~') && CHANGE_BY.test(text.slice(Math.max(0, item.start - 60), item.start))) {
		item.kind = 'count';
		return;
	}
	if (item.sign || isYear(text, item)) return;
	if (text.startsWith(' on ', item.end) && ON_BENCHMARK.test(text.slice(item.end, item.end + 8)) && SCORE_VERB.test(text.slice(Math.max(0, item.start - 60), item.start))) {
		item.kind = 'score';
		return;
	}
	// `a PSNR of`, `F1 = `, `an FID change of less than`, `a CLIP score drop below`, `the real-time factor is`.
	if ((last === 'f' || last === '=' || last === ':' || last === 'n' || last === 'w' || last === 'r' || last === 't' || last === 'y' || last === 'o' || last === 's') && SCORE_OF.test(text.slice(Math.max(0, item.start - 80), item.start)))
		item.kind = 'score';
}
