/**
 * Numbers that are not claims: bare counts and identifiers, model sizes (`8B`), adjectives
 * (`16-bit`), settings (`at 2.54 bits`, `with 50% sparsity`), powers (`10^4`) and background
 * sentences about other work (`can introduce overheads of up to 20%`).
 */
import { metricHits } from './metric.ts';
import type { NumberItem } from './numbers.ts';

/** Why a number alone is not a claim (settings and background sentences are judged in context). */
export type Exclusion = 'BareNumber' | 'ModelSize' | 'Adjective' | 'Power' | 'CountOfThings';

/** Why an item is not a claim by itself (before looking at its sentence), or null. */
export function excludeItem(item: NumberItem): Exclusion | null {
	// (`10^4 times cheaper` is a factor.)
	if (item.power && item.kind !== 'x') return 'Power';
	if (item.hyphenWord) return 'Adjective';
	if (item.kind === 'none') return 'BareNumber';
	if (item.magnitude === 'B' && (item.kind === 'count' || item.kind === 'size')) return 'ModelSize';
	if (item.kind === 'count' && /^(?:parameters|params)$/.test(item.unit)) return 'CountOfThings';
	return null;
}

// `at 2.54 bits`, `at 20-50% compression ratios`, `at approximately 5,000ms`.
// `stays under 4.3 GB`, `is kept at 2 ms`: a bound the result stays within, not a setting. `against 2%
// patches` and `the top 1% of coordinates` are settings too (a pair `83.4% against 60.0%` is read before).
const HARDWARE_WITH = /\b(?:laptops?|desktops?|(?:smart)?phones?|devices?|machines?|servers?|nodes?|boards?|GPUs?|CPUs?|cards?|computers?|workstations?)\s+with\s+(?:only\s+|just\s+|a\s+)?$/i;
const KEPT_UNDER = /\b(?:keeps?|kept|keeping|holds?|held|maintains?|stays?|remains?)\s+(?:[\w-]+\s+){0,4}(?:under|below|at|within)\s+(?:(?:a|an|only|just|about|~)\s+)?$/i;
const SETTING_BEFORE = /\b(?<!(?:stays?|stayed|staying|remains?|remained|keeps?|kept|is|are|was|were|of|by|to|unchanged|steady|stable|constant)\s+)(?:at|with|using|under|given|against|top|beyond|per(?:\s+(?:additional|extra|each))?|to\s+(?:reach|achieve|attain))\s+(?:(?:a|an|only|just|approximately|about|around|roughly|fixed|given|target|~)\s+)*$/i;
const COMPARATIVE_AFTER =
	/^\s*(?:\(\S*\)\s*)?(?:[a-z-]+\s+)?(?:lower|higher|less|more|fewer|faster|slower|better|worse|smaller|larger|reduc\w*|improv\w*|gains?|savings?|speed-?ups?|increase\w*|decrease\w*|drops?|loss|degradation|overhead)\b/i;
// `50% sparsity`, `20% pruning ratio`; not `69.8% after quantization` (a result after a change).
const SETTING_NOUN_AFTER =
	/^\s*(?:(?!(?:after|before|despite|following|during|than|without)\b)[a-z-]+\s+)?(?:sparsity|compression ratios?|pruning ratios?|(?:pruning|sparsity|compression|dropout|masking|mask) rates?|pruning|removed|bit-?widths?|bits|quantization|learning rate|dropout|temperature|of (?:the )?(?:training )?data|of the dataset|(?:old |new |replay |training |unlabeled |synthetic )?data\b|of tokens pruned|budgets?|context|precision|label(?:ed|led)? data|of (?:the )?labels|(?:confidence|prediction|credible) (?:intervals?|levels?)|CI)\b/i;

const THRESHOLD_FOR_SHARE = /^\s*(?:[A-Za-z-]+\s+){0,2}(?:for|in|on)\s+(?:about\s+|over\s+|nearly\s+)?\d[\d.]*\s?%\s+of\b/;
const SIGNAL_AFTER = /^\s*(?:[a-z-]+\s+)?(?:audio|speech|signals?|recordings?|waveforms?|sampling|sample rates?|clock|CPUs?|GPUs?|processors?|cores?|chips?|bands?|carriers?|radio|spectrum|tones?|sine|bandwidth|mono|stereo)\b/i;
const SAMPLED_BEFORE = /\b(?:sampled|sampling(?: rate| frequency)?(?: of)?|resampled|recorded|clocked|clock(?: rate| speed)?(?: of)?|downsampled|upsampled)\s+(?:at\s+|to\s+)?$/i;
const BOUND_AFTER_WORD = /([A-Za-z][\w-]*)\s+(?:under|below)\s+$/;
const TO_REACH_BEFORE = /\bto\s+(?:reach|achieve|attain)\s+(?:an?\s+|the\s+)?(?:target\s+(?:of\s+)?)?$/i;
const HELD_EQUAL_BEFORE = /\b(?:at|with|under|for)\s+(?:the\s+|a\s+)?(?:same|equal|equivalent|matched|matching|fixed|identical)\s+(?:[\w-]+\s+){1,4}?(?:of\s+|=\s*|:\s*)(?:about\s+|~)?$/i;

const AT_A_SETTING_OF = /(?:^|[.;!?]\s+)At\s+(?:an?|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+of\s+(?:about\s+|roughly\s+|~)?$/;
const AFTER_DOING = /\bafter\s+[a-z]+ing\s+(?:only\s+|just\s+|about\s+|another\s+)?$/i;
const SCALE_AFTER = /^\s+(?:Likert\s+|rating\s+)?scales?\b/i;
const KEEPS_BEFORE = /\b(?:keep(?:s|ing)?|kept|retain(?:s|ing|ed)?|preserv(?:es?|ed|ing))\s+(?:only\s+|just\s+)?$/i;
const KEPT_PARTS_AFTER = /^\s+of\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+)?(?:channels|weights|parameters|params|heads|layers|neurons|experts|activations|blocks)\b/i;
const THRESHOLD_IN_BRACKET = /\(\s*[\w@-]+(?:\s[\w@-]+)?\s(?:below|under|above|over|less than|more than|of at most|of at least)\s[<>≤≥~]?\s?$|\(\s*[\w@-]+(?:\s[\w@-]+)?\s?[<>≤≥]=?\s?$/;
const VARIES_BY = /\b(?:var(?:y|ies|ied|ying)|fluctuat(?:es?|ed|ing))\s+(?:by\s+)?(?:up to\s+|as much as\s+|about\s+|roughly\s+|nearly\s+)?$/i;
const OPERATING_POINT_BEFORE =
	/\bat\s+(?:an?\s+|the\s+)?(?:fixed\s+|target\s+)?(?:false[- ](?:positive|alarm|acceptance) rate|FPR|FAR|true[- ]positive rate|TPR|recall|precision)\s+(?:of\s+|below\s+|under\s+|at\s+|=\s*|[<≤]\s*)(?:only\s+|just\s+)?$/i;
const RUNS_AT = /\b(?:runs?|running|ran|operates?|operating|generates?|generating|decodes?|decoding|process(?:es)?|processing|serves?|serving|reach(?:es|ing)?|peaks?|peaking)\s+at\s+(?:(?:a|an|only|just|approximately|about|around|roughly|nearly|over|up to|~)\s+)*$|\b(?:takes?|took|stays?|remains?|in)\s+(?:well\s+)?under\s+$/i;

const WITH_QUALITY_AFTER = /^\s*(?:precision|recall|F1|AUROC|AUC|mAP|success rate|win rate)\b/i;
const SCALE_TASK_AFTER = /^\s*(?:[a-z-]+\s+)?(?:super-?resolution|upscal\w*|upsampl\w*|downsampl\w*|zoom|magnification|coverage|sequencing depth)\b/i;

/** Up to two modifiers before a hardware noun (`embedded`, `consumer`), not a preposition or article. */
const HARDWARE_MODIFIERS = String.raw`^\s*(?:(?!(?:on|in|of|per|for|with|to|a|an|the)\b)[a-z-]+\s+){0,2}`;
// `a single 24GB consumer GPU`, `80 GB A100s`: a size naming the hardware, not a result.
const HARDWARE_AFTER = new RegExp(
	`${HARDWARE_MODIFIERS}(?:GPUs?|cards?|devices?|accelerators?|[AHV]100s?|[A-Z]?\\d{3,4}s?\\b|RTX|TPUs?|VRAM|HBM|DRAM|RAM)\\b(?!\\s+(?:memory|footprint|usage))`
);
// `on a 5 W embedded board`: the power class of the hardware used.
const POWERED_HARDWARE_AFTER = new RegExp(
	`${HARDWARE_MODIFIERS}(?:boards?|GPUs?|CPUs?|chips?|SoCs?|devices?|accelerators?|MCUs?|microcontrollers?|platforms?|budgets?|envelopes?)\\b`
);

/** A setting the result is measured at, not a result: `at 2.54 bits`, `with 50% sparsity`. */
export function isSetting(text: string, item: NumberItem, groupEnd: number): boolean {
	const before = text.slice(Math.max(0, item.start - 30), item.start);
	const after = text.slice(groupEnd, groupEnd + 40);
	// `at half the cost`, `at 1/1000th of its computational cost`: a fraction of the quantity is the result.
	if (item.impliesDecrease) return false;
	// `carbon intensity varies by up to 4x over a day`: how much something spreads, not a result.
	if ((before.includes('var') || before.includes('fluctuat')) && VARIES_BY.test(before)) return true;
	// `Quantizing to 4 bits reduces energy`: a bit-width is the setting, whatever follows it.
	if (item.unit === 'bits' && /\b(?:to|at|with|in|using)\s+$/i.test(before)) return true;
	// `At the same false positive rate of 1%`: an operating point held equal, not a result.
	// (It ends in `of`, `=` or `:`: tested before the regex, which most numbers never reach.)
	if (/(?:of|about|[=:~])\s?$/.test(before.slice(-6)) && HELD_EQUAL_BEFORE.test(text.slice(Math.max(0, item.start - 60), item.start))) return true;
	// `at a false positive rate below 0.1%`, `at a recall of 95%`: the operating point a result is read at.
	if (item.kind === 'percent') {
		const lead = text.slice(Math.max(0, item.start - 50), item.start);
		if (lead.includes('at ') && OPERATING_POINT_BEFORE.test(lead)) return true;
	}
	// `At a lagging of 1 second, the gap widens`: the setting a sentence opens with; `after inserting 10%
	// new rows`: the condition a result is measured after.
	if ((before.includes('of ') && AT_A_SETTING_OF.test(text.slice(Math.max(0, item.start - 48), item.start))) || (before.includes('after ') && AFTER_DOING.test(before))) return true;
	// `pose success (RMSD below 2 Å)`: a bracketed threshold that defines the quantity measured.
	if (before.includes('(') && text[groupEnd] === ')' && THRESHOLD_IN_BRACKET.test(before)) return true;
	// `on a 10-point scale`, `a 5-point Likert scale`: the scale a rating is given on.
	if (item.unit === 'pp' && SCALE_AFTER.test(after)) return true;
	// `Rounds to reach 80% accuracy`: the target is a setting, whatever quantity follows it.
	if ((before.includes('reach') || before.includes('achieve') || before.includes('attain')) && TO_REACH_BEFORE.test(before)) return true;
	if (COMPARATIVE_AFTER.test(after)) return false;
	if (item.kind === 'size' && HARDWARE_AFTER.test(after)) return true;
	// `on a 5 W embedded board`, `a 300 W GPU`: the power class of the hardware used.
	if (item.kind === 'power' && POWERED_HARDWARE_AFTER.test(after)) return true;
	// `on a laptop with 16 GB of RAM`: the size of the machine used.
	if (item.kind === 'size' && HARDWARE_WITH.test(before)) return true;
	// `evaluating on 5% of MMLU items`, `updates only the 1% most relevant parameters`: the share used
	// (a share of the model's parameters trained, `on 0.1% of model parameters`, stays a claim).
	// `keep the 0.5% of weights with the largest magnitude`: the share selected.
	if (item.kind === 'percent' && ((/\b(?:on\s+(?:only\s+|just\s+)?|the\s+|attend(?:s|ing)?\s+(?:only\s+)?to\s+)$/i.test(before) && /^\s+of\b(?!\s+(?:the\s+)?(?:model\s+)?param)/i.test(after)) || /^\s+(?:most|least|lowest|highest)\b/i.test(after))) return true;
	// `keeping 1% of outlier channels in FP16`: the share of a model's parts kept aside is a setting
	// (`retains 97% of its accuracy` is a result: a quantity, not parts).
	if (item.kind === 'percent' && KEEPS_BEFORE.test(before) && KEPT_PARTS_AFTER.test(after)) return true;
	// `on a 30 cm table`, `a 2 eV gap`: a measure describing a thing (`a 4.2 cm error` measures a quantity).
	if (item.kind === 'count' && item.unit !== '' && /\b(?:an?|the)\s+$/i.test(before)) {
		const noun = /^\s+[a-z][\w-]*/.exec(after);
		if (noun && metricHits(text, groupEnd, groupEnd + noun[0].length).length === 0) return true;
	}
	// `the top-1 pose is within 2 Å RMSD for 71% of complexes`: the threshold a share is counted at.
	if (before.endsWith('within ') && THRESHOLD_FOR_SHARE.test(text.slice(groupEnd, groupEnd + 40))) return true;
	// `16 kHz audio`, `sampled at 44.1 kHz`, `a 2.4 GHz CPU`: a sampling rate or clock is a setting.
	// (MHz and GHz are clock rates in these texts: `an ARM Cortex-M7 at 480 MHz`.)
	if (item.kind === 'rate' && item.unit.endsWith('Hz') && (item.unit === 'MHz' || item.unit === 'GHz' || SIGNAL_AFTER.test(after) || SAMPLED_BEFORE.test(before))) return true;
	// `succeed 17 out of 20 times`: a count of trials, not a factor.
	if (item.kind === 'x' && /\bout of\s+$/i.test(before)) return true;
	// `a 4x super-resolution network`: the task's scale, not a result.
	if (item.kind === 'x' && SCALE_TASK_AFTER.test(after)) return true;
	// `10-fold cross-validation`: a protocol, not a ratio.
	if (item.kind === 'x' && /fold$/i.test(text.slice(item.start, groupEnd)) && /^[\s-]*(?:cross[- ]?validation|cv\b|splits?\b|stratified)/i.test(after)) return true;
	// `runs at 11.3 tokens per second`: a rate or time a system runs at is its result; so is any
	// rate of output (`decodes video at 58 frames per second`). A request rate is the load applied.
	if ((item.kind === 'rate' || item.kind === 'time') && RUNS_AT.test(before)) return false;
	if (item.kind === 'rate' && item.unit !== 'requests/s' && /\bat\s+(?:[a-z~]+\s+){0,2}$/i.test(before)) return false;
	// `keeps energy per token under 0.35 J`: a bound the result is kept within.
	if (KEPT_UNDER.test(text.slice(Math.max(0, item.start - 50), item.start))) return false;
	// `with 91% precision and 87% recall`: a quality measured (after `at`, `at 95% recall`, it is the
	// operating point).
	if (/\bwith\s+$/i.test(before) && WITH_QUALITY_AFTER.test(after)) return false;
	// `with errors under 2%`: a bound on the quantity named right before `under`, not a setting.
	const bounded = BOUND_AFTER_WORD.exec(before);
	if (bounded && metricHits(bounded[1], 0, bounded[1].length).length > 0) return false;
	if (SETTING_BEFORE.test(before)) {
		// `with only a 3.8% average accuracy loss` is a result: the phrase after says so.
		// So is `with 2.1 ms mean latency` (not a latency budget or target), and `with 99.6% of jobs meeting
		// their deadlines`.
		// (`with only 0.8% additional parameters`: what the method adds is a result too.)
		return !/^\s*(?:additional|extra)\s+(?:[\w-]+\s+)?(?:parameters|params|memory|compute|FLOPs|latency|cost|overhead|time|storage)\b|^\s*of\s+(?:all\s+)?(?:requests|queries|jobs|tasks)\s+(?:within|meeting|that meet)\b|^\s*(?:[\w-]+\s+){0,2}(?:loss|drop|degradation|gains?|improvement|reduction|speed-?up|accuracy|utili[sz]ation|efficiency|MFU|latency(?!\s+(?:budgets?|SLOs?|targets?|constraints?|requirements?|bounds?|limits?)))\b|^\s*of\s+(?:[a-z-]+\s+)?(?:memory|RAM|VRAM|storage|footprint)\b/i.test(after);
	}
	return item.kind !== 'x' && SETTING_NOUN_AFTER.test(after);
}

const HEARSAY = /\b(?:reportedly|(?:is|are|was|were|has been|have been) (?:reported|estimated|said) to)\b/i;
const FIRST_PERSON = /\b(?:we|our|ours|us|this (?:paper|work|study|article)|the proposed|proposed|the present)\b/i;
const RESULT_VERB =
	/\b(?:achiev\w*|outperform\w*|deliver\w*|yield\w*|improv\w*|reduc\w*|demonstrat\w*|shows?|enabl\w*|attain\w*|obtain\w*|surpass\w*|speeds? up|accelerat\w*|enjoy\w*|provid\w*|results? in|lead(?:s|ing)? to|boost\w*|cut\w*|lower\w*|saves?|gains?|sav\w*|compress\w*|runs?|ran|serves?|processes)\b|\d\s?(?:x|×|%)\s+(?:[a-z-]+\s+)?(?:faster|cheaper|less|fewer|lower|higher|smaller|more)\s+(?:[a-z-]+\s+){0,3}?than\b/i;
const STRONG_BACKGROUND = /^(?:however,?\s+|but\s+|yet\s+|unfortunately,?\s+|the\s+|these\s+|such\s+)?(?:existing|prior|previous|conventional|traditional|current|recent|state-of-the-art|standard|typical|most|many|popular)\b/i;
const WEAK_BACKGROUND = /\b(?:can|could|may|might|often|typically|usually|commonly|generally|however|although|suffer\w*|requir\w*|prohibitive|bottleneck\w*|costly|expensive)\b/i;

/**
 * A sentence about other work or the problem rather than the paper's results. `ownNames` gives
 * the paper's own system names (computed only when needed), which make a sentence its own.
 */
export function isBackgroundSentence(sentence: string, ownNames: () => readonly string[]): boolean {
	if (FIRST_PERSON.test(sentence)) return false;
	// `GPT-4 reportedly achieves 86.4%`: someone else's figure.
	if (HEARSAY.test(sentence)) return true;
	if (!STRONG_BACKGROUND.test(sentence) && !(WEAK_BACKGROUND.test(sentence) && !RESULT_VERB.test(sentence))) return false;
	for (const name of ownNames()) if (name.length >= 3 && sentence.includes(name)) return false;
	if (STRONG_BACKGROUND.test(sentence)) return true;
	return WEAK_BACKGROUND.test(sentence) && !RESULT_VERB.test(sentence);
}

/** The sentence that introduces the paper's own work: `We present X`, `In this paper, we propose`,
 * `Here we introduce`, `This paper presents`. Found by its verb phrase first (a literal the engine
 * finds fast), then checked to open its sentence (alone or after `In this paper,`, `Here,`, `To
 * address this ...,`). */
const INTRODUCING = /\b(?:[Ww]e|This (?:paper|work|article))\s+(?:present|propose|introduce|develop|design|describe|build|contribute|presents|proposes|introduces|develops|describes)\b/g;
const INTRO_LEAD = /(?:^|[.!?]\s+)(?:(?:In this (?:paper|work|article),?|Here,?|To (?:address|solve|close|bridge|fill|tackle) (?:this|these|the)[^.]{0,40}?,)\s+)?$/;
// (Not FIRST_PERSON: a `we` inside a problem statement, `in production traces we observe that`, does
// not make it the paper's result; a sentence opening with `We` does, tested apart.)
const OWN_WORK = /\b(?:our|ours|this (?:paper|work|article)|the proposed)\b/i;

/** Where the sentence introducing the paper's own work starts, or -1. */
export function introductionStart(text: string): number {
	INTRODUCING.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = INTRODUCING.exec(text)) !== null) {
		const lead = INTRO_LEAD.exec(text.slice(Math.max(0, m.index - 80), m.index));
		if (!lead) continue;
		// The sentence starts after the previous one's end mark and its spaces.
		const capital = lead[0].search(/[A-Z]/);
		return m.index - lead[0].length + (capital >= 0 ? capital : lead[0].length);
	}
	return -1;
}

/**
 * Whether the text before the introduction already speaks of the paper's own work (a sentence
 * opening with `We`, `It`, `Experiments` or `Results`; `our`, `this paper`, one of its system
 * names): such an abstract states results before it presents them (`We reach 93.2% ... We
 * present X`), and what comes before the introduction is not only background.
 */
export function ownWorkBefore(text: string, introStart: number, ownNames: () => readonly string[]): boolean {
	const before = text.slice(0, introStart);
	if (/(?:^|[.!?]\s+)(?:We|It|Experiments|Results|Evaluations?)\b/.test(before) || OWN_WORK.test(before)) return true;
	for (const name of ownNames()) if (name.length >= 3 && before.includes(name)) return true;
	return false;
}
