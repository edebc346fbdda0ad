/**
 * Deterministic synthetic claims for benchmarks: a realistic spread of papers (1-8 claims each),
 * metric families, ranges, qualifiers, baselines and dates. Same `n` and `seed`, same claims.
 * Norms come from the real normalizeClaim, so the file obeys the contract.
 */
import { applyNormalization } from '../src/lib/claims/csv.ts';
import { type Claim, type Metric, METRIC_INFO, type Qualifier } from '../src/lib/claims/schema.ts';
import { createRandom } from '../src/lib/testing/random.ts';


const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Weighted by how often each family appears in efficiency papers. */
const METRIC_WEIGHTS: [Metric, number][] = [
	['latency', 22], ['speed', 16], ['throughput', 14], ['memory', 9], ['compute', 5], ['cost', 4],
	['energy', 3], ['tokens', 4], ['bandwidth', 2], ['capacity', 2], ['accuracy', 15], ['error', 3], ['other', 1]
];
const QUALIFIER_WEIGHTS: [Qualifier, number][] = [
	['exact', 45], ['up_to', 30], ['average', 10], ['about', 7], ['at_least', 5], ['at_most', 3]
];
const BASELINES = ['vLLM', 'SGLang', 'TensorRT-LLM', 'FlashAttention-2', 'HuggingFace TGI', 'DeepSpeed', 'llama.cpp', 'EAGLE', 'Medusa', 'PyTorch', 'the dense baseline', 'GPTQ', 'AWQ', 'ReAct', ''];
const CONTEXTS = ['', '', 'Llama-3-8B', 'Qwen2.5-7B', 'ImageNet', 'MMLU', 'GSM8K', 'AIME 2024', 'ShareGPT', 'A100', 'H100', 'long context'];
const TOPICS = ['Speculative Decoding', 'KV Cache Compression', 'Sparse Attention', 'Quantized Inference', 'Token Pruning', 'Disaggregated Serving', 'Early Exit', 'Mixture-of-Experts Offloading', 'Efficient Reasoning', 'Vision Transformer Acceleration'];
const WORDS = ['Fast', 'Lean', 'Adaptive', 'Scalable', 'Efficient', 'Dynamic', 'Hierarchical', 'Elastic', 'Lossless', 'Budget-Aware'];
const QUALIFIER_TEXT: Record<Qualifier, string> = { exact: '', up_to: 'up to ', average: 'on average ', about: 'about ', at_least: 'over ', at_most: 'less than ' };

function weighted<T>(rnd: () => number, table: [T, number][]): T {
	const total = table.reduce((s, [, w]) => s + w, 0);
	let r = rnd() * total;
	for (const [v, w] of table) if ((r -= w) < 0) return v;
	return table[table.length - 1][0];
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

function syntheticClaim(rnd: () => number, paper: { id: string; title: string; date: string }, index: number): Claim {
	const metric = weighted(rnd, METRIC_WEIGHTS);
	const hib = METRIC_INFO[metric].higherIsBetter;
	const quality = METRIC_INFO[metric].group === 'quality';
	const qualifier = weighted(rnd, QUALIFIER_WEIGHTS);
	const isRange = rnd() < 0.12;
	let unit: string;
	let change: Claim['change'];
	let low: number;
	if (quality) {
		unit = rnd() < 0.8 ? '%' : 'pp';
		const level = rnd() < 0.2;
		change = level ? 'level' : rnd() < 0.85 ? (hib ? 'increase' : 'decrease') : hib ? 'decrease' : 'increase';
		low = level ? round(50 + rnd() * 49, 2) : round(0.1 + rnd() * rnd() * 15, 1);
	} else if (rnd() < 0.55) {
		unit = 'x';
		change = hib ? 'increase' : 'decrease';
		// Log-normal around 2x; a few claims are slowdowns.
		low = round(Math.max(1.05, Math.exp(rnd() * rnd() * 4.5)), 2);
		if (rnd() < 0.04) change = hib ? 'decrease' : 'increase';
	} else {
		unit = '%';
		change = hib ? 'increase' : 'decrease';
		low = round(1 + rnd() * 90, 1);
	}
	const high = isRange ? round(low * (1.2 + rnd() * 2), unit === 'x' ? 2 : 1) : low;
	const valueHigh = unit === '%' && !quality && change === 'decrease' ? Math.min(high, 95) : high;
	const valueText = low === valueHigh ? `${low}${unit === 'x' ? '×' : unit === 'pp' ? ' points' : unit}` : `${low}-${valueHigh}${unit === 'x' ? '×' : unit === 'pp' ? ' points' : unit}`;
	const baseline = pick(rnd, BASELINES);
	const quote = `${QUALIFIER_TEXT[qualifier]}${valueText} ${change === 'decrease' ? 'lower' : change === 'increase' ? 'higher' : ''} ${METRIC_INFO[metric].label.toLowerCase()}`.replace(/\s+/g, ' ').trim();
	const start = 40 + index * 120;
	const claim: Claim = {
		paper_id: paper.id,
		title: paper.title,
		date: paper.date,
		claim: index + 1,
		quote,
		start,
		end: start + quote.length,
		metric,
		higher_is_better: hib,
		value_low: low,
		value_high: Math.max(low, valueHigh),
		unit,
		qualifier,
		change,
		baseline,
		baseline_value: null,
		context: pick(rnd, CONTEXTS),
		norm_kind: '',
		norm_low: null,
		norm_high: null,
		norm_unit: ''
	};
	return applyNormalization(claim);
}

/** `n` claims from about n/3.5 papers, deterministic for a given seed. */
export function generateClaims(n: number, seed = 42): Claim[] {
	const rnd = createRandom(seed);
	const claims: Claim[] = [];
	let paperNo = 0;
	while (claims.length < n) {
		paperNo++;
		const title = `${pick(rnd, WORDS)}${pick(rnd, TOPICS).replace(/\s/g, '')}-${paperNo}: ${pick(rnd, WORDS)} ${pick(rnd, TOPICS)} for Large Models`;
		const day = Math.floor(rnd() * 365 * 3);
		const date = new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
		const paper = { id: `${2301 + Math.floor(day / 31)}.${String(paperNo).padStart(5, '0')}`, title, date };
		const count = Math.min(n - claims.length, 1 + Math.floor(rnd() * rnd() * 8));
		for (let i = 0; i < count; i++) claims.push(syntheticClaim(rnd, paper, i));
	}
	return claims;
}
