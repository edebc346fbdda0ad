import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/schema.ts';
import { findClaims } from './find.ts';

function claimsOf(abstract: string): Claim[] {
	return findClaims({ paper_id: 'p', title: 'FooNet: A Test Paper', date: '2025-01-02', abstract, source: 'test', line: 1 });
}

type Expected = Partial<Pick<Claim, 'quote' | 'metric' | 'value_low' | 'value_high' | 'unit' | 'qualifier' | 'change' | 'baseline' | 'baseline_value' | 'context' | 'norm_kind' | 'norm_low'>>;

// Realistic sentences that are not in the seed page: one claim each.
const SINGLE: [string, Expected][] = [
	['Our method achieves 3.2× lower TTFT than vLLM.', { quote: '3.2× lower TTFT', metric: 'latency', value_low: 3.2, unit: 'x', change: 'decrease', baseline: 'vLLM', norm_low: 3.2 }],
	['It reduces memory footprint by 40% on long documents.', { quote: 'reduces memory footprint by 40%', metric: 'memory', change: 'decrease', norm_kind: 'factor', norm_low: 1.667 }],
	['Our model improves accuracy by 2.1 points on MMLU.', { metric: 'accuracy', unit: 'pp', change: 'increase', context: 'MMLU', norm_kind: 'delta', norm_low: 2.1 }],
	['We observe a 45% slowdown when offloading is enabled in our system.', { quote: '45% slowdown', metric: 'latency', change: 'increase', norm_low: 0.6897 }],
	['Our kernel needs two orders of magnitude fewer FLOPs than dense attention.', { metric: 'compute', value_low: 100, unit: 'x', qualifier: 'about', change: 'decrease', baseline: 'dense attention' }],
	['We reach a throughput of 1,250 tokens/s on a single A100.', { metric: 'throughput', value_low: 1250, unit: 'tokens/s', change: 'level', norm_kind: 'level' }],
	['Our scheduler cuts latency from 120 ms to 45 ms.', { metric: 'latency', value_low: 45, unit: 'ms', baseline_value: 120, change: 'level', norm_kind: 'factor', norm_low: 2.667 }],
	['Our approach improves throughput from 3.1 to 7.4 times over the baseline.', { metric: 'throughput', value_low: 3.1, value_high: 7.4, unit: 'x', change: 'increase' }],
	['We show our system is twice as fast as FlashAttention.', { quote: 'twice as fast', metric: 'speed', value_low: 2, unit: 'x', baseline: 'FlashAttention' }],
	['The proposed method halves the memory usage of the KV cache.', { metric: 'memory', value_low: 50, unit: '%', change: 'decrease', norm_low: 2 }],
	['Our system achieves a 2.5-fold increase in goodput compared with Orca.', { quote: '2.5-fold increase in goodput', metric: 'throughput', value_low: 2.5, unit: 'x', baseline: 'Orca' }],
	['Our approach lowers the word error rate by 12% relative to Whisper.', { metric: 'error', change: 'decrease', baseline: 'Whisper', norm_kind: 'delta', norm_low: 12 }],
	['Our compiler achieves 18\\% higher throughput than TVM.', { quote: '18\\% higher throughput', value_low: 18, unit: '%', metric: 'throughput', norm_low: 1.18 }],
	['We cut the end-to-end latency by an order of magnitude.', { metric: 'latency', value_low: 10, unit: 'x', qualifier: 'about', change: 'decrease' }],
	['Our method speeds up inference by 2.7x on average across 12 tasks.', { metric: 'speed', value_low: 2.7, qualifier: 'average' }],
	['Accuracy rises from 61.2% to 68.9% on GSM8K.', { metric: 'accuracy', value_low: 68.9, baseline_value: 61.2, norm_kind: 'delta', norm_low: 7.7, context: 'GSM8K' }],
	['We achieve 76.3% top-1 accuracy on ImageNet with 8B parameters, at 4-bit precision.', { quote: '76.3% top-1 accuracy', metric: 'accuracy', change: 'level', context: 'ImageNet' }],
	['Our design delivers roughly 3x higher energy efficiency than GPUs.', { metric: 'energy', qualifier: 'about', change: 'increase', norm_low: 3 }],
	['FooNet runs nearly 4.5 times faster than PyTorch eager mode.', { metric: 'speed', value_low: 4.5, unit: 'x', qualifier: 'about' }],
	['Our method attains more than 90% success rate on the hardest split.', { metric: 'accuracy', qualifier: 'at_least', change: 'level' }],
	['The resulting model achieves a 12.5% relative reduction in WER on LibriSpeech.', { quote: '12.5% relative reduction in WER', metric: 'error', change: 'decrease', context: 'LibriSpeech' }],
	['Mixtral outperforms Llama 2 70B on most benchmarks with 6x faster inference.', { quote: '6x faster', metric: 'speed', value_low: 6, baseline: 'Llama 2 70B' }],
	['It decreases the error rate to 2.1% on CIFAR-10.', { metric: 'error', value_low: 2.1, change: 'level', norm_kind: 'level' }],
	['We observe that accuracy drops by 3 points when the context exceeds 32K tokens.', { metric: 'accuracy', unit: 'pp', change: 'decrease', norm_low: -3 }],
	['We reduce training cost by 2.8–3.6x compared to full fine-tuning.', { metric: 'cost', value_low: 2.8, value_high: 3.6, unit: 'x', change: 'decrease', baseline: 'full fine-tuning' }],
	// The lead's unseen-text checks (finder-feedback) and common phrasings of efficiency/quality papers.
	['On average, it reduces GPU memory usage by 37%.', { metric: 'memory', qualifier: 'average', change: 'decrease', norm_low: 1.587 }],
	['Our quantized model keeps accuracy within 0.3 points of the FP16 model.', { metric: 'accuracy', unit: 'pp', qualifier: 'at_most', change: 'decrease', baseline: 'FP16 model', norm_kind: 'delta', norm_low: -0.3 }],
	['Our 7B model reaches 71.4% on MMLU, compared with 68.2% for Llama-2-13B.', { value_low: 71.4, baseline: 'Llama-2-13B', baseline_value: 68.2, context: 'MMLU', norm_kind: 'delta', norm_low: 3.2 }],
	['Our method is 3x cheaper than GPT-4 while matching its accuracy.', { quote: '3x cheaper', metric: 'cost', change: 'decrease', baseline: 'GPT-4', norm_low: 3 }],
	['FooNet yields +1.3 BLEU on WMT14 En-De.', { quote: '+1.3 BLEU', metric: 'accuracy', value_low: 1.3, unit: 'BLEU', change: 'increase', context: 'WMT14 En-De' }],
	['We pretrain on 2.3 million tokens and reduce reasoning length by 2.3 million tokens.', { metric: 'tokens', value_low: 2300000, unit: 'tokens', change: 'decrease' }],
	['FooNet reduces the peak memory from >780GB of GPU memory to <48GB.', { metric: 'memory', value_low: 48, unit: 'GB', qualifier: 'at_most', baseline_value: 780, norm_kind: 'factor', norm_low: 16.25 }],
	['Our scheduler reduces tail latency from 120 ms to 45 ms.', { metric: 'latency', value_low: 45, baseline_value: 120, change: 'level', norm_kind: 'factor', norm_low: 2.667 }],
	['FooNet uses 40% fewer parameters than ViT-B while matching its accuracy.', { quote: '40% fewer parameters', metric: 'memory', change: 'decrease', baseline: 'ViT-B', norm_low: 1.667 }],
	['On average, our method speeds up decoding by 2.1x across six benchmarks.', { metric: 'speed', value_low: 2.1, qualifier: 'average', norm_low: 2.1 }],
	['FooNet stays within 1 point of the full-precision model on GSM8K.', { metric: 'accuracy', qualifier: 'at_most', change: 'decrease', baseline: 'full-precision model', norm_low: -1 }],
	['Compared with LoRA, our method reduces trainable parameters by 90%.', { metric: 'memory', change: 'decrease', baseline: 'LoRA', norm_low: 10 }],
	['FooNet cuts inference cost by 4.2x relative to dense models.', { metric: 'cost', change: 'decrease', baseline: 'dense models', norm_low: 4.2 }],
	['Our approach improves pass@1 by 5.6 points on HumanEval.', { metric: 'accuracy', unit: 'pp', change: 'increase', context: 'HumanEval', norm_kind: 'delta', norm_low: 5.6 }],
	['FooNet achieves a 23% reduction in energy consumption per token.', { metric: 'energy', change: 'decrease', norm_low: 1.299 }],
	['We observe a 1.5-point drop in accuracy on ARC-Challenge.', { quote: '1.5-point drop in accuracy', metric: 'accuracy', unit: 'pp', change: 'decrease', context: 'ARC-Challenge', norm_low: -1.5 }],
	['Inference latency drops from 1.2 s to 0.3 s on a single GPU.', { metric: 'latency', value_low: 0.3, unit: 's', baseline_value: 1.2, norm_kind: 'factor', norm_low: 4 }],
	['FooNet serves 3.4x more requests per second than vLLM.', { metric: 'throughput', change: 'increase', baseline: 'vLLM', norm_low: 3.4 }],
	['Our method lowers perplexity from 12.4 to 10.9 on WikiText-2.', { metric: 'error', value_low: 10.9, unit: '', baseline_value: 12.4, context: 'WikiText-2', norm_kind: 'delta', norm_low: 1.5 }],
	['The proposed approach achieves state-of-the-art results with 10x fewer training steps.', { quote: '10x fewer training steps', metric: 'compute', change: 'decrease', norm_low: 10 }],
	['FooNet lowers the cost per query by an order of magnitude.', { metric: 'cost', value_low: 10, qualifier: 'about', change: 'decrease', norm_low: 10 }],
	['Our approach achieves a 1.9x speedup over FlashAttention-2 on H100 GPUs.', { quote: '1.9x speedup', metric: 'speed', baseline: 'FlashAttention-2', norm_low: 1.9 }],
	['Compared to the baseline, FooNet reduces the number of generated tokens by 35% on average.', { metric: 'tokens', qualifier: 'average', change: 'decrease', baseline: 'baseline', norm_low: 1.538 }],
	['We reduce the number of function evaluations by a factor of 4 without loss of quality.', { metric: 'compute', value_low: 4, unit: 'x', change: 'decrease', norm_low: 4 }],
	['It improves the win rate against GPT-4 from 23.1% to 35.7%.', { metric: 'accuracy', value_low: 35.7, baseline: 'GPT-4', baseline_value: 23.1, norm_kind: 'delta', norm_low: 12.6 }],
	['FooNet reduces inference latency by 30-50% across model sizes from 1B to 70B.', { metric: 'latency', value_low: 30, value_high: 50, change: 'decrease', norm_low: 1.429 }],
	['Our method achieves 71.4% accuracy on MMLU, compared with 68.2% for Llama-2-13B.', { metric: 'accuracy', baseline: 'Llama-2-13B', baseline_value: 68.2, context: 'MMLU', norm_kind: 'delta', norm_low: 3.2 }],
	['Our 8-bit model loses less than 0.5% accuracy compared to FP16.', { quote: 'less than 0.5% accuracy', qualifier: 'at_most', change: 'decrease', baseline: 'FP16', norm_low: -0.5 }],
	['FooNet is 12% more accurate than GPT-3.5 on the test set.', { quote: '12% more accurate', metric: 'accuracy', change: 'increase', baseline: 'GPT-3.5', norm_low: 12 }],
	['FooNet is 5.3x more energy-efficient than an A100 GPU.', { metric: 'energy', change: 'increase', baseline: 'A100 GPU', norm_low: 5.3 }],
	['FooNet improves the F1 score from 78.2 to 81.5 on CoNLL-2003.', { metric: 'accuracy', value_low: 81.5, baseline_value: 78.2, context: 'CoNLL-2003', norm_kind: 'delta', norm_low: 3.3 }],
	['On GSM8K, FooNet improves accuracy from 62.1% to 70.8%.', { metric: 'accuracy', value_low: 70.8, baseline_value: 62.1, context: 'GSM8K', norm_kind: 'delta', norm_low: 8.7 }],
	// Abstracts written for this table after the seed work (efficiency papers of other fields).
	['With 10 function evaluations, our sampler attains an FID of 3.21 on CIFAR-10, compared to 4.67 for DPM-Solver++.', { metric: 'error', value_low: 3.21, unit: '', baseline: 'DPM-Solver++', baseline_value: 4.67, context: 'CIFAR-10', norm_kind: 'delta', norm_low: 1.46 }],
	['On Stable Diffusion, it reduces sampling time by a factor of three.', { metric: 'latency', value_low: 3, unit: 'x', change: 'decrease', norm_low: 3 }],
	['EcoServe lowers carbon emissions by 35-52% relative to a carbon-agnostic scheduler.', { metric: 'other', value_low: 35, value_high: 52, change: 'decrease', baseline: 'carbon-agnostic scheduler', norm_kind: 'factor', norm_low: 1.538 }],
	['Our method requires 63.3% less optimizer memory than Adam and fits on a single 24GB consumer GPU.', { quote: '63.3% less optimizer memory', metric: 'memory', baseline: 'Adam', norm_low: 2.725 }],
	['Our early-exit model reduces computation by 37% on LibriSpeech.', { metric: 'compute', change: 'decrease', norm_low: 1.587 }],
	['The real-time factor drops from 0.42 to 0.19 on a mobile CPU.', { metric: 'latency', value_low: 0.19, unit: '', baseline_value: 0.42, norm_kind: 'factor', norm_low: 2.211 }],
	['Mixtral-8x7B runs at 11.3 tokens per second on a laptop with 16 GB of RAM.', { metric: 'throughput', value_low: 11.3, unit: 'tokens/s', change: 'level', norm_kind: 'level' }],
	['FooNet delivers a 5x improvement in decoding throughput over llama.cpp with offloading.', { metric: 'throughput', value_low: 5, change: 'increase', baseline: 'llama.cpp', norm_low: 5 }],
	['We prune 50% of the weights of LLaMA-2-70B in one shot.', { quote: 'prune 50%', metric: 'memory', change: 'decrease', norm_low: 2 }],
	['The pruned model retains 96% of the dense model accuracy.', { metric: 'accuracy', value_low: 96, change: 'level' }],
	['FooNet gives a 20× speedup in pruning.', { metric: 'speed', value_low: 20, change: 'increase', norm_low: 20 }],
	['Chain-of-Draft matches chain-of-thought accuracy while using as little as 7.6% of the tokens.', { quote: 'as little as 7.6% of the tokens', metric: 'tokens', qualifier: 'up_to', value_low: 7.6 }],
	['Checkpoint overhead is reduced from 12 minutes to 40 seconds.', { quote: '12 minutes to 40 seconds', metric: 'latency', value_low: 40, unit: 's', baseline_value: 720, norm_kind: 'factor', norm_low: 18 }],
	['FooNet shrinks the index from 2 TB to 250 GB.', { metric: 'memory', value_low: 250, unit: 'GB', norm_kind: 'factor' }],
	['On CoVoST-2, BLEU improves by 2.4 on average across 15 language pairs.', { quote: 'BLEU improves by 2.4', metric: 'accuracy', value_low: 2.4, unit: '', qualifier: 'average', change: 'increase', norm_kind: '' }],
	['Word error rate on noisy LibriSpeech is reduced by a third.', { metric: 'error', value_low: 33.33, unit: '%', change: 'decrease', norm_kind: 'delta', norm_low: 33.33 }],
	['Inference costs x2.5 less than a cascaded system.', { quote: 'x2.5 less', metric: 'cost', value_low: 2.5, unit: 'x', change: 'decrease', baseline: 'cascaded system', norm_low: 2.5 }],
	['Training on a new dataset takes 0.6 seconds versus 2.3 hours for tuned XGBoost.', { metric: 'latency', value_low: 0.6, unit: 's', baseline: 'XGBoost', baseline_value: 8280, norm_kind: 'factor', norm_low: 13800 }],
	['FooNet reduces upload traffic by 94% on a simulated network.', { metric: 'bandwidth', change: 'decrease', norm_low: 16.67 }],
	['The chip reaches an energy efficiency of 4.5 TOPS/W on matrix-vector products.', { metric: 'energy', value_low: 4.5, unit: 'TOPS/W', change: 'level', norm_kind: 'level' }],
	['The chip performs matrix-vector multiplication at 1.2 TOPS.', { metric: 'throughput', value_low: 1.2, unit: 'TOPS', change: 'level' }],
	['The average number of steps per task falls by 18% on WebArena.', { metric: 'compute', change: 'decrease', norm_low: 1.22 }],
	['FastGraph trains an epoch in 41 seconds on ogbn-papers100M.', { metric: 'latency', value_low: 41, unit: 's', change: 'level', norm_kind: 'level', norm_low: 41000 }],
	['Accuracy on MMLU decreases from 70.6% to 69.8% after quantization.', { metric: 'accuracy', value_low: 69.8, baseline_value: 70.6, context: 'MMLU', norm_low: -0.8 }],
	['Answer F1 on Natural Questions drops by less than 1 point.', { metric: 'accuracy', qualifier: 'at_most', change: 'decrease', context: 'Natural Questions', norm_low: -1 }],
	['Our model achieves a Dice score of 0.89 on KiTS23.', { metric: 'accuracy', value_low: 0.89, unit: '', change: 'level', context: 'KiTS23', norm_kind: 'level' }],
	['Action sampling is accelerated by 3 orders of magnitude using distillation.', { metric: 'speed', value_low: 1000, unit: 'x', qualifier: 'about', norm_low: 1000 }],
	['FooNet halves the annotation time of radiologists.', { metric: 'latency', value_low: 50, change: 'decrease', norm_low: 2 }],
	['Online A/B tests show a 0.8% lift in revenue.', { quote: '0.8% lift in revenue', metric: 'other', change: 'increase', norm_low: 1.008 }],
	['On the real robot, the policy succeeds in 83% of trials, up from 41% for the prior state of the art.', { quote: '83% of trials, up from 41%', value_low: 83, baseline: 'prior state of the art', baseline_value: 41, norm_kind: 'delta', norm_low: 42 }],
	['FooNet improves throughput with negligible (<1%) accuracy loss.', { quote: '(<1%) accuracy loss', metric: 'accuracy', qualifier: 'at_most', change: 'decrease', norm_low: -1 }],
	['Decoding latency decreases from 45.2 ms/token to 18.7 ms/token on an A100.', { metric: 'latency', value_low: 18.7, unit: 'ms/token', baseline_value: 45.2, norm_kind: 'factor', norm_low: 2.417 }],
	['Perplexity increases by only 0.08 on WikiText-2.', { metric: 'error', value_low: 0.08, unit: '', change: 'increase', context: 'WikiText-2', norm_kind: '' }],
	['With budget forcing, our model exceeds o1-preview on competition math by up to 27%.', { metric: 'accuracy', qualifier: 'up_to', change: 'increase', baseline: 'o1-preview', norm_low: 27 }],
	['Our model boosts Qwen2.5-VL-7B from 45.3 to 58.1 on MathVista.', { metric: 'accuracy', value_low: 58.1, unit: '', baseline_value: 45.3, context: 'MathVista', norm_kind: 'delta', norm_low: 12.8 }],
	['Caching keeps the success rate at 61.2% compared with 62.0% without caching.', { metric: 'accuracy', value_low: 61.2, baseline_value: 62, norm_kind: 'delta', norm_low: -0.8 }],
	['It reduces end-to-end task time by 38% on WebShop.', { metric: 'latency', change: 'decrease', context: 'WebShop', norm_low: 1.613 }],
	['The cache lookup takes under 5 ms.', { metric: 'latency', value_low: 5, unit: 'ms', qualifier: 'at_most', change: 'level' }],
	['FooNet keeps the acceptance overhead below 3%.', { metric: 'other', value_low: 3, qualifier: 'at_most', change: 'level' }],
	['The pruned DeiT-S runs at 78.9% top-1 accuracy on ImageNet-1K.', { quote: '78.9% top-1 accuracy', metric: 'accuracy', change: 'level', context: 'ImageNet-1K' }],
	['A 7B model runs with 2.8 GB of peak memory on a phone.', { quote: '2.8 GB of peak memory', metric: 'memory', value_low: 2.8, unit: 'GB', change: 'level' }],
	['Photon reaches the same perplexity as centralized training with 64x less communication.', { metric: 'bandwidth', value_low: 64, change: 'decrease', norm_low: 64 }],
	['FooNet is 2.5-times faster than vLLM.', { quote: '2.5-times faster', metric: 'speed', value_low: 2.5, unit: 'x', baseline: 'vLLM', norm_low: 2.5 }],
	['FooNet reduces latency by 50 per cent.', { metric: 'latency', value_low: 50, unit: '%', change: 'decrease', norm_low: 2 }],
	['FooNet improves BLEU on WMT14 by 1.2.', { quote: 'improves BLEU on WMT14 by 1.2', metric: 'accuracy', value_low: 1.2, unit: '', change: 'increase', context: 'WMT14' }],
	['FooNet improves accuracy by 1.5 to 2 points.', { metric: 'accuracy', value_low: 1.5, value_high: 2, unit: 'pp', change: 'increase', norm_low: 1.5 }],
	['FooNet more than doubles throughput.', { quote: 'more than doubles throughput', metric: 'throughput', value_low: 2, unit: 'x', qualifier: 'at_least', change: 'increase', norm_low: 2 }],
	['FooNet doubles the latency of vLLM.', { metric: 'latency', value_low: 2, change: 'increase', norm_low: 0.5 }],
	['FooNet triples the decoding speed of vLLM.', { metric: 'speed', value_low: 3, change: 'increase', norm_low: 3 }],
	['AdaKV retains 98.2% of full-cache quality on LongBench, versus 94.5% for uniform allocation.', { metric: 'accuracy', value_low: 98.2, baseline: 'uniform allocation', baseline_value: 94.5, context: 'LongBench', norm_kind: 'delta', norm_low: 3.7 }],
	['ShadowKV supports up to 6x larger batch sizes on an A100 GPU.', { metric: 'capacity', value_low: 6, qualifier: 'up_to', change: 'increase', norm_low: 6 }],
	['Async checkpoints reduce total training time by 6% on a 1,024-GPU job.', { metric: 'latency', change: 'decrease', context: '', norm_low: 1.064 }],
	['Memory overhead is 1.4 GB per GPU.', { metric: 'memory', value_low: 1.4, unit: 'GB', change: 'level' }],
	['Storage overhead is 1.3 TB for a 10M-chunk corpus.', { metric: 'memory', value_low: 1.3, unit: 'TB', change: 'level', norm_low: 1300 }],
	['The model fits in 4 GB of memory.', { quote: '4 GB of memory', metric: 'memory', value_low: 4, unit: 'GB', change: 'level' }],
	['Query latency drops to 9 ms (from 48 ms) with LiteRAG.', { metric: 'latency', value_low: 9, unit: 'ms', baseline_value: 48, norm_kind: 'factor', norm_low: 5.333 }],
	['Our codec saves 27.4% bitrate over H.265 at the same PSNR.', { metric: 'bandwidth', change: 'decrease', baseline: 'H.265', norm_low: 1.377 }],
	['Our codec decodes 1080p video at 58 frames per second on a consumer GPU.', { metric: 'throughput', value_low: 58, unit: 'FPS', change: 'level' }],
	['Our policy improves GPU utilization by 42% compared with the default configuration.', { metric: 'other', change: 'increase', baseline: 'default configuration', norm_low: 1.42 }],
	['Our policy lowers the cost per million requests from $4.20 to $1.75.', { metric: 'cost', value_low: 1.75, baseline_value: 4.2, norm_kind: 'factor', norm_low: 2.4 }],
	['Our index occupies 30x less space than a B+-tree.', { metric: 'memory', value_low: 30, change: 'decrease', baseline: 'B+-tree', norm_low: 30 }],
	['FooNet reduces the search space by 10x.', { metric: 'other', value_low: 10, change: 'decrease' }],
	['Our index sustains 12 million operations per second.', { metric: 'throughput', value_low: 12e6, unit: 'ops/s', change: 'level' }],
	['This extends the usable context window of a 7B model from 4K to 64K tokens.', { metric: 'capacity', value_low: 64000, unit: 'tokens', baseline_value: 4000, norm_kind: 'factor', norm_low: 16 }]
];

describe('findClaims on unseen sentences', () => {
	it.each(SINGLE)('%s', (sentence, expected) => {
		const claims = claimsOf(sentence);
		expect(claims).toHaveLength(1);
		expect(claims[0]).toMatchObject(expected);
	});

	// Sentences with several claims (or none): the listed columns of every claim, in order.
	type Column = keyof Claim;
	const MULTI: [string, string, Column[], unknown[][]][] = [
		['a rate, and the improvement after it (the rate is not a count of operations)', 'Insert throughput reaches 12 million operations per second, a 1.9x improvement over ALEX.', ['metric', 'value_low', 'unit', 'change', 'baseline'], [['throughput', 12e6, 'ops/s', 'level', ''], ['throughput', 1.9, 'x', 'increase', 'ALEX']]],
		['pairs, units and points across the line breaks of arXiv abstracts', 'Time-to-first-token falls from 131 ms to\n57 ms. Accuracy improves by +3.2\npoints on GSM8K and reaches 84%\nvs. 72% for the baseline.', ['value_low', 'unit', 'baseline_value', 'norm_kind', 'norm_low'], [[57, 'ms', 131, 'factor', 2.298], [3.2, 'pp', null, 'delta', 3.2], [84, '%', 72, 'delta', 12]]],
		['a change amount after a level is a change of the same quantity', 'On D4RL, our method attains a normalized score of 89.7, an absolute improvement of 4.2 over the previous best.', ['metric', 'value_low', 'unit', 'change', 'baseline'], [['accuracy', 89.7, '', 'level', ''], ['accuracy', 4.2, '', 'increase', 'previous best']]],
		['a p-value and a confidence interval are not claims; a new clause does not inherit', 'Developers using FooNet completed tasks 26% faster (p < 0.01, 95% confidence interval 18-34%), but the acceptance rate of suggestions was only 31%.', ['metric', 'value_low', 'value_high', 'change'], [['speed', 26, 26, 'increase'], ['accuracy', 31, 31, 'level']]],
		["someone else's figure is not a claim", 'Training frontier models costs over $100M, and GPT-4 reportedly achieves 86.4% on MMLU.', ['value_low'], []],
		['a decline across settings is one level', 'Figure 2 shows that accuracy falls from 92% at 4K to 37% at 128K for the strongest open model.', ['metric', 'value_low', 'baseline_value', 'norm_low'], [['accuracy', 37, 92, -55]]],
		['`rises by 2.1, 3.4 and 5.0 points on A, B and C, respectively`: three increases with contexts', 'Accuracy rises by 2.1, 3.4 and 5.0 points on A, B and C, respectively.', ['value_low', 'unit', 'change', 'context', 'norm_low'], [[2.1, 'pp', 'increase', 'A', 2.1], [3.4, 'pp', 'increase', 'B', 3.4], [5, 'pp', 'increase', 'C', 5]]],
		['the value of a parameter is skipped (`at batch size 1 and 1.3×`)', 'They yield a 2× speedup over the FP16 baseline at batch size 1 and 1.3× at batch size 32, with k = 8.', ['metric', 'value_low', 'baseline'], [['speed', 2, 'FP16 baseline'], ['speed', 1.3, 'FP16 baseline']]],
		['the words after a number, its qualifier and its context across a line break', 'The system is ten times faster and uses 40.2%\nfewer tokens on average, with less than 1.4%\naccuracy loss and up to\n12.9x higher throughput.', ['metric', 'value_low', 'change', 'qualifier'], [['speed', 10, 'increase', 'exact'], ['tokens', 40.2, 'decrease', 'average'], ['accuracy', 1.4, 'decrease', 'at_most'], ['throughput', 12.9, 'increase', 'up_to']]],
		['a claim naming its own quantity (`2x more robust`) does not inherit; `10-fold cross-validation` is not a claim', 'With 10-fold cross-validation, our 8B model uses 1.6x fewer FLOPs per byte than a BPE baseline, and it is 2x more robust to typos.', ['quote', 'metric', 'change', 'norm_low'], [['1.6x fewer FLOPs', 'compute', 'decrease', 1.6], ['2x more robust', 'other', 'increase', 2]]],
		['`comparable accuracy (within 0.3 points)` is the distance to the baseline', 'FooNet trains 10x fewer parameters than LoRA with comparable accuracy (within 0.3 points on GLUE).', ['metric', 'value_low', 'qualifier', 'change', 'baseline', 'context', 'norm_low'], [['memory', 10, 'exact', 'decrease', 'LoRA', '', 10], ['accuracy', 0.3, 'at_most', 'decrease', 'LoRA', 'GLUE', -0.3]]],
		['a time a task takes is a latency level, not the quantity named before it', 'Our model uses 3.1x fewer MACs than a CNN, and runs in 14 ms on an ARM Cortex-M7.', ['metric', 'value_low', 'unit', 'change'], [['compute', 3.1, 'x', 'decrease'], ['latency', 14, 'ms', 'level']]],
		['bare scores on named benchmarks after a verb of achieving are quality levels', 'The 405B model scores 88.6 on MMLU and 89.0 on HumanEval, trained on 15T tokens in 2024.', ['metric', 'value_low', 'unit', 'change', 'context'], [['accuracy', 88.6, '', 'level', 'MMLU'], ['accuracy', 89, '', 'level', 'HumanEval']]],
		['a bare change amount needs a quantity word (`the average rank` is none)', 'FooNet reduces the average rank by 1.8 across datasets.', ['value_low'], []],
		['a multiplying verb needs a quantity word', 'Submissions doubled in 2024.', ['value_low'], []],
		['a bit-width is a setting; `cuts it` points back to the quantity across a new clause', 'Quantizing to 4 bits reduces energy per token by 41-63%, while batching requests cuts it by up to 5x.', ['metric', 'value_low', 'value_high', 'unit', 'qualifier', 'change'], [['energy', 41, 63, '%', 'exact', 'decrease'], ['energy', 5, 5, 'x', 'up_to', 'decrease']]],
		['`std::sort` is one name and no clause boundary: `within 10%` keeps the speed of the claim before it', 'Our learned sort is 1.7-2.3x faster than std::sort on integer keys and within 10% of the fastest radix sort on strings.', ['metric', 'value_low', 'value_high', 'qualifier', 'change', 'baseline', 'norm_low'], [['speed', 1.7, 2.3, 'exact', 'increase', 'std::sort', 1.7], ['speed', 10, 10, 'at_most', 'decrease', 'fastest radix sort', 0.9]]],
		['a time names its quantity after `of`', 'FooNet improves edit similarity by 4.1 points, while adding only 12 ms of retrieval latency per request.', ['metric', 'value_low', 'unit', 'change'], [['accuracy', 4.1, 'pp', 'increase'], ['latency', 12, 'ms', 'level']]],
		['`X%, versus Y% for Z` and `X% of the time, compared to Y% for Z`: one level with the baseline\'s value', 'It lowers the error rate to 4.2%, versus 27.9% for PatchCleanser. It agrees with humans 81% of the time, compared to 66% for GPT-4.', ['value_low', 'baseline', 'baseline_value'], [[4.2, 'PatchCleanser', 27.9], [81, 'GPT-4', 66]]],
		['a bracketed number after a compared system\'s name is that system\'s result, not a claim', 'It achieves 41.5% pass@1 on HumanEval, surpassing StarCoder-3B (32.9%) and approaching CodeLlama-7B (45.1%).', ['value_low', 'context'], [[41.5, 'HumanEval']]],
		['`(from A to B)` after a change is a pair of its own, not the change\'s baseline', 'It cuts carbon emissions by 31% (from 18.2 to 12.6 tonnes) and drops latency to 9 ms (from 48 ms).', ['value_low', 'unit', 'change', 'baseline_value'], [[31, '%', 'decrease', null], [9, 'ms', 'level', 48]]],
		['AP is a score named as the unit (not the quantity of the claim before it)', 'It attains 46.2 AP on COCO, outperforming YOLOv8-S by 1.3 AP, and reduces latency from 14.6 ms to 8.5 ms with a 0.8 AP drop.', ['metric', 'value_low', 'unit', 'change'], [['accuracy', 46.2, 'AP', 'level'], ['accuracy', 1.3, 'AP', 'increase'], ['latency', 8.5, 'ms', 'level'], ['accuracy', 0.8, 'AP', 'decrease']]],
		['a quantity named after `fewer` is the claim\'s own, not the one named before the number', 'FedSparse reaches target accuracy in 2.4x fewer rounds than FedAvg.', ['quote', 'metric', 'change', 'baseline', 'norm_low'], [['2.4x fewer rounds', 'compute', 'decrease', 'FedAvg', 2.4]]],
		['an overhead of N times is a cost, not an improvement', 'Inference overhead is 1.6x.', ['metric', 'value_low', 'change', 'norm_low'], [['other', 1.6, 'increase', 0.625]]],
		['a time something adds and a size something occupies are levels of latency and memory', 'Model inference adds less than 0.2 ms per query. The model occupies 11.8 MB of flash, a 6.3x reduction.', ['metric', 'value_low', 'unit', 'qualifier', 'change'], [['latency', 0.2, 'ms', 'at_most', 'level'], ['memory', 11.8, 'MB', 'exact', 'level'], ['memory', 6.3, 'x', 'exact', 'decrease']]],
		['q-error is an error', 'QuickJoin reduces the median q-error from 11.4 to 2.3.', ['metric', 'value_low', 'baseline_value', 'norm_low'], [['error', 2.3, 11.4, 9.1]]],
		['values in a parallel list (`A by N and B by M over X`) share the baseline named after the last', 'RecBoost improves NDCG@10 by 4.1% and HR@10 by 3.2% over SASRec.', ['quote', 'baseline', 'norm_low'], [['improves NDCG@10 by 4.1%', 'SASRec', 4.1], ['HR@10 by 3.2%', 'SASRec', 3.2]]],
		['a score the lexicon does not name (`a TM-score of`) still pairs with its baseline\'s value', 'FoldLite reaches a TM-score of 0.71, compared to 0.76 for AlphaFold2.', ['metric', 'value_low', 'baseline', 'baseline_value', 'norm_low'], [['accuracy', 0.71, 'AlphaFold2', 0.76, -0.05]]],
		['a resolution (`1024×1024`) is not a factor; a time something is generated in, `down from` after a setting, pairs', 'With 20 sampling steps, a 1024×1024 image is generated in 1.9 s on an H100, down from 4.6 s.', ['metric', 'value_low', 'unit', 'baseline_value', 'norm_low'], [['latency', 1.9, 's', 4.6, 2.421]]],
		['a percent of an unnamed quantity after `fewer` is that quantity\'s, lower is better', 'AgentFlow completes tasks 1.9× faster and uses 27% fewer LLM calls than ReAct.', ['quote', 'metric', 'change', 'norm_low'], [['1.9× faster', 'speed', 'increase', 1.9], ['27% fewer LLM calls', 'compute', 'decrease', 1.37]]],
		['a score change bounded by `less than`/`below`; time-between-tokens is a latency', 'It delivers 2.1×-2.8× speedups with an FID change of less than 0.5 and a CLIP score drop below 0.3, and lowers P99 time-between-tokens by 5.3x.', ['metric', 'value_low', 'qualifier', 'change'], [['speed', 2.1, 'exact', 'increase'], ['error', 0.5, 'at_most', 'level'], ['accuracy', 0.3, 'at_most', 'decrease'], ['latency', 5.3, 'exact', 'decrease']]],
		['a bound the result stays under is a level, not a setting', 'Peak memory stays under 4.3 GB, and latency is kept at 2 ms.', ['metric', 'value_low', 'qualifier', 'change'], [['memory', 4.3, 'at_most', 'level'], ['latency', 2, 'exact', 'level']]],
		['`over those of X` names X; shrinking is a memory; a longer accepted length is better', 'Raters preferred our videos over those of AnimateDiff in 64% of comparisons. SplatCompress shrinks scenes by 25x and increases the accepted length from 2.1 to 4.6 tokens.', ['metric', 'value_low', 'baseline', 'norm_low'], [['accuracy', 64, 'AnimateDiff', 64], ['memory', 25, '', 25], ['other', 4.6, '', 2.19]]],
		['a score below a baseline is a decrease; a time a model runs at is a latency; RAM is memory and the change after it is of RAM', 'TinyVLM gets 61.3 CIDEr, which is only 2.2 CIDEr below its teacher. It runs at 34 ms per image and requires 1.1 GB of RAM (−86%).', ['metric', 'value_low', 'unit', 'change', 'baseline', 'norm_low'], [['accuracy', 61.3, 'CIDEr', 'level', '', 61.3], ['accuracy', 2.2, 'CIDEr', 'decrease', 'teacher', null], ['latency', 34, 'ms', 'level', '', 34], ['memory', 1.1, 'GB', 'level', '', 1.1], ['memory', 86, '%', 'decrease', '', 7.143]]],
		['`an average precision of 0.982, a 0.4% improvement over X`: the improvement is of the precision', 'GraphStream cuts update latency by 17x and achieves an average precision of 0.982, a 0.4% improvement over TGN.', ['metric', 'value_low', 'change', 'baseline'], [['latency', 17, 'decrease', ''], ['accuracy', 0.982, 'level', ''], ['accuracy', 0.4, 'increase', 'TGN']]],
		['`never exceeds` is at most, `exceeds` at least, both levels; a baseline name ends at `within`', 'Memory use never exceeds 14 GB and accuracy exceeds 90%. It verifies 12% more properties than CROWN within the same timeout.', ['metric', 'value_low', 'qualifier', 'change', 'baseline'], [['memory', 14, 'at_most', 'level', ''], ['accuracy', 90, 'at_least', 'level', ''], ['other', 12, 'exact', 'increase', 'CROWN']]],
		['`drops from 3.4x to 1.2x` is a before/after pair, `speedups from 3.1 to 7.4 times` a range', 'The maximum expert load drops from 3.4x to 1.2x of the mean. It delivers speedups from 3.1 to 7.4 times.', ['value_low', 'value_high', 'change', 'baseline_value', 'norm_low', 'norm_high'], [[1.2, 1.2, 'level', 3.4, 2.833, 2.833], [3.1, 7.4, 'increase', null, 3.1, 7.4]]],
		['a times value after a time taken keeps its latency; pages per second is a rate; `(Nougat: 3.0%)` is the named system\'s number', 'Pruning takes 38 minutes, 5.6 times less than SparseGPT. It processes 10.4 pages per second with a character error rate of 2.1% (Nougat: 3.0%).', ['metric', 'value_low', 'unit', 'change'], [['latency', 38, 'min', 'level'], ['latency', 5.6, 'x', 'decrease'], ['throughput', 10.4, 'pages/s', 'level'], ['error', 2.1, '%', 'level']]],
		['`in 63% of them` is a share of the cases (a level), not a 63% speed-up', 'Generated kernels are faster than the PyTorch baseline in 63% of them and correct in 81% of cases.', ['metric', 'value_low', 'change', 'norm_kind'], [['other', 63, 'level', 'level'], ['other', 81, 'level', 'level']]],
		['dollar amounts are levels of the cost named before them, qualifier and `to` read over the sign', 'Fine-tuning cost was under $2,000, and the cost per issue falls to $0.38.', ['quote', 'metric', 'value_low', 'unit', 'qualifier', 'change'], [['cost was under $2,000', 'cost', 2000, '$', 'at_most', 'level'], ['cost per issue falls to $0.38', 'cost', 0.38, '$', 'exact', 'level']]],
		['`the top 1% of` and `against 2% patches` are settings; `the time to a prediction` is a latency', 'It sends only the top 1% of coordinates. It raises certified accuracy against 2% patches from 41.5% to 53.8%, and reduces the time to a prediction by 20x.', ['metric', 'value_low', 'change', 'baseline_value', 'norm_low'], [['accuracy', 53.8, 'level', 41.5, 12.3], ['latency', 20, 'decrease', null, 20]]],
		['a pair after a change of the same quantity is read; `8×A100` is a count of devices; extending the context is a capacity', 'It cuts P999 latency by 19 ms (from 71 ms to 52 ms). We extend the context of LLaMA-2-7B from 4K to 100K tokens on a single 8×A100 machine.', ['metric', 'value_low', 'unit', 'change', 'baseline_value', 'norm_low'], [['latency', 19, 'ms', 'decrease', null, null], ['latency', 52, 'ms', 'level', 71, 1.365], ['capacity', 100000, 'tokens', 'level', 4000, 25]]],
		['a time a model pretrains in is a latency; battery life is energy, longer is better', 'FastDINO pretrains a ViT-B/16 on ImageNet-1K in 21 hours. It extends battery life by 37%.', ['metric', 'value_low', 'unit', 'higher_is_better', 'norm_low'], [['latency', 21, 'h', false, 75600000], ['energy', 37, '%', true, 1.37]]],
		['points are a quality\'s, not the speed-up\'s before them; `X instead of Y` is a pair; `sooner` is a speed; a final loss is an error', 'It yields a 5.1x speedup with a 1.2-point drop. It uses 3.2 GB instead of 41 GB of memory. Training finishes 1.3x sooner than BF16 training, and its final loss is within 0.5% of the BF16 run.', ['metric', 'value_low', 'change', 'baseline', 'baseline_value'], [['speed', 5.1, 'increase', '', null], ['accuracy', 1.2, 'decrease', '', null], ['memory', 3.2, 'level', '', 41], ['speed', 1.3, 'increase', 'BF16 training', null], ['error', 0.5, 'increase', 'BF16 run', null]]],
		['a share of an unnamed quantity saved is that quantity\'s; a count of GPUs used is a setting; a share of any plural is a level', 'We train on 8 GPUs. It saves 41% of GPUs, and cold-start latency is hidden in 96% of scale-ups.', ['metric', 'value_low', 'change', 'norm_low'], [['other', 41, 'decrease', 1.695], ['other', 96, 'level', 96]]],
		['`speedups of A to B` is a range; a percentage-point gain; an object between the verb and `by` names its own quantity', 'It delivers speedups of 1.5× to 2.3×, a 3.5 percentage-point gain in recall, and reduces pipeline bubbles by up to 45%.', ['metric', 'value_low', 'value_high', 'unit', 'change', 'norm_low'], [['speed', 1.5, 2.3, 'x', 'increase', 1.5], ['accuracy', 3.5, 3.5, 'pp', 'increase', 3.5], ['other', 45, 45, '%', 'decrease', 1.818]]],
		['a slowdown, the largest batch (a capacity) and a latency `of under` a bound', 'Training slows down by under 8%, the largest trainable batch grows from 16 to 56 sequences, and it achieves a latency of under 50 ms per chunk.', ['metric', 'value_low', 'qualifier', 'change', 'norm_low'], [['latency', 8, 'at_most', 'increase', 0.9259], ['capacity', 56, 'exact', 'level', 3.5], ['latency', 50, 'at_most', 'level', 50]]],
		['sentence-initial `Over` is a span of time; `adds a median of 23 ms`; SLO attainment; a share saved', 'Over a month-long trace, it reduces emissions by 28–41%, adds a median of 23 ms to response time, and keeps 99.2% of requests within their latency SLO. It saves 41% of GPUs.', ['metric', 'value_low', 'change', 'baseline', 'norm_low'], [['other', 28, 'decrease', '', 1.389], ['latency', 23, 'level', '', 23], ['accuracy', 99.2, 'level', '', 99.2], ['other', 41, 'decrease', '', 1.695]]],
		['energy and power units are read with a power or energy word', 'Energy per utterance is 38 mJ. Generating one solution costs between 0.02 and 1.4 Wh, and it lowers power from 3.1 W to 2.2 W. We use a 300 W GPU.', ['metric', 'value_low', 'value_high', 'unit', 'baseline_value', 'norm_low'], [['energy', 38, 38, 'mJ', null, 38], ['energy', 0.02, 1.4, 'Wh', null, 0.02], ['energy', 2.2, 2.2, 'W', 3.1, 1.409]]],
		['a bracketed pair after `matching the accuracy of X`; what is added to is named after `to`', 'It uses 62% fewer visual tokens while matching the accuracy of full-resolution inference (68.4 vs. 68.7). Verification adds 12% to generation latency.', ['metric', 'value_low', 'change', 'baseline_value', 'norm_low'], [['tokens', 62, 'decrease', null, 2.632], ['accuracy', 68.4, 'level', 68.7, -0.3], ['latency', 12, 'increase', null, 0.8929]]],
		['a compared system\'s bracketed number ends the clause: the latency after it is a level', 'It achieves a 91.3% success rate, exceeding GPT-4o-mini (88.7%), with an end-to-end latency of 0.9 s on an M2 laptop.', ['metric', 'value_low', 'change', 'norm_low'], [['accuracy', 91.3, 'level', 91.3], ['latency', 0.9, 'level', 900]]],
		['`1.5 to 2 times` and `20 to 30%` are ranges; a count range of devices is not a claim', 'It is 1.5 to 2 times faster than CUB and reduces latency by 20 to 30%. We use 4 to 8 GPUs.', ['metric', 'value_low', 'value_high', 'unit', 'norm_low', 'norm_high'], [['speed', 1.5, 2, 'x', 1.5, 2], ['latency', 20, 30, '%', 1.25, 1.429]]],
		['transactions per second is a throughput; reducing an unnamed share from A% to B% is a reduction of it, raising success stays an accuracy', 'It raises transactions per second by 2.3x and reduces distributed transactions from 31% to 4% of the total. On ALFWorld it raises success from 71% to 86%.', ['metric', 'value_low', 'baseline_value', 'norm_kind', 'norm_low'], [['throughput', 2.3, null, 'factor', 2.3], ['other', 4, 31, 'factor', 7.75], ['accuracy', 86, 71, 'delta', 15]]],
		['a bare pair after a score named as the unit takes that score; RMSE, CRPS and the Brier score are errors', 'It improves by 1.9 BLEU points on WMT14 En-De (27.8 vs. 25.9). It reduces the RMSE of 5-day forecasts by 9% and the Brier score by 12%.', ['metric', 'value_low', 'change', 'baseline_value', 'norm_low'], [['accuracy', 1.9, 'increase', null, null], ['accuracy', 27.8, 'level', 25.9, 1.9], ['error', 9, 'decrease', null, 9], ['error', 12, 'decrease', null, 12]]],
		['a time does not take an error rate from the claim before it; `12% shorter` of an unnamed quantity is a reduction of it', 'It reduces the character error rate from 3.9% to 2.7%, and transcribes a page in 0.8 seconds, compared with 4.5 seconds for TrOCR-large. The summaries become 12% shorter.', ['metric', 'value_low', 'baseline_value', 'norm_low'], [['error', 2.7, 3.9, 1.2], ['latency', 0.8, 4.5, 5.625], ['other', 12, null, 1.136]]],
		['a bound kept on an unnamed quantity is an `other` level; energy kept under a bound is a level; a sampling budget is compute', 'It keeps packet reordering below 0.1%. It keeps energy per token under 0.35 J. It proves 63.5% of theorems with an 8x smaller sampling budget.', ['metric', 'value_low', 'unit', 'qualifier', 'change', 'higher_is_better'], [['other', 0.1, '%', 'at_most', 'level', false], ['energy', 0.35, 'J', 'at_most', 'level', false], ['accuracy', 63.5, '%', 'exact', 'level', true], ['compute', 8, 'x', 'exact', 'decrease', false]]],
		['MOS is a quality score and `mean` in a metric\'s name is no qualifier; a score within a bound of a baseline; a share of pairwise comparisons (a level)', 'It is 270 times faster and reaches a mean opinion score of 4.21, against 4.35 for VITS, with a CLIP score within 0.3 of the FP16 model. Judges prefer it in 58% of pairwise comparisons.', ['metric', 'value_low', 'qualifier', 'change', 'baseline'], [['speed', 270, 'exact', 'increase', ''], ['accuracy', 4.21, 'exact', 'level', 'VITS'], ['accuracy', 0.3, 'at_most', 'decrease', 'FP16 model'], ['accuracy', 58, 'exact', 'level', '']]],
		['a before/after pair of factors far after its verb; a pair of bare values of an unnamed quantity; `3 x faster`', 'FairServe reduces the maximum slowdown experienced by any tenant from 8.3x to 2.1x and improves Jain\'s fairness index from 0.71 to 0.96. It is 3 x faster than MinkUNet; a 3 x 3 kernel is used.', ['metric', 'value_low', 'change', 'baseline_value', 'norm_low'], [['latency', 2.1, 'level', 8.3, 3.952], ['other', 0.96, 'level', 0.71, 1.352], ['speed', 3, 'increase', null, 3]]],
		['`drops to 38 ms from 91 ms`; MASE is an error, a false-hit rate too; spend is a cost', 'Time per output token drops to 38 ms from 91 ms. It lowers MASE by 6.2%, cloud API spend falls by 64%, and the false-hit rate is 0.8%.', ['metric', 'value_low', 'change', 'baseline_value', 'norm_low'], [['latency', 38, 'level', 91, 2.395], ['error', 6.2, 'decrease', null, 6.2], ['cost', 64, 'decrease', null, 2.778], ['error', 0.8, 'level', null, 0.8]]],
		['`speeding up` is a speed; shortening a rollout time is a latency; an acceptance length in tokens is a level', 'It reduces memory by up to 2.55× while speeding up decoding by up to 2.18×, shortens rollout time by 2.3-2.8x, and reaches an average acceptance length of 6.5 tokens.', ['metric', 'value_low', 'value_high', 'unit', 'change'], [['memory', 2.55, 2.55, 'x', 'decrease'], ['speed', 2.18, 2.18, 'x', 'increase'], ['latency', 2.3, 2.8, 'x', 'decrease'], ['other', 6.5, 6.5, 'tokens', 'level']]],
		['a share of a resource used or dropped is of that resource, a share solved stays an accuracy; `for N% of` is a share; the prompt length is tokens', 'It accesses 1-3% of the keys, removing 49.6% of the corpus, and resolves 72.5% of the issues. Communication is hidden for 85% of layers, and it cuts the prompt length by 6.1x.', ['metric', 'value_low', 'change'], [['other', 1, 'level'], ['other', 49.6, 'level'], ['accuracy', 72.5, 'level'], ['other', 85, 'level'], ['tokens', 6.1, 'decrease']]],
		['a pruning rate is a setting; each value of a parallel list names its own quantity; makespan is a latency', 'We remove 25% of the layers, while a 50% pruning rate degrades pass@1 by 11.4 points. It reduces all-to-all communication by 38%, straggler time by 55%, and makespan by 1.4x.', ['metric', 'value_low', 'change'], [['other', 25, 'level'], ['accuracy', 11.4, 'decrease'], ['bandwidth', 38, 'decrease'], ['other', 55, 'decrease'], ['latency', 1.4, 'decrease']]],
		['a verb is shared by `and N% of`; a level and a change in points are no list; `AlpacaEval 2 win rate` names the value after it; a pronoun names no baseline', 'It saves 33% of GPU memory and 26% of training time and reaches an AlpacaEval 2 win rate of 41.2%, 2.5 points higher than DPO. It cuts cost by 43% relative to on-demand deployment while keeping latency within 8% of it and availability above 99.9%.', ['metric', 'value_low', 'change', 'baseline'], [['memory', 33, 'decrease', 'DPO'], ['latency', 26, 'decrease', 'DPO'], ['accuracy', 41.2, 'level', 'DPO'], ['accuracy', 2.5, 'increase', 'DPO'], ['cost', 43, 'decrease', 'on-demand deployment'], ['latency', 8, 'increase', 'on-demand deployment'], ['other', 99.9, 'level', 'on-demand deployment']]],
		['a CIDEr of A versus B is a quality level, not the speed-up before it', 'It captions videos 25 times faster than Vid2Seq with a CIDEr of 33.1 versus 30.1 on YouCook2.', ['metric', 'value_low', 'baseline_value', 'norm_low'], [['speed', 25, null, 25], ['accuracy', 33.1, 30.1, 3]]],
		['an RMSD pair in Å; GDT-TS is a quality score; an attack success rate is an error (lower is better)', 'FooNet lowers the median backbone RMSD from 1.92 Å to 1.31 Å and raises GDT-TS by 4.6 points over AlphaFold2. It reduces the attack success rate of GCG from 62.1% to 3.4%.', ['metric', 'value_low', 'unit', 'baseline_value', 'norm_kind', 'norm_low'], [['error', 1.31, 'Å', 1.92, 'delta', 0.61], ['accuracy', 4.6, 'pp', null, 'delta', 4.6], ['error', 3.4, '%', 62.1, 'delta', 58.7]]],
		['`1/20th of the compute` and `1/50th as much` are N times less; `1/4 of the data` and `Table 1/2` are not', 'Compared with adversarial training, FooNet requires 1/20th of the compute and lowers the over-refusal rate by 38%. It costs 1/50th as much to run. We use 1/4 of the data, as in Table 1/2.', ['quote', 'metric', 'value_low', 'unit', 'change', 'norm_low'], [['1/20th of the compute', 'compute', 20, 'x', 'decrease', 20], ['lowers the over-refusal rate by 38%', 'error', 38, '%', 'decrease', 38], ['costs 1/50th', 'cost', 50, 'x', 'decrease', 50]]],
		['a number ending a name (`Gen 3`) starts no list; `a 100M-point task` is a size, not points', 'FooNet decodes at 21 tokens/s on a Snapdragon 8 Gen 3, 2.7x faster than LLaVA. On a 100M-point deduplication task it finishes in 14 minutes.', ['metric', 'value_low', 'unit', 'change'], [['throughput', 21, 'tokens/s', 'level'], ['speed', 2.7, 'x', 'increase'], ['latency', 14, 'min', 'level']]],
		['a multiple of the baseline\'s quantity went up; a level and the change after it are no list; a value reached is a level (a times value stays a factor)', 'Training costs 1.3x that of standard training and takes 2x as long as X. It reaches a registration recall of 93.1%, 1.4% higher than GeoTransformer. Memory grows linearly, reaching 3.2 GB, and throughput reaches 2.3x.', ['metric', 'value_low', 'change', 'norm_kind', 'norm_low'], [['cost', 1.3, 'increase', 'factor', 0.7692], ['latency', 2, 'increase', 'factor', 0.5], ['accuracy', 93.1, 'level', 'level', 93.1], ['accuracy', 1.4, 'increase', 'delta', 1.4], ['memory', 3.2, 'level', 'level', 3.2], ['throughput', 2.3, 'increase', 'factor', 2.3]]],
		['rates with a modifier are rates, and a rate a system processes is a level; a power class of hardware is a setting, a power drop is not', 'FooNet cuts update latency by 17x, processes 2.3 million edge events per second and runs at 10,000 effective frames per second on a 5 W embedded board. Measured power drops by 94 W per GPU.', ['metric', 'value_low', 'unit', 'change'], [['latency', 17, 'x', 'decrease'], ['throughput', 2.3e6, 'edge events/s', 'level'], ['throughput', 10000, 'FPS', 'level'], ['energy', 94, 'W', 'decrease']]],
		['lagging is a latency, scoring an accuracy, peak SRAM a memory, GPU-days a cost, FVD an error', 'It has an average lagging of 1.6 seconds, scoring 31.7% versus 28.0%, while cutting peak SRAM by 29%. The search takes 3 GPU-days instead of 300, with an FVD increase below 3%.', ['metric', 'value_low', 'change', 'baseline_value', 'norm_low'], [['latency', 1.6, 'level', null, 1600], ['accuracy', 31.7, 'level', 28, 3.7], ['memory', 29, 'decrease', null, 1.408], ['cost', 3, 'level', 300, 100], ['error', 3, 'increase', null, -3]]],
		['AUROC is a quality; a power a chip consumes is its power (µW); a latency after `with` is a result, a latency budget a setting', 'FooNet improves AUROC from 0.812 to 0.846. The chip consumes 3.8 µW. It reaches 95% recall with 2.1 ms mean latency and a 5 ms latency budget.', ['metric', 'value_low', 'unit', 'change', 'norm_low'], [['accuracy', 0.846, '', 'level', 0.034], ['energy', 3.8, 'µW', 'level', 3.8], ['accuracy', 95, '%', 'level', 95], ['latency', 2.1, 'ms', 'level', 2.1]]],
		['a share pruned is of that resource; `beyond N% pruning` and `per additional N% removed` are settings', 'Pruning 50% of LAION with our score yields an accuracy of 68.3%, while halving compute. Beyond 70% pruning, accuracy falls by 0.8 points per additional 10% removed.', ['metric', 'value_low', 'change'], [['other', 50, 'level'], ['accuracy', 68.3, 'level'], ['compute', 50, 'decrease'], ['accuracy', 0.8, 'decrease']]],
		['a fraction at which a result comes is no setting; a compile time and a time to a submission are latencies; code size is a memory; kappa is a quality', 'FooNet emulates X at 1/1000th of its computational cost. Compile time stays under 90 seconds. Hints cut the time to a correct submission by 34%, and code size is 21 KB. It raises quadratic weighted kappa from 0.71 to 0.83.', ['metric', 'value_low', 'qualifier', 'change', 'norm_low'], [['compute', 1000, 'exact', 'decrease', 1000], ['latency', 90, 'at_most', 'level', 90000], ['latency', 34, 'exact', 'decrease', 1.515], ['memory', 21, 'exact', 'level', 0.000021], ['accuracy', 0.83, 'exact', 'level', 0.12]]],
		['`Nx the throughput of X` is a multiple said outright (not the previous claim\'s decrease); `adds 4% latency` is more latency; a rate a codec decodes at is a level; utilization after `with` is a result', 'WANBFT commits with a latency 2.3x lower than HotStuff and sustains 3.4x the throughput of HotStuff. Expert routing adds 4% latency. It needs 35% less bitrate and decodes 1080p video at 45 frames per second. It trains with 47% model FLOPs utilization.', ['metric', 'value_low', 'change', 'norm_low'], [['latency', 2.3, 'decrease', 2.3], ['throughput', 3.4, 'increase', 3.4], ['latency', 4, 'increase', 0.9615], ['bandwidth', 35, 'decrease', 1.538], ['throughput', 45, 'level', 45], ['other', 47, 'level', 47]]],
		['a value a quantity names with `of` is its level (the direction before belongs to another number); a determiner ends a phrase; `to under 1%` ends a pair', 'ExecRepair fixes 41 more bugs than the best prior tool, at a cost of $0.31 per bug. At a 2.6x speedup the drop is 0.7 BLEU. Dead latents drop from 14% to under 1%.', ['quote', 'metric', 'value_low', 'qualifier', 'change', 'baseline_value'], [['cost of $0.31', 'cost', 0.31, 'exact', 'level', null], ['2.6x speedup', 'speed', 2.6, 'exact', 'increase', null], ['0.7 BLEU', 'accuracy', 0.7, 'exact', 'decrease', null], ['14% to under 1%', 'other', 1, 'at_most', 'level', 14]]],
		['`N% of the time, versus M%` is a pair of shares (not the compute before it); `with N% of jobs meeting their deadlines, compared with M%` is an SLO pair; uploads are bandwidth; ROC-AUC a quality', 'It needs 6x less compute and yields features rated interpretable 72% of the time by human raters, versus 58% for the baseline recipe. It cuts cost by 12%, with 99.6% of jobs meeting their deadlines, compared with 99.9% for X. It reduces per-client upload from 4.2 MB to 0.6 MB and attains an ROC-AUC of 81.4.', ['metric', 'value_low', 'change', 'baseline_value', 'norm_low'], [['compute', 6, 'decrease', null, 6], ['other', 72, 'level', 58, 1.241], ['cost', 12, 'decrease', null, 1.136], ['accuracy', 99.6, 'level', 99.9, -0.3], ['bandwidth', 0.6, 'level', 4.2, 7], ['accuracy', 81.4, 'level', null, 81.4]]],
		['a sign is its own value\'s direction; a number after `compared with a` is the baseline\'s own and names no baseline; replayed data is a setting', 'It achieves +6.1 AP over GLIP-L, and 47.9 AP overall. We replay 5% old data. Python pass@1 drops by only 0.6 points, compared with a 7.2-point drop without replay.', ['metric', 'value_low', 'change', 'baseline'], [['accuracy', 6.1, 'increase', 'GLIP-L'], ['accuracy', 47.9, 'level', 'GLIP-L'], ['accuracy', 0.6, 'decrease', '']]],
		['a bare count with its own noun does not take the unit of the value compared; a 4x super-resolution network is a setting; sequences per second is a rate', 'FooNet, a 4x super-resolution network, solves 48.4% of problems with a budget of 3,200 expansions, compared with 41.0% for X. Packing raises throughput from 310 to 1,240 sequences per second.', ['metric', 'value_low', 'unit', 'baseline_value'], [['accuracy', 48.4, '%', null], ['throughput', 1240, 'sequences/s', 310]]],
		['a signed bare value starts a list (`+0.2 and -0.9 points`, respectively); CPU cores are compute; `to reach 90% IoU` is a target, not a claim', 'On GSM8K and MATH500, our model uses 46% and 31% fewer reasoning tokens respectively, while accuracy changes by +0.2 and -0.9 points. It trains using 4 CPU cores instead of 64. To reach 90% IoU, users need fewer clicks.', ['metric', 'value_low', 'change', 'context', 'norm_low'], [['tokens', 46, 'decrease', 'GSM8K', 1.852], ['tokens', 31, 'decrease', 'MATH500', 1.449], ['accuracy', 0.2, 'increase', 'GSM8K', 0.2], ['accuracy', 0.9, 'decrease', 'MATH500', -0.9], ['compute', 4, 'level', '', 16]]],
		['AUROC as a unit; time-to-accuracy (hyphenated) is a latency; a share of queries sent elsewhere is of those queries', 'Our detector attains 0.97 AUROC. Time-to-accuracy improves by 2.2x over FedAvg. The router keeps quality while sending 71% of queries to a 8B model.', ['metric', 'value_low', 'unit', 'change', 'norm_low'], [['accuracy', 0.97, 'AUROC', 'level', 0.97], ['latency', 2.2, 'x', 'decrease', 2.2], ['other', 71, '%', 'level', 71]]],
		['a pair of losses in points (the smaller is better); a backward pass time is a latency; a sentence-initial `At X it reaches` is no setting', 'At epsilon = 1, models trained on our data lose only 2.1 points of accuracy relative to real data, versus 6.8 points for PrivBayes. Backward pass time is reduced by 41%. At 1.5 kbps it reaches a MUSHRA score of 84.', ['metric', 'value_low', 'higher_is_better', 'baseline_value', 'context', 'norm_low'], [['accuracy', 2.1, false, 6.8, 'epsilon = 1', 4.7], ['latency', 41, false, null, '', 1.695], ['accuracy', 84, true, null, '', 84]]],
		['`adding under 3% to decode latency` is more latency; a share evaluated on or the top share updated is a setting; NDS is a score; `than on a CPU` names the CPU; a context ends at `instead`', 'Decompression adds under 3% to decode latency. Evaluating on 5% of MMLU items works; we update only the 1% most relevant parameters. It reaches 71.2 NDS, 3.9x faster than on a 64-core CPU, and trains in 3 hours on 4 GPUs instead of 19 hours.', ['metric', 'value_low', 'change', 'baseline', 'context'], [['latency', 3, 'increase', '', ''], ['accuracy', 71.2, 'level', '64-core CPU', ''], ['speed', 3.9, 'increase', '64-core CPU', ''], ['latency', 3, 'level', '64-core CPU', '4 GPUs']]],
		['a baseline\'s setting (`models using 4x more tokens`), sequencing coverage, a fixed operating point and the lowest-valued share are no claims; precision after `with` is; FActScore, LPIPS and forgetting have their directions; energy a run uses', 'FooNet is on par with models using 4x more tokens, from 30x coverage reads, and detects fraud with 91% precision at a fixed 0.1% false positive rate. It raises the FActScore from 71.4 to 78.9, improves LPIPS by 22%, and forgetting is reduced from 6.1% to 2.3%. Serving uses 0.39 Wh per query. Removing the 10% lowest-valued points helps.', ['metric', 'value_low', 'change', 'norm_low'], [['accuracy', 91, 'level', 91], ['accuracy', 78.9, 'level', 7.5], ['error', 22, 'decrease', 22], ['error', 2.3, 'level', 3.8], ['energy', 0.39, 'level', 0.39]]],
		['angles, lengths and energies are units that need their quantity named; a lowercase `map` is no mAP; `km/h` is no length', 'The policy tracks motions with a mean joint error of 2.1 degrees, down from 5.4 degrees, on a 30 cm table. Translation error is 4.2 cm and the map takes 12 MB per kilometre instead of 410 MB. MAE is 21 meV/atom, energy errors stay below 1 meV per atom, and speed MAE is 2.71 km/h.', ['metric', 'value_low', 'unit', 'baseline_value', 'norm_kind'], [['error', 2.1, '°', 5.4, 'delta'], ['error', 4.2, 'cm', null, 'level'], ['memory', 12, 'MB', 410, 'factor'], ['error', 21, 'meV/atom', null, 'level'], ['error', 1, 'meV/atom', null, 'level']]],
		['an operating point held equal, the share of weights selected and a target reached are settings; rounds are compute; traffic named before `shrinks` is a bandwidth', 'At the same false positive rate of 1%, memory falls by 46%. We keep the 0.5% of weights with the largest magnitude in FP16. Upload traffic per round shrinks 40-fold. Rounds to reach 80% accuracy increase by 12%.', ['metric', 'value_low', 'change', 'norm_low'], [['memory', 46, 'decrease', 1.852], ['bandwidth', 40, 'decrease', 40], ['compute', 12, 'increase', 0.8929]]],
		['a real-time factor is a latency, as a unit or named before `is`; `within N points` without a baseline is at most that much worse, `unchanged within` a level', 'The model decodes at 0.15 real-time factor on a Pixel 8, and the real-time factor is 0.07 on a GPU. It keeps accuracy within 1 point. Bandwidth usage is unchanged within 0.5%.', ['metric', 'value_low', 'unit', 'change'], [['latency', 0.15, 'RTF', 'level'], ['latency', 0.07, '', 'level'], ['accuracy', 1, 'pp', 'decrease'], ['bandwidth', 0.5, '%', 'level']]],
		['a baseline named in a later clause with its own subject is not an earlier number\'s; a bracketed baseline number may be followed by words', 'Perplexity rises from 2.85 to 3.21, and decoding is 2.6x faster than FP16. CRPS improves by 6% over DGMR, and one ensemble takes 3.8 seconds. It lowers error by 27% and runs 6.4x faster than EGNN. LinGT reaches an MAE of 0.0809 eV, lower than GPS++ (0.0778 eV is the best reported).', ['value_low', 'baseline'], [[3.21, ''], [2.6, 'FP16'], [6, 'DGMR'], [3.8, ''], [27, 'EGNN'], [6.4, 'EGNN'], [0.0809, 'GPS++']]],
		['`by N% on average and by up to M%` is two claims; a level unchanged `at N%` is a claim; any things per second are a rate; `than with X` names X; a bare value after `at` is no context', 'Task time falls by 31% on average and by up to 58%; task success is unchanged at 67%. Our sort processes 3.1 billion keys per second, 12x faster than with dense sorting. Skipping keeps recall at 0.93, compared with 0.95.', ['metric', 'value_low', 'value_high', 'unit', 'qualifier', 'baseline', 'context'], [['latency', 31, 31, '%', 'average', '', ''], ['latency', 58, 58, '%', 'up_to', '', ''], ['accuracy', 67, 67, '%', 'exact', '', ''], ['throughput', 3.1e9, 3.1e9, 'keys/s', 'exact', 'dense sorting', ''], ['speed', 12, 12, 'x', 'exact', 'dense sorting', ''], ['accuracy', 0.93, 0.93, '', 'exact', '', '']]],
		['LaTeX `$\\times$`; `over 4G and 5G traces, ... respectively`; `takes between 40 and 70 seconds`; `one-twentieth of the cost`; macro-F1 and success probability are qualities; a possessive baseline names the system', 'Sampling is 2.7$\\times$ faster. In experiments over 4G and 5G traces, rebuffering time falls by 43% and 51%, respectively. Recovery takes between 40 and 70 seconds. Clinicians preferred it over GPT-4\'s in 58% of comparisons, at roughly one-twentieth of the inference cost. Macro-F1 reaches 0.81, compared with 0.74 for X, and routing gives a 1.3x higher success probability.', ['metric', 'value_low', 'value_high', 'qualifier', 'change', 'baseline', 'context'], [['speed', 2.7, 2.7, 'exact', 'increase', '', ''], ['latency', 43, 43, 'exact', 'decrease', '', '4G'], ['latency', 51, 51, 'exact', 'decrease', '', '5G'], ['latency', 40, 70, 'exact', 'level', '', ''], ['accuracy', 58, 58, 'exact', 'level', 'GPT-4', ''], ['cost', 20, 20, 'about', 'decrease', 'GPT-4', ''], ['accuracy', 0.81, 0.81, 'exact', 'level', 'X', ''], ['accuracy', 1.3, 1.3, 'exact', 'increase', '', '']]],
		['`no query regresses by more than 10%` is a bound from above', 'Workload time falls by 24%, and no query regresses by more than 10%.', ['value_low', 'qualifier'], [[24, 'exact'], [10, 'at_most']]],
		['`dropped by a third` is a decrease; `comparable to BPTT\'s 93.6%` is the baseline\'s number; a number inside the name of what is beaten is none; a bracketed pair on a named benchmark is a score pair; LLM calls are compute', 'The share of unhelpful comments dropped by a third. Accuracy is 93.4%, comparable to BPTT\'s 93.6%. It matches full-data tuning on MT-Bench (7.12 vs. 7.08) and beats random 5% subsets by 0.6 points. The number of LLM calls per question is 2.3, down from 5.0.', ['metric', 'value_low', 'change', 'baseline_value', 'norm_low'], [['other', 33.33, 'decrease', null, 1.5], ['accuracy', 93.4, 'level', null, 93.4], ['accuracy', 7.12, 'level', 7.08, 0.04], ['accuracy', 0.6, 'increase', null, 0.6], ['compute', 2.3, 'level', 5, 2.174]]],
		['`N times that of X` names X; `17 out of 20 times` is no factor; a change `by` after a longer phrase; labels used are a setting; a share within an error threshold is a success rate; `fall below 10%` is a level; a before/after pair in its own clause takes no earlier baseline; a context ends at `but`', 'The success rate is 64%, which is 2.3 times that of the flat policy, and trials succeed 17 out of 20 times. It reaches an F1 of 92.4, improving on the best supervised model by 1.7, and needs only 10% of the labels. The pose is within 2 Å RMSD for 71% of complexes, versus 64% for search. It is 3.4x faster than llama.cpp, while its MMLU score drops from 45.1 to 43.9. It answers 58% of questions at 8K tokens but only 21% at 128K.', ['metric', 'value_low', 'change', 'baseline', 'context'], [['accuracy', 64, 'level', '', ''], ['accuracy', 2.3, 'increase', 'flat policy', ''], ['accuracy', 92.4, 'level', '', ''], ['accuracy', 1.7, 'increase', '', ''], ['accuracy', 71, 'level', 'search', ''], ['speed', 3.4, 'increase', 'llama.cpp', ''], ['accuracy', 43.9, 'level', '', ''], ['accuracy', 58, 'level', '', '8K tokens'], ['accuracy', 21, 'level', '', '128K']]],
		['a value a quantity falls below is a level; a loss that stays below a bound is a change', 'Open models fall below 10% on long inputs. The accuracy loss stays below 1%.', ['value_low', 'qualifier', 'change'], [[10, 'at_most', 'level'], [1, 'at_most', 'decrease']]],
		['`25x to 80x faster` is one range; µJ is an energy; a score named as the unit takes no qualifier or quantity from before; a clause with its own subject does not inherit; a quantity word after `10^23` is a setting\'s; points are never a memory\'s; `completes in` starts a new clause; battery drain is an energy', 'Queries run 25x to 80x faster. The chip consumes 4.1 µJ per inference. BLEU is 27.9 at an average lagging of 1.8 seconds, 1.4 BLEU higher than wait-k. Error is reduced from 0.182 to 0.121, and the fraction of pixels with delta < 1.25 increases by 9.3 points. At 10^23 FLOPs the gain shrinks to 0.4 points. Bootstrapping is 7.2x faster than X, and inference completes in 1.9 seconds versus 12.4 seconds. Energy falls from 41 mJ to 17 mJ, and the battery drain of a session drops from 9% to 4%.', ['metric', 'value_low', 'value_high', 'qualifier', 'baseline'], [['speed', 25, 80, 'exact', ''], ['energy', 4.1, 4.1, 'exact', ''], ['accuracy', 27.9, 27.9, 'exact', 'wait-k'], ['latency', 1.8, 1.8, 'average', 'wait-k'], ['accuracy', 1.4, 1.4, 'exact', 'wait-k'], ['error', 0.121, 0.121, 'exact', ''], ['accuracy', 9.3, 9.3, 'exact', ''], ['accuracy', 0.4, 0.4, 'exact', ''], ['speed', 7.2, 7.2, 'exact', 'X'], ['latency', 1.9, 1.9, 'exact', ''], ['energy', 17, 17, 'exact', ''], ['energy', 4, 4, 'exact', '']]],
		['a share a part accounts for is a level of its own quantity; utility is a quality; a miss ratio is an error', 'At 128K tokens, attention accounts for over 70% of decode time. It has a relative utility loss of 1.5% on AlpacaEval. Byte miss ratio is 8-19% lower than LRU.', ['metric', 'value_low', 'value_high', 'change'], [['other', 70, 70, 'level'], ['accuracy', 1.5, 1.5, 'decrease'], ['error', 8, 19, 'decrease']]],
		['a direction word held equal says nothing (`the same loss 4.7x sooner`); a score named with a setting before `is`; an optimality gap is an error, an index size a memory; the other baselines\' numbers and what `, which` says of a named baseline are no claims; `over the same number of samples` names no baseline; `one tenth of the FLOPs`; a verb\'s baseline does not reach a clause with its own subject', 'Training reaches the same loss 4.7x sooner than data parallelism. Box AP on LVIS rare categories is 38.4, exceeding the previous best by 4.9 AP, and the model runs at 22 FPS. The optimality gap is 0.8%, compared with 2.4% for POMO and 0.0% for HGS, which takes 40 times longer. Index size drops to 3% of the B-tree\'s. Accuracy reaches 71.2%, matching majority voting over the same number of samples at roughly one tenth of the FLOPs.', ['metric', 'value_low', 'change', 'baseline', 'norm_low'], [['speed', 4.7, 'increase', 'data parallelism', 4.7], ['accuracy', 38.4, 'level', '', 38.4], ['accuracy', 4.9, 'increase', 'previous best', null], ['throughput', 22, 'level', '', 22], ['error', 0.8, 'level', 'POMO', 1.6], ['memory', 3, 'level', '', 3], ['accuracy', 71.2, 'level', '', 71.2], ['compute', 10, 'decrease', '', 10]]],
		['a frequency is a rate (a pair in kHz and Hz converts), a sampling or clock rate a setting; SLO violations are errors; a claim after a rate or energy its unit names takes that quantity; `at the cost of N points` is a loss', 'The policy runs at 1 kHz on the robot, compared with 50 Hz for MPC. We train on 16 kHz audio on a Cortex-M7 at 480 MHz. SLO violations drop from 6.2% to 0.9% of requests. It delivers 3.1 TOPS/W, an order of magnitude better than an A100, at the cost of 1.2 points of GLUE accuracy.', ['metric', 'value_low', 'unit', 'change', 'baseline_value', 'norm_low'], [['throughput', 1, 'kHz', 'level', 0.05, 20], ['error', 0.9, '%', 'level', 6.2, 5.3], ['energy', 3.1, 'TOPS/W', 'level', null, 3.1], ['energy', 10, 'x', 'increase', null, 10], ['accuracy', 1.2, 'pp', 'decrease', null, -1.2]]],
		['a power a device draws is a level; a time something is produced or simulated in is a latency; a bias is an error, and a measure takes no quantity from the claim before it', 'It is 2.4 points better than MobileNetV3, and draws 180 mW. Our emulator produces a simulation in 9 minutes, 2,000x faster than the physical model, with a global mean temperature bias of 0.08 °C. It is 3x faster, at 0.5 °C.', ['metric', 'value_low', 'unit', 'change'], [['accuracy', 2.4, 'pp', 'increase'], ['energy', 180, 'mW', 'level'], ['latency', 9, 'min', 'level'], ['speed', 2000, 'x', 'increase'], ['error', 0.08, '°C', 'level'], ['speed', 3, 'x', 'increase']]],
		['things per hour or per day are a rate too; a baseline name ends before `trained on`', 'A single GPU simulates 1.2 billion environment steps per hour. It reaches 4.2 nanoseconds per day. PSNR is within 0.3 dB of a supervised model trained on full-dose scans.', ['metric', 'value_low', 'unit', 'baseline'], [['throughput', 1.2e9, 'environment steps/h', ''], ['throughput', 4.2, 'nanoseconds/day', ''], ['accuracy', 0.3, 'dB', 'supervised model']]],
		['a head dimension is a parameter; a share of the peak is a utilization level; a bound on a quantity named before `under` is no setting; `10^4 times cheaper` is a factor; reasoning chains are tokens', 'Attention reaches 545 TFLOPS at head dimension 128, 1.3x the throughput of the vendor library and 78% of the hardware peak. It matches the function with errors under 2%, while being 10^4 times cheaper than ab initio dynamics. Reasoning chains are 3.6x shorter.', ['metric', 'value_low', 'unit', 'change', 'norm_low'], [['throughput', 545, 'TFLOPS', 'level', 545], ['throughput', 1.3, 'x', 'increase', 1.3], ['other', 78, '%', 'level', 78], ['error', 2, '%', 'level', 2], ['cost', 10000, 'x', 'decrease', 10000], ['tokens', 3.6, 'x', 'decrease', 3.6]]],
		['a weighted interval score is an error; a prediction interval\'s level is a setting; parameters a method adds are a result; a baseline\'s numbers after `compared with` are no claims; coverage is a quality', 'The weighted interval score improves by 19% over the CDC ensemble. Coverage of 95% prediction intervals is high. It fuses adapters, with only 0.8% additional parameters. It achieves 91% link utilization, compared with 64% utilization and 85 ms for BBR. Branch coverage rises by 23%.', ['metric', 'value_low', 'change'], [['error', 19, 'decrease'], ['memory', 0.8, 'level'], ['other', 91, 'level'], ['accuracy', 23, 'increase']]],
		['points of a score named in capitals (`38 FVD points`); `in under N minutes` is a result; a level before an appositive gain over X reaches no later baseline; a share of the failures is a breakdown; `N-th of the time of X` and `than those tuned by X` name X; parallel efficiency is a utilization; an operating point after `at a false positive rate` is a setting; what a system does `whereas` it is not the paper\'s own is no claim', 'It outperforms prior consistency distillation by 38 FVD points. FoldLite still completes in under 4 minutes. It achieves a success rate of 87%, a 23-point improvement over the strongest baseline, and cuts planning time to 180 ms, 5x lower than the previous method. Failures are caused by transparent objects (41% of failures). It finds schedules in one-tenth of the search time of Ansor, and runs 1.18x faster than those tuned by TVM. It scales to 64 GPUs with 89% parallel efficiency. It detects watermarks with an AUC of 0.991 at a false positive rate below 0.1%, whereas the KGW watermark drops to an AUC of 0.712.', ['metric', 'value_low', 'unit', 'qualifier', 'change', 'baseline'], [['error', 38, 'FVD', 'exact', 'decrease', 'prior consistency distillation'], ['latency', 4, 'min', 'at_most', 'level', ''], ['accuracy', 87, '%', 'exact', 'level', ''], ['accuracy', 23, 'pp', 'exact', 'increase', 'strongest baseline'], ['latency', 180, 'ms', 'exact', 'level', 'previous method'], ['latency', 5, 'x', 'exact', 'decrease', 'previous method'], ['other', 41, '%', 'exact', 'level', ''], ['latency', 10, 'x', 'exact', 'decrease', 'Ansor'], ['speed', 1.18, 'x', 'exact', 'increase', 'TVM'], ['other', 89, '%', 'exact', 'level', ''], ['accuracy', 0.991, '', 'exact', 'level', '']]],
		['`27.8 dB (vs. 28.4 dB for X)` is one level against its own baseline', 'FooNet is 1000x faster than per-scene optimization, while reaching a PSNR of 27.8 dB (vs. 28.4 dB for optimization-based NeRF).', ['metric', 'value_low', 'unit', 'baseline', 'baseline_value', 'norm_kind', 'norm_low'], [['speed', 1000, 'x', 'per-scene optimization', null, 'factor', 1000], ['accuracy', 27.8, 'dB', 'NeRF', 28.4, 'delta', -0.6]]]
	];

	it.each(MULTI)('%s', (_, sentence, columns, rows) => {
		expect(claimsOf(sentence).map((c) => columns.map((col) => c[col]))).toEqual(rows);
	});

	it('reads every rule across line breaks and no-break spaces, and quotes the text as written', () => {
		const text = 'It gives an order of\nmagnitude improvement in latency, with less\nthan 0.5% accuracy loss compared to the base\nmodel; TTFT is 45\u00a0ms.';
		const claims = claimsOf(text);
		expect(claims.map((c) => [c.metric, c.value_low, c.unit, c.qualifier, c.baseline])).toEqual([
			['latency', 10, 'x', 'about', 'base model'],
			['accuracy', 0.5, '%', 'at_most', 'base model'],
			['latency', 45, 'ms', 'exact', '']
		]);
		for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
		expect(claims[1].quote).toContain('\n');
	});

	it('does not take the noun of another number as the quantity (`a budget of 50 steps`)', () => {
		const [claim] = claimsOf('With a budget of 50 steps, FooNet completes 2x more tasks than ReAct.');
		expect(claim.value_low).toBe(2);
		expect(claim.metric).not.toBe('compute');
	});

	it('keeps a bare change amount only with a quantity word: `reduces the average rank by 1.8` is not a claim', () => {
		expect(claimsOf('FooNet reduces the average rank by 1.8 across datasets.')).toEqual([]);
	});

	it('splits a list with respectively into one claim per value and context', () => {
		const claims = claimsOf('Our method achieves speedups of 1.5x, 2.3x and 3.1x on A100, H100 and L4, respectively.');
		expect(claims.map((c) => [c.value_low, c.context])).toEqual([
			[1.5, 'A100'],
			[2.3, 'H100'],
			[3.1, 'L4']
		]);
	});

	it('gives each value of a slash list its own baseline', () => {
		const claims = claimsOf('FooNet achieves 2.1x/3.4x higher throughput compared to Llama-3-8B/70B, respectively.');
		expect(claims.map((c) => [c.value_low, c.baseline])).toEqual([
			[2.1, 'Llama-3-8B'],
			[3.4, 'Llama-3-70B']
		]);
	});

	it('reads a sentence on past an abbreviation in lowercase (`seq. length`)', () => {
		const claims = claimsOf(
			'FooNet trains faster than existing baselines: 15% end-to-end speedup on BERT-large (seq. length 512) compared to the record, and 3x speedup on GPT-2.'
		);
		expect(claims.map((c) => [c.value_low, c.unit, c.metric, c.baseline])).toEqual([
			[15, '%', 'speed', 'record'],
			[3, 'x', 'speed', 'record']
		]);
	});

	it('reads a vs. pair as one level with the baseline value', () => {
		const [c] = claimsOf('Our agent reaches a success rate of 71.5% vs. 52.0% for ReAct.');
		expect(c).toMatchObject({ value_low: 71.5, baseline_value: 52, change: 'level', norm_kind: 'delta', norm_low: 19.5 });
	});

	it('shares a leading "up to" and a trailing baseline over a coordinated list', () => {
		const claims = claimsOf('FooNet achieves up to 1.9x higher throughput and 35% lower latency than SGLang.');
		expect(claims.map((c) => [c.metric, c.qualifier, c.baseline])).toEqual([
			['throughput', 'up_to', 'SGLang'],
			['latency', 'up_to', 'SGLang']
		]);
	});

	it.each([
		'We train on 1.2 million images for 300 epochs using 64 GPUs in 2023.',
		'Existing methods often incur overheads of up to 35% in prior work.',
		'We evaluate Qwen3-8B and Llama-2-70B on AIME 2024 and MATH-500.',
		'The model is quantized at 4 bits with 50% sparsity.',
		'We use a 16-bit baseline with T=5 timesteps and top-1 routing.',
		'Text without any numbers at all.'
	])('finds nothing in %s', (sentence) => {
		expect(claimsOf(sentence)).toEqual([]);
	});

	it('keeps a baseline out of a later clause with its own subject (`, and decoding is 1.8 times faster`)', () => {
		const claims = claimsOf('It is two orders of magnitude cheaper than RL baselines, and decoding is 1.8 times faster.');
		expect(claims.map((c) => [c.value_low, c.metric, c.change, c.baseline])).toEqual([
			[100, 'cost', 'decrease', 'RL baselines'],
			[1.8, 'speed', 'increase', '']
		]);
	});

	it('reads a score unit as a level and points after it as a delta (`85.2 F1 ..., outperforming BERT by 1.8 points`)', () => {
		const claims = claimsOf('FooNet attains 85.2 F1 on SQuAD, outperforming BERT by 1.8 points.');
		expect(claims.map((c) => [c.value_low, c.unit, c.change, c.baseline, c.norm_kind])).toEqual([
			[85.2, 'F1', 'level', '', 'level'],
			[1.8, 'pp', 'increase', 'BERT', 'delta']
		]);
	});

	it('gives each of `60% smaller and 2x faster` its own metric', () => {
		const claims = claimsOf('The distilled model is 60% smaller and 2x faster than its teacher.');
		expect(claims.map((c) => [c.metric, c.change, c.norm_low])).toEqual([
			['memory', 'decrease', 2.5],
			['speed', 'increase', 2]
		]);
	});

	it('reads `only 0.4% below the full model` as a distance in points to a named baseline', () => {
		const claims = claimsOf('It reaches 92.3% accuracy, only 0.4% below the full model.');
		expect(claims.map((c) => [c.quote, c.change, c.baseline, c.norm_kind, c.norm_low])).toEqual([
			['92.3% accuracy', 'level', '', 'level', 92.3],
			['0.4% below', 'decrease', 'full model', 'delta', -0.4]
		]);
	});

	it('keeps a comparative sentence with `requires` as a result (`3.1x faster and requires 40% less GPU memory than`)', () => {
		const claims = claimsOf('Training is 3.1x faster and requires 40% less GPU memory than full fine-tuning.');
		expect(claims.map((c) => [c.metric, c.change, c.baseline, c.norm_low])).toEqual([
			['speed', 'increase', 'full fine-tuning', 3.1],
			['memory', 'decrease', 'full fine-tuning', 1.667]
		]);
	});

	it('reads the quantity of `outperforms X by N%` after the verb, not from an earlier phrase', () => {
		const claims = claimsOf('With 3x fewer parameters, FooNet outperforms LLaMA-7B by 2.4% on average.');
		expect(claims.map((c) => [c.value_low, c.metric, c.change, c.baseline, c.qualifier])).toEqual([
			[3, 'memory', 'decrease', '', 'exact'],
			[2.4, 'accuracy', 'increase', 'LLaMA-7B', 'average']
		]);
	});

	it('does not take another claim (`at 60% fewer FLOPs`) as a context', () => {
		const claims = claimsOf('The model achieves a top-1 accuracy of 84.1% at 60% fewer FLOPs than ViT-L.');
		expect(claims.map((c) => [c.value_low, c.metric, c.context])).toEqual([
			[84.1, 'accuracy', ''],
			[60, 'compute', '']
		]);
	});

	it('numbers claims by start and keeps the quote invariant', () => {
		const abstract =
			'FooNet is fast. It achieves 2x lower latency and 30% higher throughput than vLLM, and reduces memory by 12%.';
		const claims = claimsOf(abstract);
		expect(claims.map((c) => c.claim)).toEqual([1, 2, 3]);
		for (const c of claims) expect(abstract.slice(c.start, c.end)).toBe(c.quote);
		expect(claims.map((c) => c.paper_id + c.date)).toEqual(['p2025-01-02', 'p2025-01-02', 'p2025-01-02']);
	});
});
