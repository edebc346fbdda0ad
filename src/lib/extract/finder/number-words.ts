/**
 * Number words: `four times`, `twice`, `half`, `an order of magnitude`, `two orders of
 * magnitude`, `a factor of five`, fractions (`1/20th of`). Literal alternations only, matched in short windows around
 * marker words.
 */
import { type NumberGroup, type NumberItem, newItem } from './items.ts';

// Number words. Literal alternations only.
const WORD_VALUES: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
	'a hundred': 100, 'one hundred': 100, thousand: 1000, 'a thousand': 1000
};
const WORD_ALT = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|one hundred|hundred|a thousand|thousand';
const NUMBER_WORDS = new RegExp(
	`\\b(?:(twice|thrice|double)(?= (?:as|the|faster|higher|more|lower|less|fewer|throughput|speed)\\b)|(an?|one|two|three|four|five|six|[1-9]) orders? of magnitude|(${WORD_ALT})(?: |-)?(times|fold)|(a factor of) (${WORD_ALT}|\\d+(?:\\.\\d+)?)|(halves|halving|halved|by half|in half|by a half|half the)|by (a|one|two|three)[- ](thirds?|quarters?)|(doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|quadrupl(?:es|ed|ing))|1\\/(\\d{1,4})(?:(?:th|st|nd|rd)(?: of)?(?= (?:as|the|its|[a-z]+)\\b)| of(?= (?:the |its |[A-Z][\\w-]*['’]s )?(?:[a-z-]+ )?(?:compute|memory|cost|time|energy|FLOPs|parameters|latency|storage|runtime|budget|bandwidth)\\b))|(?:one|a)[- ](fifth|tenth|twentieth|fiftieth|hundredth|thousandth)(?: of)?(?= (?:as|the|its|[a-z]+)\\b))`,
	'gi'
);
const ORDINAL_VALUES: Record<string, number> = { fifth: 5, tenth: 10, twentieth: 20, fiftieth: 50, hundredth: 100, thousandth: 1000 };
const ORDER_VALUES: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

function wordItem(start: number, end: number, value: number): NumberItem {
	const item = newItem(start);
	item.end = end;
	item.low = item.high = value;
	item.unit = 'x';
	item.kind = 'x';
	item.fromWords = true;
	return item;
}

/**
 * Number words are rare: find their marker words with one literal alternation (fast on any
 * text) and return merged windows around them; only those windows are matched against the
 * number-word pattern.
 */
// (Every marker starts with a letter another marker starts with, or a rare one: a marker starting with
// a common letter such as `s`, `e` or `n` slows the scan of every text; `one ninth` is not read.)
const WORD_MARKERS = /twice|thrice|doubl|tripl|quadrupl|magnitude|times|fold|factor|hal[fv]|third|quarter|fifth|tenth|twentieth|fiftieth|hundredth|thousandth|1\/\d/gi;
const WORD_MARKER = new RegExp(WORD_MARKERS.source, 'i');

/** Cheap test: text without a digit or one of these markers holds no number word. */
export function hasNumberWordMarker(text: string): boolean {
	return WORD_MARKER.test(text);
}
const MARKER_BEFORE = 40;
const MARKER_AFTER = 36;
const MAX_MARKERS = 2000;

export function numberWordRanges(text: string): [number, number][] {
	const hits: number[] = [];
	WORD_MARKERS.lastIndex = 0;
	let m: RegExpExecArray | null;
	while (hits.length < MAX_MARKERS && (m = WORD_MARKERS.exec(text)) !== null) hits.push(m.index);
	if (hits.length === 0) return [];
	const ranges: [number, number][] = [];
	for (const h of hits) {
		const from = Math.max(0, h - MARKER_BEFORE);
		const to = Math.min(text.length, h + MARKER_AFTER);
		const last = ranges[ranges.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else ranges.push([from, to]);
	}
	return ranges;
}

export function scanNumberWords(text: string, from: number, to: number, groups: NumberGroup[], maxGroups: number): void {
	const window = text.slice(from, to);
	NUMBER_WORDS.lastIndex = 0;
	let m: RegExpExecArray | null;
	while (groups.length < maxGroups && (m = NUMBER_WORDS.exec(window)) !== null) {
		const start = from + m.index;
		const end = start + m[0].length;
		// A match cut by the window's start is read again from the previous window's words.
		if (m.index === 0 && from > 0 && /[A-Za-z]/.test(text[from - 1])) continue;
		let item: NumberItem | null = null;
		if (m[1]) item = wordItem(start, end, m[1].toLowerCase() === 'thrice' ? 3 : 2);
		else if (m[2]) {
			item = wordItem(start, end, Math.pow(10, ORDER_VALUES[m[2].toLowerCase()] ?? (Number(m[2]) || 1)));
			item.approximate = true;
		} else if (m[3]) item = wordItem(start, end, WORD_VALUES[m[3].toLowerCase()] ?? NaN);
		else if (m[5]) {
			const raw = m[6].toLowerCase();
			const value = WORD_VALUES[raw] ?? Number(raw);
			// `a factor of 5`: the number is where the claim's value sits.
			item = wordItem(start, end, value);
		} else if (m[7]) {
			item = wordItem(start, end, 50);
			item.unit = '%';
			item.kind = 'percent';
			item.impliesDecrease = true;
		} else if (m[10]) {
			// `doubles throughput`, `triples the decoding speed`: a times value said by the verb.
			const w = m[10].toLowerCase();
			item = wordItem(start, end, w.startsWith('doubl') ? 2 : w.startsWith('tripl') ? 3 : 4);
			item.multiplierVerb = true;
		} else if (m[11]) {
			// `1/20th of the compute`, `1/50th as much`: the quantity is N times smaller.
			const n = Number(m[11]);
			if (n > 1) {
				item = wordItem(start, end, n);
				item.impliesDecrease = true;
			}
		} else if (m[12]) {
			// `at one-twentieth of the inference cost`: the quantity is N times smaller.
			item = wordItem(start, end, ORDINAL_VALUES[m[12].toLowerCase()]);
			item.impliesDecrease = true;
		} else if (m[9]) {
			// `reduced by a third`, `by two thirds`: a fraction as a percentage (4 significant digits).
			const parts = m[8].toLowerCase() === 'two' ? 2 : m[8].toLowerCase() === 'three' ? 3 : 1;
			const whole = m[9].toLowerCase().startsWith('third') ? 3 : 4;
			if (parts < whole) {
				item = wordItem(start + 3, end, Number(((100 * parts) / whole).toPrecision(4)));
				item.unit = '%';
				item.kind = 'percent';
			}
		}
		if (item && Number.isFinite(item.low))
			groups.push({ start: item.start, end, items: [item], kind: 'single', baselineValue: null });
	}
}
