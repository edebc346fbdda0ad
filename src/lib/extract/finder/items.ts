/**
 * The number groups the scanner yields: a value or range with its unit (an item), and the
 * group of items written together (a list, a pair, a range). Shared by the digit scanner and
 * the number-word scanner.
 */
import type { UnitKind } from './units.ts';

export interface NumberItem {
	/** Span of the item in the text: sign .. unit. */
	start: number;
	end: number;
	low: number;
	high: number;
	unit: string;
	kind: UnitKind | 'none';
	/** Written sign: `+1.7%`, `-19.3%`. */
	sign: '+' | '-' | '';
	/** `8B`, `5.7M`, `100K`, `4k`: a magnitude suffix (model sizes and counts). */
	magnitude: '' | 'K' | 'M' | 'B';
	/** Followed by `-word`, as in `16-bit`, `100K-length`: an adjective, a setting. */
	hyphenWord: boolean;
	/** Glued to a preceding word (`provide25-33X`): a lost space in the source. */
	glued: boolean;
	/** From number words (`four times`, `an order of magnitude`, `half`). */
	fromWords: boolean;
	/** Orders of magnitude are approximate by nature. */
	approximate: boolean;
	/** `half`, `halves`: a decrease by itself. */
	impliesDecrease: boolean;
	/** `doubles`, `triples`: an increase by itself, of the quantity the sentence must name. */
	multiplierVerb: boolean;
	/** `10^4`: a power, background arithmetic rather than a result. */
	power: boolean;
}

export type GroupKind = 'single' | 'list' | 'paren' | 'vs' | 'fromTo';

export interface NumberGroup {
	start: number;
	end: number;
	items: NumberItem[];
	kind: GroupKind;
	/** `83.4% vs. 60.0%` and `from 120 ms to 45 ms`: the baseline's own number. */
	baselineValue: number | null;
}

/** Lists longer than this are data, not prose: the rest starts a new group. */
export const MAX_LIST = 24;

/** A blank item at `start`; readers fill in value, unit and span. */
export function newItem(start: number): NumberItem {
	return {
		start,
		end: start,
		low: NaN,
		high: NaN,
		unit: '',
		kind: 'none',
		sign: '',
		magnitude: '',
		hyphenWord: false,
		glued: false,
		fromWords: false,
		approximate: false,
		impliesDecrease: false,
		multiplierVerb: false,
		power: false
	};
}
