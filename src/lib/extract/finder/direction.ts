/**
 * How a quote frames its quantity: up, down, better or worse. `better`/`worse` resolve to
 * increase or decrease once the metric's direction is known (`latency gains` is a decrease).
 */
import type { Change } from '../../claims/schema.ts';
import { numberFollows } from './text.ts';

export type Direction = 'up' | 'down' | 'better' | 'worse';

export interface DirectionHit {
	direction: Direction;
	start: number;
	end: number;
	word: string;
}

const UP = 'higher|more|sooner|greater|larger|longer|faster|increase[sd]?|increasing|boost(?:s|ed|ing)?|raise[sd]?|rais(?:ing)|speed-?ups?|speeds? up|speeding up|accelerat(?:es|ed|ing|ion|e)|slowdowns?|slower|slows?(?: down)?|slowed(?: down)?|expand(?:s|ed|ing)?|grow(?:s|th)?|extend(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|prolong(?:s|ed|ing)?|lifts?|rises?|rising|rose|doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|quadrupl(?:es|ed|ing)';
const DOWN = 'lower(?:s|ed|ing)?|less|fewer|smaller|shorter|reduced?|reduces|reducing|reductions?|savings?|saves?|drops?|dropped|dropping|falls?|fell|falling|decrease[sd]?|decreasing|cut(?:s|ting)?|tighter|shrinks?|shrinking|compress(?:es|ed|ing)?|prune[sd]?|slash(?:es|ed|ing)?|eliminat(?:es|ed|ing)|minimi[sz](?:es|ed|ing)|lowers|shorten(?:s|ed|ing)?|hides?|hid|hiding';
const BETTER = 'cheaper|recover(?:s|ed|ing)?|contribut(?:es|ed|ing)|accounts? for|accounted for|improve[sd]?|improving|improvements?|gains?|better|enhance[sd]?|enhancing|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|superior|exceed(?:s|ed|ing)?|beats?|advantage';
const WORSE = 'costlier|los(?:es|e|ing|t)|degradation|degrades?|loss(?:es)?|worse|penalty|sacrific(?:es|e)|declines?|hurts?';

const POINTS_FOLLOW = /^\s+(?:about\s+|nearly\s+|up to\s+|over\s+)?\d[\d.]*\s?(?:points?|pp|percentage points?)\b/i;
const LEXICON = new RegExp(`\\b(?:(${UP})|(${DOWN})|(${BETTER})|(${WORSE}))(?![A-Za-z0-9])`, 'gi');

/** Direction words in text[from, to), left to right. */
export function directionHits(text: string, from: number, to: number): DirectionHit[] {
	const out: DirectionHit[] = [];
	if (to <= from) return out;
	const window = text.slice(from, to);
	LEXICON.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = LEXICON.exec(window)) !== null) {
		// `\b` keeps the engine fast; a word right after `-` (`long-lower`) is not a direction.
		if (m.index > 0 && window.charCodeAt(m.index - 1) === 45) continue;
		const direction: Direction = m[1] ? 'up' : m[2] ? 'down' : m[3] ? 'better' : 'worse';
		// `prune 50%` says a reduction; `the pruned model retains 96%` does not.
		if (m[2] && /^prune/i.test(m[0]) && !numberFollows(text, from + m.index + m[0].length)) continue;
		// `recovers 19 points`, `contributes 9.1 points`, `accounts for 6.2 points` are gains; `recovers 95% of the accuracy` is a
		// share kept (a level).
		if (m[3] && /^(?:recover|contribut|account)/i.test(m[0]) && !POINTS_FOLLOW.test(text.slice(from + m.index + m[0].length, from + m.index + m[0].length + 24))) continue;
		out.push({ direction, start: from + m.index, end: from + m.index + m[0].length, word: m[0] });
	}
	return out;
}

/** The contract's change for a direction on a quantity. */
export function resolveChange(direction: Direction, higherIsBetter: boolean): Change {
	switch (direction) {
		case 'up':
			return 'increase';
		case 'down':
			return 'decrease';
		case 'better':
			return higherIsBetter ? 'increase' : 'decrease';
		case 'worse':
			return higherIsBetter ? 'decrease' : 'increase';
	}
}
