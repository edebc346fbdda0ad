import { describe, expect, it } from 'vitest';
import { DEFAULT_PARETO_VIEW, parseParetoView, type ParetoView, writeParetoView } from './pareto-view.ts';

const q = (s: string) => new URLSearchParams(s);

describe('pareto view in the URL', () => {
	it('has the expected defaults and writes nothing for them', () => {
		expect(DEFAULT_PARETO_VIEW).toMatchObject({ per: 'paper', xScale: 'log', yScale: 'linear', x: { kind: 'factor' }, y: { kind: 'delta' } });
		expect(writeParetoView(DEFAULT_PARETO_VIEW).toString()).toBe('');
		expect(parseParetoView(q(''))).toEqual(DEFAULT_PARETO_VIEW);
	});

	it('round-trips non-default views', () => {
		const views: ParetoView[] = [
			{ ...DEFAULT_PARETO_VIEW, per: 'context', xScale: 'linear' },
			{
				x: { families: ['latency'], kind: 'level', unit: 'ms', aggregate: 'best' },
				y: { families: ['accuracy'], kind: 'level', aggregate: 'worst' },
				per: 'paper',
				xScale: 'log',
				yScale: 'linear'
			},
			{ ...DEFAULT_PARETO_VIEW, x: { families: ['memory', 'compute'], kind: 'factor', aggregate: 'worst' }, yScale: 'log' }
		];
		for (const v of views) expect(parseParetoView(writeParetoView(v))).toEqual(v);
	});

	it('writes only what differs, with readable names', () => {
		const v: ParetoView = { ...DEFAULT_PARETO_VIEW, x: { families: ['latency'], kind: 'level', unit: 'ms', aggregate: 'best' }, xScale: 'linear', per: 'context' };
		expect(writeParetoView(v).toString()).toBe('x=latency&xkind=level&xunit=ms&per=context');
	});

	it('keeps other parameters and replaces its own', () => {
		const params = q('metric=latency&x=memory&xscale=linear');
		expect(writeParetoView(DEFAULT_PARETO_VIEW, params).toString()).toBe('metric=latency');
	});

	it('falls back to the defaults on invalid values', () => {
		expect(parseParetoView(q('x=nonsense,,&xkind=volume&xagg=median&xscale=cubic&per=everything'))).toEqual(DEFAULT_PARETO_VIEW);
		expect(parseParetoView(q('x=speed,bogus,speed')).x.families).toEqual(['speed']);
	});

	it('takes the default scale of the kind when none is given', () => {
		expect(parseParetoView(q('ykind=factor&y=memory')).yScale).toBe('log');
		expect(parseParetoView(q('xkind=delta&x=accuracy')).xScale).toBe('linear');
	});
});
