/**
 * The measured quantity: a lexicon of metric words, each mapped to the contract's family and
 * direction. One alternation of literals, run only on short windows around a number.
 */
import type { Metric } from '../../claims/schema.ts';
import { METRIC_INFO } from '../../claims/schema.ts';
import { numberFollows } from './text.ts';

interface Entry {
	pattern: string;
	metric: Metric;
	/** Overrides the family's default (`energy efficiency` is higher-is-better). */
	higherIsBetter?: boolean;
}

// Order matters where alternatives start at the same place: longer, more specific first.
const ENTRIES: Entry[] = [
	{ pattern: 'energy[- ]efficien(?:cy|t)|power[- ]efficiency|performance per watt|perf/watt|(?:tokens|inferences|images|queries|requests|samples|frames|operations) per (?:joule|watt|kWh|watt-hour)', metric: 'energy', higherIsBetter: true },
	{ pattern: 'energy(?: consumption| usage| cost)?|power(?: consumption| draw| usage)?|joules?', metric: 'energy' },
	{ pattern: 'slo attainment|slo compliance|attainment|(?:meets?|meeting|met|satisf(?:y|ies|ied|ying)) (?:the |its |their )?(?:[a-z-]+ )?slos?', metric: 'accuracy' },
	// Before `success rate` (accuracy): an attack's success is the defense's failure.
	{ pattern: '(?:slo |deadline )?violations|(?:attack|jailbreak) success rates?|over-?refusal rates?|hallucination rates?|unsupported (?:statements|claims|sentences)|failure rates?|collision rates?|violation rates?', metric: 'error' },
	// Rates of work before `operations` (compute) and `tokens`: a rate is throughput, not a count.
	{ pattern: 'tokens per second|tokens/s(?:ec)?|operations per second|ops/s|frames per second|transactions per second|tps', metric: 'throughput' },
	{ pattern: 'utili[sz]ation|(?:parallel|scaling|(?:weak|strong)[- ]scaling) efficiency|click-through rates?|ctr|revenue|conversion rates?|engagement|retention|availability|uptime', metric: 'other', higherIsBetter: true },
	// After the families' own `memory overhead`, `communication cost`: an overhead of no named kind.
	{ pattern: 'overheads?', metric: 'other', higherIsBetter: false },
	// Speculative decoding's tokens accepted per draft: more is better (not a token usage).
	{ pattern: 'accept(?:ed|ance) lengths?', metric: 'other', higherIsBetter: true },
	// `extends battery life by 37%`: longer is better, an energy quantity.
	{ pattern: 'battery life(?:time)?', metric: 'energy', higherIsBetter: true },
	{ pattern: 'battery (?:drain|consumption|usage)', metric: 'energy' },
	// `extend the context of LLaMA-2-7B from 4K to 100K tokens`: a capacity.
	{ pattern: 'extend(?:s|ed|ing)? the context', metric: 'capacity' },
	{ pattern: 'accuracy (?:loss|drop|degradation)|pesq|e?stoi|si-?sdr|si-?snr|top-[15](?: accurac(?:y|ies))?|accurac(?:y|ies)|(?:more |less )?accurate|utility|(?:branch |code |test |interval |empirical )?coverage|(?:macro|micro|weighted)[- ]f1|f1(?: scores?)?|success probabilit(?:y|ies)|codebleu|bleu|rouge(?:-[a-z0-9]+)?|exact match|pass@\\d+|success rates?|success|acceptance rates?|precision|recall|win rates?|quality|scores?|ndcg(?:@\\d+)?|hr@\\d+|hits@\\d+|hit rates?|mrr|mos|mean opinion scores?|cider|miou|dice(?: scores?| coefficients?)?|map|(?:box |mask )?ap(?:50|75)?|roc-auc|auroc|auprc|au-roc|auc|psnr|ssim|fidelity|gdt[-_ ]ts|gdt|tm[- ]scores?|lddt|scoring|detection rates?|factscore|bertscore|clipscore|bleurt|comet|(?:quadratic weighted |cohen\'s |fleiss\' )?kappa|(?:spearman|pearson|kendall)(?:\'s)?(?: rank)?(?: correlations?| rho| tau)?', metric: 'accuracy' },
	{ pattern: '(?:training|validation|test|final|pre-?training|evaluation|eval) loss(?:es)?|rmse|rmsd|mape|mase|smape|crps|pinball loss|quantile loss|false[- ](?:hit|positive|negative|alarm|acceptance) rates?|(?:continuous )?ranked probability scores?|brier scores?|negative log[- ]likelihood|q-errors?|error rates?|(?:weighted )?interval scores?|(?:mean |temperature |systematic )?bias|(?:optimality|duality) gaps?|(?:byte |cache |object )?miss (?:ratios?|rates?)|(?:test|quantization|reconstruction|approximation|prediction|top-[15]) errors?|errors?|perplexity|fid|fvd|lpips|forgetting|wer|cer|mse|mae|hallucinations?', metric: 'error' },
	{ pattern: 'sampling budgets?|search budgets?|inference budgets?|activated parameters|active parameters|g?flops|t?flops|g?macs|operations|compute(?: cost| budget)?|computational (?:cost|load|overhead)|computations?|(?:cpu |gpu )?cores|training steps|training iterations|iterations|steps|(?:communication |training |federated )?rounds|function evaluations|nfes?|(?:llm|api|model|tool|function|oracle|inference|search|retrieval) calls', metric: 'compute' },
	{ pattern: 'spend(?:ing)?|gpu[- ]hours|gpu[- ]days|costs?|cheaper|less expensive|more expensive|costlier|price|dollars|resource savings|resource usage|resources', metric: 'cost' },
	{ pattern: 'memory(?: footprint| usage| consumption| cost| increase| overhead)?|footprint|model size|code size|binary size|(?:index|cache|file|checkpoint) sizes?|storage(?: overheads?)?|kv[- ]cache(?: size)?|(?:peak )?[sdv]ram(?: usage)?|parameters|params|smaller|compress(?:es|ed|ion|ing|ing)?|shrink(?:s|ing)?|shrunk|prune[sd]?|space', metric: 'memory' },
	{ pattern: 'token usage|token consumption|generated tokens|output tokens|reasoning tokens|(?<!per (?:(?:million|thousand|billion|1[MKB]) )?)tokens|output length|reasoning length|response length|reasoning steps|reasoning chains?|prompt lengths?|input lengths?', metric: 'tokens' },
	{ pattern: 'bandwidth(?: usage| consumption)?|bytes sent|(?:per-client |client )?uploads?(?: size| volume)?|communication(?: volume| cost| overhead)?|(?:network |upload |download |communication )?traffic|bit[- ]?rates?', metric: 'bandwidth' },
	{ pattern: 'context windows?|context lengths?|context sizes?|sequence lengths?|batch sizes?|(?:largest|maximum|max) (?:trainable )?batch(?:es)?|longer contexts?', metric: 'capacity' },
	{ pattern: 'throughput|goodput|more requests|requests per second|queries per second|qps|tokens per second|serving capacity|requests served', metric: 'throughput' },
	{ pattern: 'speed-?ups?|speeds? up|speeding up|sped up|speed|faster|fast|accelerat(?:es|ed|ing|ion|e)|quicker|sooner', metric: 'speed' },
	{ pattern: 'slowdowns?|slower|slows? down|slowed down', metric: 'latency' },
	{ pattern: 'tail latenc(?:y|ies)|latenc(?:y|ies)|ttft|tbt|tpot|time[- ]to[- ]first[- ]token|time[- ]between[- ]tokens|time[- ]per[- ]output[- ]token|inter[- ]token latenc(?:y|ies)|response times?|inference times?|wall[- ]clock(?: times?)?|wall-times?|end-to-end times?|runtimes?|run[- ]times?|(?:execution|training|processing|completion|sampling|decoding|generation|search|query|compilation|solving|rendering|encoding|prefill|running|rollout|inference|answer|retrieval|planning|verification|mitigation) times?|real[- ]time factors?|rtf|delays?|(?:average )?lagging|slos?|jct|makespans?|time[- ]to[- ](?:a[- ]|an[- ]|the[- ])?(?:correct[- ]|first[- ]|final[- ]|[a-z]+ )?(?:decision|diagnosis|prediction|solution|answer|result|convergence|accuracy|submission|completion|recovery|detection)', metric: 'latency' },
	// `annotation time`, `computation time`: checked in code (the word before ends in -ion/-ing).
	{ pattern: 'times?', metric: 'latency' },
	{ pattern: 'performance', metric: 'accuracy' }
];

const PERFORMANCE_INDEX = ENTRIES.length - 1;
const ACTION_BEFORE = /(?:[a-z]{2,}(?:ion|ing)|task|job|query|request|step|episode|iteration|epoch|pass|wall|compile|build|boot|load|startup|setup|cpu|gpu|total|overall|end-to-end|turnaround|wait|response|run|solve|search|answer)[ -]$/i;
// `30x less space` is memory; a search, design or latent space is not a resource.
const NOT_A_RESOURCE_SPACE = /\b(?:search|design|latent|action|state|solution|feature|embedding|hypothesis|parameter|configuration|program|vector|sample|output|input|joint|shared)\s+$/i;
// `\b` (not a lookbehind) keeps the engine's fast first-character scan; a match right after
// `-` (`high-throughput`) is dropped in code.
const LEXICON = new RegExp(`\\b(?:${ENTRIES.map((e) => `(${e.pattern})`).join('|')})(?![A-Za-z0-9])`, 'gi');
/** Matched text (lowercased) -> entry index: the group scan runs once per distinct word. */
const ENTRY_OF = new Map<string, number>();
const MAX_MEMO = 4096;

export interface MetricHit {
	metric: Metric;
	higherIsBetter: boolean;
	start: number;
	end: number;
	word: string;
}

/** Words saying the word after them is held equal (`the same loss`, `at equivalent latency`). */
export const HELD_EQUAL_WORDS = 'same|equivalent|equal|matched|matching|fixed|given|comparable|similar|identical|constant';
// A quantity held fixed, not measured: `at equivalent latency`, `within the same context window`,
// `with increased computation`; `rounds to reach 80% accuracy`: a target reached.
const CONTROLLED_BEFORE = new RegExp(
	`\\b(?:${HELD_EQUAL_WORDS}|increased)\\s+(?:[a-z-]+\\s+){0,1}$|\\bto\\s+(?:reach|achieve|attain)\\s+(?:an?\\s+|the\\s+)?(?:target\\s+)?(?:[\\d.]+\\s?%\\s+)?(?:[a-z-]+\\s+)?$`,
	'i'
);
// `application performance` is how fast a system runs; plain `performance` is task quality.
const SYSTEM_PERFORMANCE = /\b(?:application|system|end-to-end|serving|inference|runtime|hardware|end-to-end application|gpu|cpu)\s+$/i;

/** All metric words in text[from, to), left to right. */
export function metricHits(text: string, from: number, to: number): MetricHit[] {
	const hits: MetricHit[] = [];
	if (to <= from) return hits;
	const window = text.slice(from, to);
	LEXICON.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = LEXICON.exec(window)) !== null) {
		if (m.index > 0 && window.charCodeAt(m.index - 1) === 45) continue;
		const key = m[0].toLowerCase();
		let k = ENTRY_OF.get(key);
		if (k === undefined) {
			k = 0;
			while (k < ENTRIES.length && m[k + 1] === undefined) k++;
			if (ENTRY_OF.size < MAX_MEMO) ENTRY_OF.set(key, k);
		}
		if (k >= ENTRIES.length) continue;
		const entry = ENTRIES[k];
		let metric = entry.metric;
		if (k === PERFORMANCE_INDEX && SYSTEM_PERFORMANCE.test(window.slice(Math.max(0, m.index - 40), m.index)))
			metric = 'speed';
		// `mAP` is the detection score; a lowercase `map` is the word (`the map takes 12 MB`).
		if (key === 'map' && m[0] === 'map') continue;
		if (key === 'space' && NOT_A_RESOURCE_SPACE.test(window.slice(Math.max(0, m.index - 16), m.index))) continue;
		if (key.startsWith('prun') && !numberFollows(text, from + m.index + m[0].length)) continue;
		if ((key === 'time' || key === 'times') && !ACTION_BEFORE.test(text.slice(Math.max(0, from + m.index - 24), from + m.index))) continue;
		hits.push({
			metric,
			higherIsBetter: entry.higherIsBetter ?? METRIC_INFO[metric].higherIsBetter,
			start: from + m.index,
			end: from + m.index + m[0].length,
			word: m[0]
		});
	}
	return hits;
}

/** Is the metric word at `hit` a quantity held fixed (`at equivalent latency`)? */
export function isControlled(text: string, hit: MetricHit): boolean {
	return CONTROLLED_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
}
