/** Number formatting for Pareto axes, tooltips and labels. Pure. */
import type { NormKind } from '../../claims/schema.ts';
import { formatNumber as withSeparators } from '../../text/numbers.ts';

/** 3 significant digits below 10, 4 from 10 (levels like 93.05 %), no trailing zeros, a real minus sign. */
export function formatNumber(v: number): string {
	if (!Number.isFinite(v)) return String(v);
	const abs = Math.abs(v);
	const s = abs >= 1000 ? withSeparators(Math.round(abs)) : String(Number(abs.toPrecision(abs >= 10 ? 4 : 3)));
	return (v < 0 ? '−' : '') + s;
}

/** A value as its axis reads it: `5.8×`, `+1.7 pts`, `93 %`, `12 ms`. */
export function formatAxisValue(v: number, axis: { kind: NormKind; unit: string }): string {
	switch (axis.kind) {
		case 'factor':
			return `${formatNumber(v)}×`;
		case 'delta':
			return `${v > 0 ? '+' : ''}${formatNumber(v)} pts`;
		case 'level':
			return axis.unit ? `${formatNumber(v)} ${axis.unit}` : formatNumber(v);
	}
}

/** A tick label: the unit lives in the axis title, except `×` which reads better on each tick. */
export function formatTick(v: number, kind: NormKind): string {
	return kind === 'factor' ? `${formatNumber(v)}×` : formatNumber(v);
}

/** A short name for a paper on the chart: the part before `:` when short enough, else cut at a word. */
export function shortTitle(title: string, max = 26): string {
	const head = title.split(':')[0].trim();
	if (head.length > 0 && head.length <= max) return head;
	const cut = title.slice(0, max);
	const atWord = cut.lastIndexOf(' ');
	return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trim()}…`;
}
