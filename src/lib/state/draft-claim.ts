/**
 * A first guess at a claim a user selected in an abstract, for them to correct: the numbers,
 * unit and direction read from the selected text with simple rules. The quote and offsets are
 * exact: `abstract.slice(start, end) === quote`.
 */
import { applyNormalization } from '../claims/csv.ts';
import { type Claim, type Metric, METRIC_INFO } from '../claims/schema.ts';

/** The paper fields a claim repeats. */
export interface PaperRef {
	paper_id: string;
	title: string;
	date: string;
	abstract: string;
}

const NUMBER_RANGE = /(\d+(?:\.\d+)?)(?:\s*[x×%]?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?/;

const METRIC_WORDS: [Metric, RegExp][] = [
	['throughput', /throughput|goodput|tokens\/s|requests\/s|qps/i],
	['latency', /latency|ttft|tpot|response time|inference time|runtime|delay/i],
	['speed', /speed|faster|accelerat/i],
	['memory', /memory|footprint|kv cache|model size|storage/i],
	['compute', /flops|macs|compute/i],
	['cost', /cost|price|\$|gpu hours/i],
	['energy', /energy|power/i],
	['tokens', /tokens/i],
	['accuracy', /accuracy|f1|bleu|pass@|success rate|precision|recall/i],
	['error', /error|perplexity|wer/i]
];

function guessUnit(quote: string): string {
	if (/\d\s*(?:x|×)\b|\d\s*×|times|-fold/i.test(quote)) return 'x';
	if (/%/.test(quote)) return '%';
	if (/\bpoints?\b|\bpp\b/i.test(quote)) return 'pp';
	const unit = /\d\s*(ns|us|µs|ms|s|min|h|KB|MB|GB|TB|bits|tokens)\b/.exec(quote);
	return unit ? unit[1].replace('µs', 'us') : '';
}

function guessChange(quote: string): Claim['change'] {
	if (/lower|less|fewer|reduc|decreas|sav|cut|drop|smaller/i.test(quote)) return 'decrease';
	if (/higher|more|faster|increas|improv|gain|boost|speed-?up|\+/i.test(quote)) return 'increase';
	return 'level';
}

/** A claim with status `added` for `abstract.slice(start, end)`, normalized. */
export function draftClaim(paper: PaperRef, start: number, end: number): Claim {
	const quote = paper.abstract.slice(start, end);
	const numbers = NUMBER_RANGE.exec(quote);
	const low = numbers ? Number(numbers[1]) : 0;
	const high = numbers?.[2] !== undefined ? Number(numbers[2]) : low;
	const metric = METRIC_WORDS.find(([, re]) => re.test(quote))?.[0] ?? 'other';
	const claim: Claim = {
		paper_id: paper.paper_id,
		title: paper.title,
		date: paper.date,
		claim: 0,
		quote,
		start,
		end,
		metric,
		higher_is_better: METRIC_INFO[metric].higherIsBetter,
		value_low: Math.min(low, high),
		value_high: Math.max(low, high),
		unit: guessUnit(quote),
		qualifier: /up to|as much as/i.test(quote) ? 'up_to' : 'exact',
		change: guessChange(quote),
		baseline: '',
		baseline_value: null,
		context: '',
		norm_kind: '',
		norm_low: null,
		norm_high: null,
		norm_unit: '',
		status: 'added'
	};
	return applyNormalization(claim);
}

/** The selection trimmed of surrounding white space, or null when nothing is selected. */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number } | null {
	let s = Math.max(0, Math.min(start, end));
	let e = Math.min(text.length, Math.max(start, end));
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	return s < e ? { start: s, end: e } : null;
}

/**
 * Where a selected text sits in the abstract. `approxStart` is the selection's offset as counted
 * in the page (it can drift where the page's text differs from the abstract's); the occurrence of
 * `selected` nearest to it wins. Null when the text is not in the abstract.
 */
export function locateSelection(abstract: string, selected: string, approxStart: number): { start: number; end: number } | null {
	if (selected === '') return null;
	let best = -1;
	for (let i = abstract.indexOf(selected); i !== -1; i = abstract.indexOf(selected, i + 1)) {
		if (best === -1 || Math.abs(i - approxStart) < Math.abs(best - approxStart)) best = i;
		if (i > approxStart) break;
	}
	return best === -1 ? null : { start: best, end: best + selected.length };
}
