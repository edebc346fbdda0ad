/**
 * The quantity a number's own unit or verb names, before the words around it are consulted: a score
 * named as the unit (`+1.3 BLEU`), a rate (a throughput whatever was named before it), a time a
 * task takes (`runs in 14 ms`), a size something occupies (`occupies 11.8 MB`, `1.1 GB of RAM`), an
 * amount of energy (`1.4 Wh`);
 * and the defaults when nothing at all is named.
 */
import type { Metric } from '../../claims/schema.ts';
import { type MetricHit, metricHits } from './metric.ts';
import type { NumberItem } from './numbers.ts';

const MEMORY_HIT: MetricHit = { metric: 'memory', higherIsBetter: false, start: -1, end: -1, word: '' };
const RATE_HIT: MetricHit = { metric: 'throughput', higherIsBetter: true, start: -1, end: -1, word: '' };
const ENERGY_EFFICIENCY_HIT: MetricHit = { metric: 'energy', higherIsBetter: true, start: -1, end: -1, word: '' };
const ENERGY_HIT: MetricHit = { metric: 'energy', higherIsBetter: false, start: -1, end: -1, word: '' };
const LATENCY_HIT: MetricHit = { metric: 'latency', higherIsBetter: false, start: -1, end: -1, word: '' };

const TAKES_IN =
	/\b(?:(?:runs?|ran|completes?|completed|finish(?:es|ed)?|takes?|took|execut(?:es|ed)|(?:pre)?trains?|answers?|process(?:es|ed)|reconstructs?|generat(?:es|ed)|produc(?:es|ed)|simulat(?:es|ed)|renders?|rendered|solves?|converges?|responds?|predicts?|predicted|estimat(?:es|ed)|infers?|inferred|detects?|detected|classif(?:ies|ied)|segments?|segmented|decodes?|decoded|encodes?|encoded|transcrib(?:es|ed)|translat(?:es|ed)|retriev(?:es|ed)|compil(?:es|ed)|synthesiz(?:es|ed)|plans?|planned|comput(?:es|ed)|verif(?:ies|ied)|recovers?|recovered|reconstructed|loads?|loaded|builds?|built|index(?:es|ed)|localiz(?:es|ed))\b(?:\s+[\w./-]+){0,6}?\s+in|takes?|took|adds?|added|incurs?|incurred|runs?\s+at|ran\s+at)\s+(?:only\s+|just\s+|under\s+|about\s+|approximately\s+|less than\s+|between\s+|~|an? (?:median|mean|average) of\s+)?$/i;
// `detects anomalies in 5 ms windows`: a time that sizes something is a setting.
const SPAN_NOUN = /^[ -](?:windows?|intervals?|chunks?|segments?|clips?|slots?|bins?|epochs?|increments?|steps?)\b/;
const OCCUPIES = /\b(?:occup(?:y|ies|ied)|fits?\s+(?:in|into|within)|consumes?|consumed)\s+(?:only\s+|just\s+|under\s+|about\s+|less than\s+|~)?$/i;
const OF_RAM = /^\s+of\s+(?:GPU\s+|CPU\s+|host\s+)?(?:RAM|VRAM|DRAM|HBM)\b/;

export interface ItemQuantity {
	/** The quantity the claim measures: named by the item itself, else `head`. */
	named: MetricHit | null;
	/** `58 frames per second`: a rate is a throughput whatever was named before it. */
	rateNamed: boolean;
	/** A time is a latency when its quantity is not named after it: `runs in 14 ms`, or after a word
	 *  for another quantity (`3.1x fewer MACs ..., and runs in 14 ms`). */
	timeNamed: boolean;
	/** `occupies 11.8 MB of flash`, `1.1 GB of RAM`: a memory (read here, not as a word the claims
	 *  after it could take: `on a laptop with 16 GB of RAM, a 5x improvement` is not of memory). */
	sizeNamed: boolean;
	/** `costs 0.4 Wh`, `consumes 3.8 µW`: an amount of energy or power is an energy. */
	energyNamed: boolean;
}

const CONSUMES = /\b(?:consum(?:es|ed|ing|e)|draws?|drawing|drew|dissipat(?:es|ed|ing|e)|uses?|using|used)\s+(?:only\s+|just\s+|about\s+|under\s+|less than\s+|~)?$/i;

/** What `item` names itself, given the quantity word found for it (`head`, after it or not). */
export function quantityOfItem(text: string, item: NumberItem, head: MetricHit | null, headAfter: boolean): ItemQuantity {
	const unitHit = item.kind === 'score' ? (metricHits(text, item.end - item.unit.length, item.end)[0] ?? null) : null;
	const rateNamed = item.kind === 'rate' && !headAfter;
	const timeNamed =
		item.kind === 'time' &&
		!headAfter &&
		// (`0.15 RTF` names itself: a real-time factor.)
		(item.unit === 'RTF' || (head ? head.metric !== 'latency' && head.metric !== 'speed' : TAKES_IN.test(text.slice(Math.max(0, item.start - 60), item.start)) && !SPAN_NOUN.test(text.slice(item.end, item.end + 14))));
	const sizeNamed =
		item.kind === 'size' && !head && (OCCUPIES.test(text.slice(Math.max(0, item.start - 40), item.start)) || OF_RAM.test(text.slice(item.end, item.end + 16)));
	// `costs between 0.02 and 1.4 Wh`: an amount of energy is an energy, whatever word came before it.
	// `the chip consumes 3.8 µW`: a power a device consumes, draws or dissipates is its power.
	const energyNamed =
		item.kind === 'power' && ((head !== null && head.metric !== 'energy') || (head === null && CONSUMES.test(text.slice(Math.max(0, item.start - 30), item.start))));
	const named =
		unitHit ??
		(rateNamed ? (item.unit.endsWith('/W') ? ENERGY_EFFICIENCY_HIT : RATE_HIT) : timeNamed ? LATENCY_HIT : sizeNamed ? MEMORY_HIT : energyNamed ? ENERGY_HIT : head);
	return { named, rateNamed, timeNamed, sizeNamed, energyNamed };
}

/** The quantity of a number when no word names one: a factor is a speed-up, a percentage an accuracy. */
export function defaultMetric(item: NumberItem): Metric | null {
	switch (item.kind) {
		case 'x':
			return 'speed';
		case 'percent':
		case 'pp':
			return 'accuracy';
		case 'rate':
			return 'throughput';
		case 'tokens':
			return 'tokens';
		case 'score':
			return 'accuracy';
		default:
			return null;
	}
}

/** `overhead is reduced from 12 minutes to 40 seconds`: a before/after pair of times is a latency,
 *  of sizes a memory, when no other quantity is named. */
export function pairDefaultMetric(item: NumberItem): Metric | null {
	return item.kind === 'time' ? 'latency' : item.kind === 'size' ? 'memory' : null;
}
