/**
 * A deterministic synthetic corpus of abstract-like records in the arXiv metadata snapshot's JSON
 * Lines shape (wrapped titles and abstracts, versions, update_date, the snapshot's other fields),
 * built from templates: claims of every kind the finder handles, mixed with setup numbers, years,
 * identifiers and plain prose, so the finder does real work on every record.
 */

import { createRandom } from '../src/lib/testing/random.ts';


const SYSTEMS = ['vLLM', 'SGLang', 'TensorRT-LLM', 'FlashAttention-2', 'DeepSpeed', 'ReAct', 'the 16-bit baseline', 'the base model', 'PyTorch eager', 'Orca'];
const DATASETS = ['ImageNet', 'AIME 2024', 'GSM8K', 'MMLU', 'HumanEval', 'LongBench', 'CROHME 2019', 'WikiText-2', 'COCO', 'SQuAD v2'];
const MODELS = ['Llama-3-8B', 'Qwen3-1.7B', 'Mistral-7B', 'ResNet50', 'ViT-L/16', 'OPT-66B', 'Gemma-2-9B', 'Phi-3-mini'];
const NOUNS = ['inference', 'serving', 'decoding', 'training', 'retrieval', 'quantization', 'pruning', 'scheduling', 'caching', 'routing'];
const ADJ = ['efficient', 'scalable', 'adaptive', 'lightweight', 'hierarchical', 'sparse', 'speculative', 'distributed', 'robust', 'unified'];
const WORD_NUMBERS = ['two', 'three', 'four', 'five', 'ten'];

type Pick = <T>(xs: readonly T[]) => T;

function sentences(rand: () => number, pick: Pick) {
	const pct = () => (rand() < 0.5 ? String(Math.floor(rand() * 90) + 2) : (rand() * 90 + 1).toFixed(1));
	const times = () => (rand() < 0.5 ? String(Math.floor(rand() * 20) + 2) : (rand() * 20 + 1.1).toFixed(2));
	const claims = [
		() => `Our method reduces end-to-end latency by ${pct()}% compared to ${pick(SYSTEMS)}.`,
		() => `It achieves up to ${times()}x higher throughput than ${pick(SYSTEMS)} on ${pick(DATASETS)}.`,
		() => `Experiments show a ${times()}× speedup in ${pick(NOUNS)} with ${pick(MODELS)}.`,
		() => `We reach a top-1 accuracy of ${(rand() * 20 + 75).toFixed(2)}% on ${pick(DATASETS)}, ${pct()}% vs. ${pct()}% for the baseline.`,
		() => `Memory footprint drops by ${Math.floor(rand() * 30) + 10}-${Math.floor(rand() * 40) + 45}% while accuracy improves by +${(rand() * 5).toFixed(1)} points.`,
		() => `The system is ${pick(WORD_NUMBERS)} times faster and uses ${pct()}% fewer tokens on average.`,
		() => `Time-to-first-token falls from ${(rand() * 900 + 100).toFixed(0)} ms to ${(rand() * 90 + 10).toFixed(0)} ms, an order of magnitude improvement.`,
		() => `We observe ${times()}x/${times()}x lower latency compared to ${pick(MODELS)}/${pick(MODELS)} respectively.`,
		() => `Energy consumption is reduced by approximately ${pct()}\\% with less than ${(rand() * 2).toFixed(1)}% accuracy loss.`,
		() => `On ${pick(DATASETS)}, our approach improves F1 by ${(rand() * 10).toFixed(1)}% (${(rand() * 10).toFixed(1)}% in the zero-shot setting).`
	];
	const setup = [
		() => `We evaluate on ${Math.floor(rand() * 12) + 2} workloads using ${pick(MODELS)} and ${pick(MODELS)} at 4k context.`,
		() => `Models range from ${Math.floor(rand() * 10) + 1}B to ${Math.floor(rand() * 60) + 13}B parameters, trained on ${pick(DATASETS)} in ${2015 + Math.floor(rand() * 10)}.`,
		() => `Prior work reports overheads of up to ${pct()}% on clusters of ${Math.floor(rand() * 64) + 8} GPUs.`,
		() => `We use T=${Math.floor(rand() * 10) + 1}, batch size ${2 ** Math.floor(rand() * 8)} and ${Math.floor(rand() * 20) + 3} random seeds.`
	];
	const prose = [
		() => `Large language models have become central to modern ${pick(NOUNS)} pipelines, yet their cost remains a barrier.`,
		() => `We present a ${pick(ADJ)} ${pick(ADJ)} framework for ${pick(NOUNS)} that exploits structure in attention patterns.`,
		() => `Existing systems either sacrifice quality or require expensive ${pick(NOUNS)} at deployment time.`,
		() => `Our key insight is that most tokens need only a fraction of the model's capacity during ${pick(NOUNS)}.`,
		() => `We further analyse the trade-off between ${pick(NOUNS)} and ${pick(NOUNS)} under realistic traffic.`,
		() => `Code and models are publicly available to facilitate future research.`
	];
	return { claims, setup, prose };
}

/** Wraps text at about `width` characters with `\n`, as the snapshot does. */
function wrap(text: string, width: number): string {
	const out: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > width) {
			out.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) out.push(line);
	return out.join('\n');
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Record `i` of the corpus with `seed`: the first N records are the same whatever the corpus size. */
export function* corpusLines(count: number, seed = 20260101): Generator<string> {
	const rand = createRandom(seed);
	const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)];
	const s = sentences(rand, pick);
	for (let i = 0; i < count; i++) {
		const parts: string[] = [];
		const n = 7 + Math.floor(rand() * 6);
		for (let k = 0; k < n; k++) {
			const r = rand();
			const kind = r < 0.4 ? s.claims : r < 0.6 ? s.setup : s.prose;
			parts.push(pick(kind)());
		}
		const adj = pick(ADJ);
		const title = `${adj[0].toUpperCase()}${adj.slice(1)} ${pick(NOUNS)} for ${pick(MODELS)}: ${pick(ADJ)} ${pick(NOUNS)} at scale ${i}`;
		const month = Math.floor(rand() * 12);
		const day = 1 + Math.floor(rand() * 28);
		const year = 2015 + Math.floor(rand() * 11);
		const id = `${String(year % 100).padStart(2, '0')}${String(month + 1).padStart(2, '0')}.${String(i).padStart(5, '0')}`;
		yield JSON.stringify({
			id,
			submitter: 'A. Author',
			authors: 'A. Author, B. Author and C. Author',
			title: wrap(title, 70).replace(/\n/g, '\n  '),
			comments: `${Math.floor(rand() * 20) + 4} pages, ${Math.floor(rand() * 10) + 1} figures`,
			'journal-ref': null,
			doi: null,
			'report-no': null,
			categories: 'cs.LG cs.CL',
			license: 'http://arxiv.org/licenses/nonexclusive-distrib/1.0/',
			abstract: `  ${wrap(parts.join(' '), 80)}\n`,
			versions: [{ version: 'v1', created: `${pick(DAYS)}, ${day} ${MONTHS[month]} ${year} 10:00:00 GMT` }],
			update_date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
			authors_parsed: [['Author', 'A.', ''], ['Author', 'B.', ''], ['Author', 'C.', '']]
		});
	}
}

/** 100 KB texts meant to make a careless regex backtrack or a careless loop quadratic. */
export function adversarialTexts(bytes = 100_000): Record<string, string> {
	const fill = (unit: string) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
	const rand = createRandom(7);
	let soup = '';
	const atoms = ['%', 'x', '×', '-', '–', '.', ',', ' ', '1', '9', '0', 'up to ', 'than ', '(', ')', '/', '\\%', 'é', '🚀', 'times ', 'fold', 'by '];
	while (soup.length < bytes) soup += atoms[Math.floor(rand() * atoms.length)];
	return {
		'digit run': fill('1234567890'),
		'number-like punctuation': fill('1.2.3-4,5x%-'),
		'ranges without end': fill('2-3-4-5-6x-'),
		'claim phrases without numbers': fill('up to faster than compared to reduces latency by '),
		'claims back to back': fill('up to 3.5x faster than vLLM and 28-71% lower latency, '),
		'spaces and dashes': fill(' - - -  -- '),
		'unicode soup': soup.slice(0, bytes)
	};
}
