/**
 * Units written after a number: `x` (times, ×, -fold), `%`, `pp` (points), times, sizes, rates
 * and token counts. Every pattern is a sticky alternation of literals: linear, no backtracking
 * beyond one alternative.
 */

/** `score`: a metric named as the unit (`+1.3 BLEU`, `85.2 F1`); the unit is the metric's name. */
/** `power`: energy and power units (`38 mJ`, `2.2 W`, `0.4 Wh`), a level of the energy named with it. */
export type UnitKind = 'x' | 'percent' | 'pp' | 'time' | 'size' | 'rate' | 'tokens' | 'count' | 'score' | 'power';

export interface UnitMatch {
	/** The contract's unit: `x`, `%`, `pp`, `ms`, `GB`, `tokens/s`, ... */
	unit: string;
	kind: UnitKind;
	/** Offset just after the unit. */
	end: number;
}

const TIME: Record<string, string> = {
	ns: 'ns', nanoseconds: 'ns', nanosecond: 'ns',
	us: 'us', 'µs': 'us', 'μs': 'us', microseconds: 'us', microsecond: 'us',
	ms: 'ms', milliseconds: 'ms', millisecond: 'ms', msec: 'ms',
	s: 's', sec: 's', secs: 's', seconds: 's', second: 's',
	min: 'min', mins: 'min', minutes: 'min', minute: 'min',
	h: 'h', hr: 'h', hrs: 'h', hours: 'h', hour: 'h',
	day: 'day', days: 'day'
};
const SIZE: Record<string, string> = {
	KB: 'KB', MB: 'MB', GB: 'GB', TB: 'TB', KiB: 'KB', MiB: 'MB', GiB: 'GB', TiB: 'TB',
	bytes: 'B', bits: 'bits', bit: 'bits'
};

// Glued to the number: `29%`, `18\%`, `3x`, `2.5×`, `6times`, `4-fold`, `5,000ms`, `16GB`. A `×`
// between two numbers is a dimension (`1024×1024`, `3 × 3`), and before a device a count of them
// (`8×A100`, `4× GPUs`), not a factor.
const GLUED =
	/(\\?%)|(×|\$?\\times\$?)(?!\s?(?:\d|[A-Z]{1,4}\d|[GTN]PUs?\b))|([xX])(?![A-Za-z0-9])|(-?times)(?![A-Za-z])|(-?fold)(?![A-Za-z])|(pp|-points?|-percentage-points?|-pts?)(?![A-Za-z])|(ns|us|µs|μs|ms|msec|sec|secs|s|min|mins|hrs|hr|h)(?![A-Za-z0-9])|(KB|MB|GB|TB|KiB|MiB|GiB|TiB)(?![A-Za-z])|(°[CF]?)|(cm|mm|km)(?![A-Za-z0-9/])/y;

// After one space: `29 %`, `3 ×`, `3 times`, `2.1 points`, `45 ms`, `1,250 tokens/s`, `1.3 Å`, `0.3 degrees`, `4.2 cm`.
const SPACED =
	/ (?:(%|percent\b|per cent\b)|(×|\$?\\times\$?)(?!\s?(?:\d|[A-Z]{1,4}\d|[GTN]PUs?\b))|(times|fold|x(?=\s+[a-z]))(?![A-Za-z])|(percentage[- ]points?|points?|pts|pp|p\.p\.)(?![A-Za-z])|(tokens\/s(?:ec)?|tok\/s|tokens per second|token\/s|requests\/s|req\/s|requests per second|queries per second|QPS|FPS|fps|frames per second|frames\/s|images\/s|samples\/s|(?:[a-z]+ )?[a-z]+s per (?:second|minute|hour|day)|pages\/s|(?:sequences|queries|inferences|items|documents|videos|graphs|edges|keys|records|tasks|jobs|episodes|batches|prompts|sentences|utterances|clips)\/s|operations per second|ops\/s|[TGP]?OPS\/W|[TGP]FLOPS\/W|[TGP]OPS|[TGP]FLOPS)(?![A-Za-z])|(ms\/token|ms per token|s\/token|nanoseconds?|microseconds?|milliseconds?|seconds?|minutes?|hours?|days?|ns|us|µs|μs|ms|msec|secs?|mins?|hrs?|s|h)(?![A-Za-z0-9])|(KB|MB|GB|TB|KiB|MiB|GiB|TiB|bytes|bits?)(?![A-Za-z])|(tokens)(?![A-Za-z])|(FLOPs|GFLOPs|TFLOPs|MACs|GMACs|parameters|params)(?![A-Za-z])|(BLEU|CodeBLEU|ROUGE-[L12]|ROUGE|F1|mAP|AP(?:50|75)?|box AP|mask AP|mIoU|NDS|SSIM|AUROC|AUPRC|AUC|CIDEr|FID|PSNR|dB|RTF|real-time factor|[A-Z][A-Z0-9]{1,5}(?= points?(?![A-Za-z])))(?![A-Za-z0-9])(?: points?(?![A-Za-z]))?|(µJ|μJ|uJ|nJ|pJ|mJ|kJ|J|mWh|Wh|kWh|µW|μW|uW|nW|mW|kW|W)(?![A-Za-z0-9/])|(\u00C5|\u212B|[Aa]ngstroms?)(?![A-Za-z])|(GHz|MHz|kHz|Hz)(?![A-Za-z0-9/])|(°[CF]?|degrees?(?: Celsius| Fahrenheit)?|deg|[mk]?eV(?:\/atom| per atom)?|kcal\/mol|kJ\/mol)(?![A-Za-z0-9])|(mm|cm|km|millimet(?:er|re)s?|centimet(?:er|re)s?|met(?:er|re)s?|kilomet(?:er|re)s?)(?![A-Za-z0-9/]))/y;

/** The unit right after `pos`, or null. `yearLike` keeps `1990s` from reading as seconds. */
export function readUnit(text: string, pos: number, yearLike = false): UnitMatch | null {
	const c = text.charCodeAt(pos);
	// Cheap exits: a unit starts with a letter, `%`, `\\`, `$` (`$\times$`), `×`, `-` (fold), `µ`/`μ` or a space.
	if (!(c === 32 || c === 37 || c === 92 || c === 36 || c === 0xd7 || c === 45 || c === 0xb5 || c === 0x3bc || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
		return null;
	GLUED.lastIndex = pos;
	let m = c === 32 ? null : GLUED.exec(text);
	if (m) {
		const end = pos + m[0].length;
		if (m[1]) return { unit: '%', kind: 'percent', end };
		if (m[2] || m[3] || m[4] || m[5]) return { unit: 'x', kind: 'x', end };
		if (m[6]) return { unit: 'pp', kind: 'pp', end };
		if (m[7]) {
			if (yearLike) return null;
			return { unit: TIME[m[7]], kind: 'time', end };
		}
		if (m[8]) return { unit: SIZE[m[8]], kind: 'size', end };
		if (m[9] || m[10]) return { unit: measureUnit(m[9] ?? m[10]), kind: 'count', end };
	}
	if (c !== 32) return null;
	SPACED.lastIndex = pos;
	m = SPACED.exec(text);
	if (!m) return null;
	const end = pos + m[0].length;
	if (m[1]) return { unit: '%', kind: 'percent', end };
	if (m[2] || m[3]) return { unit: 'x', kind: 'x', end };
	if (m[4]) return { unit: 'pp', kind: 'pp', end };
	if (m[5]) return { unit: rateUnit(m[5]), kind: 'rate', end };
	if (m[6]) return { unit: TIME[m[6]] ?? TIME[m[6].replace(/s$/, '')] ?? m[6].replace(' per ', '/'), kind: 'time', end };
	if (m[7]) return { unit: SIZE[m[7]] ?? m[7], kind: 'size', end };
	if (m[8]) return { unit: 'tokens', kind: 'tokens', end };
	if (m[9]) return { unit: m[9] === 'params' ? 'parameters' : m[9], kind: 'count', end };
	// `decodes at 0.15 real-time factor`: processing time per second of audio or video, a time ratio.
	if (m[10] === 'RTF' || m[10] === 'real-time factor') return { unit: 'RTF', kind: 'time', end };
	// `by 38 FVD points`: any score named in capitals before `points` is that score's points. The
	// item ends with the score's name (its metric is read there: quantity.ts).
	if (m[10]) return { unit: m[10], kind: 'score', end: pos + 1 + m[10].length };
	if (m[11]) return { unit: m[11].replace(/^[uμ](?=[WJ])/, 'µ'), kind: 'power', end };
	// A length (`1.31 Å` of an RMSD): like a count, it needs its quantity named.
	if (m[12]) return { unit: 'Å', kind: 'count', end };
	// `acts at 60 Hz instead of 4 Hz`: a frequency is a rate (a clock or sampling rate is a setting: exclusions.ts).
	if (m[13]) return { unit: m[13], kind: 'rate', end };
	// Angles, temperatures, lengths and energies (`a heading error of 0.3 degrees`, `4.2 cm`, `21 meV/atom`):
	// like a count, they need their quantity named.
	if (m[14] || m[15]) return { unit: measureUnit(m[14] ?? m[15]), kind: 'count', end };
	return null;
}

const MEASURE_UNITS: Record<string, string> = {
	degree: '°', degrees: '°', deg: '°', 'degrees Celsius': '°C', 'degree Celsius': '°C', 'degrees Fahrenheit': '°F', 'degree Fahrenheit': '°F'
};

const LENGTH_UNITS: Record<string, string> = { milli: 'mm', centi: 'cm', '': 'm', kilo: 'km' };

/** A measure's unit as the CSV writes it: symbols for angles and temperatures, `mm`/`cm`/`m`/`km` for lengths. */
function measureUnit(raw: string): string {
	if (raw.endsWith(' per atom')) return `${raw.slice(0, -9)}/atom`;
	const named = MEASURE_UNITS[raw];
	if (named) return named;
	const length = /^(milli|centi|kilo|)met(?:er|re)s?$/.exec(raw);
	return length ? LENGTH_UNITS[length[1]] : raw;
}

const PER_UNIT: Record<string, string> = { second: 's', minute: 'min', hour: 'h', day: 'day' };

function rateUnit(raw: string): string {
	const r = raw.toLowerCase();
	if (r.startsWith('tok')) return 'tokens/s';
	if (r.startsWith('req') || r === 'qps' || r.startsWith('quer')) return 'requests/s';
	if (r === 'fps' || r.startsWith('frame') || r.endsWith(' frames per second')) return 'FPS';
	if (r.startsWith('op')) return 'ops/s';
	if (/ops(?:\/w)?$/.test(r)) return raw;
	// `10.4 pages per second` -> `pages/s`; `1.2 billion environment steps per hour` -> `environment steps/h`.
	const per = / per (second|minute|hour|day)$/.exec(raw);
	if (per) return `${raw.slice(0, per.index)}/${PER_UNIT[per[1]]}`;
	return raw;
}

/** Unit class used to compare claims: `x`; `%` and `pp` together; others as written. */
export function unitClass(unit: string): string {
	return unit === 'pp' ? '%' : unit;
}
