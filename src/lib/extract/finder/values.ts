/**
 * One value or range with its unit, as written: `29%`, `1.2times`, `5,000ms`, `8B`, `2.3 million`,
 * `10^4`, `2.8x-5.8x`, `28-71%`, `1.4–11.2x`, `$0.38`. Lists, pairs and number words are built
 * from these in numbers.ts.
 */
import { isAsciiLetter, isDigit } from './text.ts';
import { type NumberItem, newItem } from './items.ts';
import { readUnit, unitClass } from './units.ts';

// `1,250.5`, `12`, `0.6`: thousands separators only in groups of three.
const ATOM = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const SCALE = / (thousand|million|billion|trillion)(?![A-Za-z])/iy;

interface Atom {
	value: number;
	start: number;
	end: number;
	sign: '+' | '-' | '';
	magnitude: '' | 'K' | 'M' | 'B';
	power: boolean;
	yearLike: boolean;
}

export function isMinus(c: string): boolean {
	return c === '-' || c === '−' || c === '–';
}

/** A number at `pos` (a sign allowed when `allowSign`), with magnitude suffix and powers. */
function readAtom(text: string, pos: number, allowSign: boolean): Atom | null {
	let i = pos;
	let sign: Atom['sign'] = '';
	if (allowSign && (text[i] === '+' || isMinus(text[i])) && isDigit(text.charCodeAt(i + 1))) {
		sign = text[i] === '+' ? '+' : '-';
		i++;
	}
	if (!isDigit(text.charCodeAt(i))) return null;
	ATOM.lastIndex = i;
	const m = ATOM.exec(text);
	if (!m) return null;
	let end = i + m[0].length;
	const raw = m[0];
	let value = Number(raw.indexOf(',') >= 0 ? raw.replace(/,/g, '') : raw);
	const yearLike = raw.length === 4 && ((raw[0] === '1' && raw[1] === '9') || (raw[0] === '2' && raw[1] === '0'));
	let power = false;
	if (text[end] === '^' && isDigit(text.charCodeAt(end + 1))) {
		let j = end + 1;
		while (j < text.length && isDigit(text.charCodeAt(j)) && j - end < 4) j++;
		while (j < text.length && isDigit(text.charCodeAt(j))) j++;
		value = Math.pow(value, Math.min(Number(text.slice(end + 1, Math.min(j, end + 4))), 300));
		end = j;
		power = true;
	}
	let magnitude: Atom['magnitude'] = '';
	const c = text[end];
	// A magnitude suffix: `8B`, `5.7M`, `100K`, `4k`, but not the size units `KB`, `MB`.
	if ((c === 'K' || c === 'k' || c === 'M' || c === 'B') && !isAsciiLetter(text.charCodeAt(end + 1))) {
		magnitude = c === 'k' ? 'K' : (c as 'K' | 'M' | 'B');
		value *= magnitude === 'K' ? 1e3 : magnitude === 'M' ? 1e6 : 1e9;
		end++;
	}
	// `2.3 million tokens`, `1.5 billion parameters`: a scale word is a magnitude written out.
	if (magnitude === '' && !power && text.charCodeAt(end) === 32) {
		SCALE.lastIndex = end;
		const s = SCALE.exec(text);
		if (s) {
			const word = s[1].toLowerCase();
			magnitude = word === 'thousand' ? 'K' : word === 'million' ? 'M' : 'B';
			value *= word === 'thousand' ? 1e3 : word === 'million' ? 1e6 : word === 'billion' ? 1e9 : 1e12;
			end += s[0].length;
		}
	}
	if (!Number.isFinite(value)) return null;
	return { value, start: pos, end, sign, magnitude, power, yearLike };
}

/** An error bar after a value: `± 0.004`, `+/- 0.3`. */
const SPREAD = /^\s?(?:±|\+\/-)\s?\d[\d,]*(?:\.\d+)?/;

/** One value or range with its unit, starting at `pos`. */
export function readItem(text: string, pos: number, allowSign: boolean): NumberItem | null {
	const a = readAtom(text, pos, allowSign);
	if (!a) return null;
	const item = newItem(pos);
	item.low = item.high = a.value;
	item.sign = a.sign;
	item.magnitude = a.magnitude;
	item.power = a.power;
	item.end = a.end;
	const u = readUnit(text, a.end, a.yearLike && a.magnitude === '');
	// `a 100M-point task`: millions of points or percent are a size, not a change in quality.
	if (u && !(a.magnitude !== '' && (u.kind === 'pp' || u.kind === 'percent'))) {
		item.unit = u.unit;
		item.kind = u.kind;
		item.end = u.end;
	} else if (text.charCodeAt(pos - 1) === 36) {
		// `$0.38`: an amount of dollars, which (like a count) needs its quantity named (`cost`).
		item.unit = '$';
		item.kind = 'count';
	}
	// `2.412 ± 0.004`, `72.1 ± 0.3%`: an error bar is part of the value (its unit may follow it).
	const c0 = text.charCodeAt(item.end);
	if (c0 === 0xb1 || (c0 === 32 && text.charCodeAt(item.end + 1) === 0xb1) || text.startsWith('+/-', item.end) || text.startsWith(' +/-', item.end)) {
		const spread = SPREAD.exec(text.slice(item.end, item.end + 28));
		if (spread) {
			const spreadEnd = item.end + spread[0].length;
			const su = readUnit(text, spreadEnd, false);
			if (su && (!u || unitClass(su.unit) === unitClass(u.unit))) {
				if (!u) {
					item.unit = su.unit;
					item.kind = su.kind;
				}
				item.end = su.end;
			} else item.end = spreadEnd;
			return item;
		}
	}
	// Range: `28-71%`, `2.8x-5.8x`, `1.4–11.2x`, `5 – 10 ms`.
	let j = item.end;
	let sepLen = 0;
	if ((text[j] === '-' || text[j] === '–' || text[j] === '—') && isDigit(text.charCodeAt(j + 1))) sepLen = 1;
	else if (text[j] === ' ' && (text[j + 1] === '–' || text[j + 1] === '—') && text[j + 2] === ' ') sepLen = 3;
	if (sepLen > 0 && !a.power) {
		const b = readAtom(text, j + sepLen, false);
		if (b && !b.power) {
			const ub = readUnit(text, b.end, b.yearLike && b.magnitude === '');
			const compatible = ub ? !u || unitClass(u.unit) === unitClass(ub.unit) : !u;
			if (compatible && (b.magnitude === a.magnitude || a.magnitude === '')) {
				item.low = Math.min(a.value * (b.magnitude && !a.magnitude ? magnitudeOf(b.magnitude) : 1), b.value);
				item.high = Math.max(a.value * (b.magnitude && !a.magnitude ? magnitudeOf(b.magnitude) : 1), b.value);
				item.magnitude = b.magnitude || a.magnitude;
				if (ub) {
					item.unit = ub.unit;
					item.kind = ub.kind;
					item.end = ub.end;
				} else item.end = b.end;
			}
		}
	}
	// `16-bit`, `100K-length`, `2-stage`: an adjective made of a number, not a result.
	if (text[item.end] === '-' && isAsciiLetter(text.charCodeAt(item.end + 1))) item.hyphenWord = true;
	return item;
}

function magnitudeOf(m: NumberItem['magnitude']): number {
	return m === 'K' ? 1e3 : m === 'M' ? 1e6 : m === 'B' ? 1e9 : 1;
}
