/** Table tests for the sentence-level parts: baselines, name lists, contexts, exclusions, windows. */
import { describe, expect, it } from 'vitest';
import { findBaselines, pickBaseline, splitBaseline } from './baseline.ts';
import { contextAfter, contextOfSentence, parenContexts, respectiveContexts } from './context.ts';
import { excludeItem, isBackgroundSentence, isSetting } from './exclusions.ts';
import { expandSlashes, splitNames } from './lists.ts';
import { ownNames } from './names.ts';
import { scanNumbers } from './numbers.ts';
import { clauseStart, phraseAfter } from './phrase.ts';
import { sentenceBounds } from './text.ts';

describe('findBaselines', () => {
	const names = (s: string) => findBaselines(s, 0, s.length).map((b) => b.name);
	it.each([
		['2x lower latency than vLLM.', ['vLLM']],
		['as compared to ReAct.', ['ReAct']],
		['compared to state-of-the-art systems like vLLM.', ['vLLM']],
		['compared to a 16-bit baseline of 25%', ['16-bit baseline']],
		['better than the previous state-of-the-art architecture AmoebaNet-B, while', ['AmoebaNet-B']],
		['outperforms the state-of-the-art LLM serving system vLLM with speedups', ['vLLM']],
		['a 30% improvement over the strongest baseline, EAGLE3.', ['EAGLE3']],
		['compared to Qwen3-1.7B/0.6B, respectively.', ['Qwen3-1.7B/0.6B']],
		['than standard DNNs, while', ['standard DNNs']],
		['as fast as ConvNeXt.', ['ConvNeXt']],
		['relative to Whisper on', ['Whisper']],
		['less than 0.6% and over 70% of', []],
		['a 5x improvement over llama.cpp with offloading.', ['llama.cpp']],
		['faster than Node.js on Linux', ['Node.js']],
		['than GPT-3.5-turbo on', ['GPT-3.5-turbo']],
		['2x faster than vLLM.Our method', ['vLLM']]
	])('%s -> %j', (s, expected) => {
		expect(names(s)).toEqual(expected);
	});

	it('binds `over X` to the nearest number; a number before that one reaches no baseline past it', () => {
		const s = 'achieves 3x speedups and a 30% gain over EAGLE3, and 2x lower cost than vLLM';
		const mentions = findBaselines(s, 0, s.length);
		const starts = [s.indexOf('3x'), s.indexOf('30%'), s.indexOf('2x')];
		const numberBetween = (a: number, b: number) => starts.some((x) => x > a && x < b);
		const pick = (n: string) => pickBaseline(mentions, s.indexOf(n), s.indexOf(n) + n.length, () => true, numberBetween)?.name;
		// (`than vLLM` is the cost's: the 3x speed-ups, compared before `over EAGLE3`, do not take it.)
		expect([pick('3x'), pick('30%'), pick('2x')]).toEqual([undefined, 'EAGLE3', 'vLLM']);
		const t = 'cuts latency by 40%, and 2x lower cost than vLLM';
		const tMentions = findBaselines(t, 0, t.length);
		expect(pickBaseline(tMentions, t.indexOf('40%'), t.indexOf('40%') + 3, () => true, () => true)?.name).toBe('vLLM');
	});

	it('carries `outperforms X by` over to `and Y by`', () => {
		const s = 'It outperforms StreamingLLM by 1.8× and H2O by 1.4× in decoding speed.';
		const mentions = findBaselines(s, 0, s.length);
		const pick = (n: string) => pickBaseline(mentions, s.indexOf(n), s.indexOf(n) + n.length, () => true)?.name;
		expect([pick('1.8×'), pick('1.4×')]).toEqual(['StreamingLLM', 'H2O']);
	});

	it('prefers `outperforms X by` right before a number', () => {
		const s = 'outperforms SGLang by up to 2x and matches disaggregated vLLM';
		const mentions = findBaselines(s, 0, s.length);
		expect(pickBaseline(mentions, s.indexOf('2x'), s.indexOf('2x') + 2, () => true)?.name).toBe('SGLang');
	});

	it('splits a list baseline when it has one name per value', () => {
		expect(splitBaseline('Qwen3-1.7B/0.6B', 2)).toEqual(['Qwen3-1.7B', 'Qwen3-0.6B']);
		expect(splitBaseline('Qwen3-1.7B/0.6B', 3)).toBeNull();
	});
});

describe('name lists', () => {
	it.each([
		['Qwen3-1.7B/0.6B', ['Qwen3-1.7B', 'Qwen3-0.6B']],
		['CROHME 2014/2016/2019', ['CROHME 2014', 'CROHME 2016', 'CROHME 2019']],
		['A100/H100', ['A100', 'H100']]
	])('expandSlashes(%s)', (name, expected) => {
		expect(expandSlashes(name)).toEqual(expected);
	});

	it.each([
		['CIFAR-10, CIFAR-100 and ImageNet', ['CIFAR-10', 'CIFAR-100', 'ImageNet']],
		['single-line CROHME 2014/2016/2019, multi-line M2E, and complex MNE datasets', ['CROHME 2014', 'CROHME 2016', 'CROHME 2019', 'M2E', 'MNE']],
		['ResNet50, MobileNetV2, and BERT models', ['ResNet50', 'MobileNetV2', 'BERT']]
	])('splitNames(%s)', (phrase, expected) => {
		expect(splitNames(phrase)).toEqual(expected);
	});
});

describe('contexts', () => {
	it('reads `on X` after a claim', () => {
		const s = '+11% on AIME 2024 and';
		expect(contextAfter(s, 4)).toBe('AIME 2024');
		expect(contextAfter('2x faster on long documents', 11)).toBe('');
	});

	it.each([
		['On ImageNet, our model achieves 3.1% better accuracy.', 'ImageNet'],
		['During dynamic inference, we reduce parameters by 15%.', 'dynamic inference'],
		['For instance, at 2.54 bits, MC-MoE compresses 76.6% of the model.', '2.54 bits'],
		['Our method is 2x faster.', '']
	])('contextOfSentence(%s) = %j', (s, expected) => {
		expect(contextOfSentence(s, 0, s.length)).toBe(expected);
	});

	it('pairs `respectively` lists after and before the values', () => {
		const after = 'We achieve 93%, 70% and 67% on CIFAR-10, CIFAR-100 and ImageNet, respectively.';
		const g1 = after.indexOf('93%');
		const e1 = after.indexOf('67%') + 3;
		expect(respectiveContexts(after, 0, after.length, g1, e1, 3)).toEqual(['CIFAR-10', 'CIFAR-100', 'ImageNet']);
		const before = 'In particular, Foo-L and Foo-H enjoy 66% and 68% speed-ups, respectively.';
		const g2 = before.indexOf('66%');
		expect(respectiveContexts(before, 0, before.length, g2, before.indexOf('68%') + 3, 2)).toEqual(['Foo-L', 'Foo-H']);
		expect(respectiveContexts('We get 1% and 2% gains.', 0, 23, 7, 16, 2)).toBeNull();
	});

	it('reads `native (virtualized)` as two settings', () => {
		const s = 'in native (virtualized) execution environments';
		expect(parenContexts(s, 0, s.length)).toEqual(['native', 'virtualized']);
	});
});

describe('exclusions', () => {
	const first = (s: string) => scanNumbers(s)[0];
	it.each([
		['11 workloads', 'BareNumber'],
		['8B parameters', 'ModelSize'],
		['5.7M parameters', 'CountOfThings'],
		['16-bit baseline', 'Adjective'],
		['10^4 GPU hours', 'Power'],
		['29% gains', null],
		['45 ms latency', null]
	])('%s -> %s', (s, expected) => {
		expect(excludeItem(first(s).items[0])).toBe(expected);
	});

	it.each([
		['at 2.54 bits, it compresses', true],
		['at 20-50% compression ratios', true],
		['with 50% sparsity', true],
		['with only a 3.8% average accuracy loss', false],
		['at a 20% lower cost', false],
		['by 40% overall', false],
		['fits on a single 24GB consumer GPU', true],
		['on 80GB A100s', true],
		['uses only 24 GB GPU memory', false],
		['reduces the KV cache to 24 GB per GPU', false],
		['runs at 11.3 tokens per second', false],
		['at 5 requests/s of load', true]
	])('isSetting(%s) = %s', (s, expected) => {
		const g = first(s);
		expect(isSetting(s, g.items[0], g.end)).toBe(expected);
	});

	const none = () => [];
	it.each([
		['Distributed inference can introduce overheads of up to 20% even over fast links.', true],
		['Existing methods reduce latency by 30% but lose accuracy.', true],
		['We reduce latency by 30%.', false],
		['Our evaluation shows 2x speedups.', false],
		['Chroma processes queries 13% faster, whereas Faiss yields higher precision.', false],
		['Memory overhead is 1.4 GB per GPU.', false],
		['Distributed inference can introduce overheads of up to 20% on fast links.', true]
	])('isBackgroundSentence(%s) = %s', (s, expected) => {
		expect(isBackgroundSentence(s, none)).toBe(expected);
	});

	it('treats a sentence naming the paper’s own system as its own', () => {
		const names = ownNames('Foo: Parallel Scaling', 'This method, namely parallel scaling (ParScale), scales well.');
		expect(names).toEqual(expect.arrayContaining(['Foo', 'ParScale']));
		expect(isBackgroundSentence('For example, ParScale can use 22x less memory.', () => names)).toBe(false);
		expect(ownNames('Study of Things', 'Large models (LLMs) are used.')).toEqual([]);
	});
});

describe('windows', () => {
	it.each([
		['29% latency gains and more', '29% latency gains'],
		['3.7x lower (token-level) tail latency, compared', '3.7x lower (token-level) tail latency'],
		['4x as fast as ConvNeXt', '4x as fast'],
		['2.5-fold increase in goodput compared with Orca', '2.5-fold increase in goodput'],
		['28-71% without hurting quality', '28-71%']
	])('phraseAfter(%s) -> %s', (s, expected) => {
		const g = scanNumbers(s)[0];
		expect(s.slice(0, phraseAfter(s, g.end))).toBe(expected);
	});

	it('cuts the clause before a number at `;`, `while` and the previous number', () => {
		const s = 'lower TBT than vLLM; outperforms SGLang by up to 2x';
		expect(s.slice(clauseStart(s, 0, 0, s.indexOf('2x')))).toBe(' outperforms SGLang by up to 2x');
		const t = '10x tighter SLO, while staying within latency constraints for > 90%';
		expect(t.slice(clauseStart(t, 0, 3, t.indexOf('90')))).toBe('staying within latency constraints for > 90%');
	});

	it('bounds sentences at periods but not at abbreviations or decimals', () => {
		const s = 'First one. We get 2.5x (vs. 1.2x, e.g. here) gains. Last.';
		const [a, b] = sentenceBounds(s, s.indexOf('2.5x'));
		expect(s.slice(a, b)).toBe('We get 2.5x (vs. 1.2x, e.g. here) gains.');
	});
});
