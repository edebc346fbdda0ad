/** Table tests for the word-level parts: units, qualifiers, directions, metrics. */
import { describe, expect, it } from 'vitest';
import { directionHits, resolveChange } from './direction.ts';
import { isControlled, metricHits } from './metric.ts';
import { qualifierAround, qualifierBefore } from './qualifiers.ts';
import { readUnit, unitClass } from './units.ts';

describe('readUnit', () => {
	it.each([
		['%', '%', 'percent'],
		['\\%', '%', 'percent'],
		['x faster', 'x', 'x'],
		['X', 'x', 'x'],
		['×', 'x', 'x'],
		[' ×', 'x', 'x'],
		['times', 'x', 'x'],
		[' times', 'x', 'x'],
		['-fold', 'x', 'x'],
		[' fold', 'x', 'x'],
		[' points', 'pp', 'pp'],
		[' percentage points', 'pp', 'pp'],
		['pp', 'pp', 'pp'],
		['ms', 'ms', 'time'],
		[' milliseconds', 'ms', 'time'],
		[' s', 's', 'time'],
		[' hours', 'h', 'time'],
		['µs', 'us', 'time'],
		['GB', 'GB', 'size'],
		[' MB', 'MB', 'size'],
		[' bits', 'bits', 'size'],
		[' tokens/s', 'tokens/s', 'rate'],
		[' tokens per second', 'tokens/s', 'rate'],
		[' QPS', 'requests/s', 'rate'],
		[' tokens', 'tokens', 'tokens'],
		[' FLOPs', 'FLOPs', 'count']
	])('%j -> %s (%s)', (after, unit, kind) => {
		expect(readUnit(after, 0)).toMatchObject({ unit, kind, end: expect.any(Number) });
	});

	it.each(['x3', 'xyz', ' layers', 'd', ' GPUs', 'sec2vec', ''])('%j has no unit', (after) => {
		expect(readUnit(after, 0)).toBeNull();
	});

	it('keeps years from reading as seconds', () => {
		expect(readUnit('s', 0, true)).toBeNull();
	});

	it('classes % with pp', () => {
		expect([unitClass('pp'), unitClass('%'), unitClass('x'), unitClass('ms')]).toEqual(['%', '%', 'x', 'ms']);
	});
});

describe('qualifierBefore', () => {
	const q = (before: string) => qualifierBefore(before + '5%', before.length).qualifier;
	it.each([
		['up to ', 'up_to'],
		['as much as ', 'up_to'],
		['up to ~', 'up_to'],
		['on average ', 'average'],
		['an average of ', 'average'],
		['approximately ', 'about'],
		['roughly ', 'about'],
		['~', 'about'],
		['nearly ', 'about'],
		['over ', 'at_least'],
		['more than ', 'at_least'],
		['> ', 'at_least'],
		['≥', 'at_least'],
		['over +', 'at_least'],
		['less than ', 'at_most'],
		['within ', 'at_most'],
		['< ', 'at_most'],
		['with only a ', 'exact'],
		['by ', 'exact'],
		['reduces latency by ', 'exact'],
		['(up to ', 'up_to'],
		['', 'exact']
	])('%j -> %s', (before, expected) => {
		expect(q(before)).toBe(expected);
	});

	it('points at where the qualifier starts, for the quote', () => {
		const text = 'gains of up to 29% here';
		expect(qualifierBefore(text, text.indexOf('29'))).toEqual({ qualifier: 'up_to', start: text.indexOf('up to') });
	});

	it('reads `on average` after a phrase and `average` inside it', () => {
		expect(qualifierAround('2x lower latency', ' on average, and')).toBe('average');
		expect(qualifierAround('3.8% average accuracy loss', '')).toBe('average');
		expect(qualifierAround('mean latency', '')).toBe('average');
		expect(qualifierAround('2x lower latency', ' than vLLM')).toBeNull();
	});
});

describe('directions', () => {
	const first = (text: string) => directionHits(text, 0, text.length)[0]?.direction ?? null;
	it.each([
		['lower latency', 'down'],
		['fewer FLOPs', 'down'],
		['reduces memory', 'down'],
		['cost savings', 'down'],
		['tighter SLO', 'down'],
		['higher throughput', 'up'],
		['faster', 'up'],
		['speed-ups', 'up'],
		['a slowdown', 'up'],
		['increases runtime', 'up'],
		['latency gains', 'better'],
		['improves accuracy', 'better'],
		['outperforms', 'better'],
		['accuracy loss', 'worse'],
		['degradation', 'worse'],
		['top-1 accuracy of', null],
		['wall-time', null]
	])('%s -> %s', (text, expected) => {
		expect(first(text)).toBe(expected);
	});

	it.each([
		['better', true, 'increase'],
		['better', false, 'decrease'],
		['worse', true, 'decrease'],
		['worse', false, 'increase'],
		['up', false, 'increase'],
		['down', true, 'decrease']
	] as const)('%s on higher-is-better=%s is %s', (direction, hib, change) => {
		expect(resolveChange(direction, hib)).toBe(change);
	});
});

describe('metricHits', () => {
	const last = (text: string) => {
		const hits = metricHits(text, 0, text.length);
		const h = hits[hits.length - 1];
		return h ? [h.metric, h.higherIsBetter] : null;
	};
	it.each([
		['lower latency', ['latency', false]],
		['lower (token-level) tail latency', ['latency', false]],
		['TTFT', ['latency', false]],
		['wall-time speedups', ['speed', true]],
		['faster', ['speed', true]],
		['higher energy efficiency', ['energy', true]],
		['energy consumption', ['energy', false]],
		['higher effective throughput', ['throughput', true]],
		['goodput', ['throughput', true]],
		['more requests', ['throughput', true]],
		['fewer parameters', ['memory', false]],
		['memory footprint', ['memory', false]],
		['activated parameters', ['compute', false]],
		['fewer FLOPs', ['compute', false]],
		['cost savings', ['cost', false]],
		['GPU hours', ['cost', false]],
		['token usage', ['tokens', false]],
		['bandwidth usage', ['bandwidth', false]],
		['longer context window', ['capacity', true]],
		['top-1 accuracy', ['accuracy', true]],
		['CodeBLEU', ['accuracy', true]],
		['pass@1', ['accuracy', true]],
		['test error', ['error', false]],
		['word error rate', ['error', false]],
		['perplexity', ['error', false]],
		['end-to-end application performance', ['speed', true]],
		['performance drop', ['accuracy', true]],
		['tighter SLO', ['latency', false]],
		['the number of layers', null]
	])('%s -> %j', (text, expected) => {
		expect(last(text)).toEqual(expected);
	});

	it('does not read a quantity held fixed as the measured one', () => {
		for (const text of ['at equivalent latency', 'within the same context window', 'with increased computation']) {
			const hits = metricHits(text, 0, text.length);
			expect(hits.every((h) => isControlled(text, h))).toBe(true);
		}
		const text = 'improves latency';
		expect(isControlled(text, metricHits(text, 0, text.length)[0])).toBe(false);
	});
});
