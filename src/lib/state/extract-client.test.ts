import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/schema.ts';
import type { ExtractRequest, ExtractResponse } from '../extract/protocol.ts';
import type { Paper } from '../extract/types.ts';
import { createExtractHandler, type SaveOutcome } from '../extract/worker-handler.ts';
import { ExtractClient, isExtractCancelled, type WorkerLike } from './extract-client.ts';

const papersOf = (text: string): Paper[] =>
	text.split('|').map((t, i) => ({ paper_id: `p${i}`, title: t, date: '', abstract: t, source: 's', line: i + 1 }));

const claimOf = (p: Paper): Claim => ({
	paper_id: p.paper_id, title: p.title, date: '', claim: 1, quote: p.abstract, start: 0, end: p.abstract.length,
	metric: 'speed', higher_is_better: true, value_low: 2, value_high: 2, unit: 'x', qualifier: 'exact', change: 'increase',
	baseline: '', baseline_value: null, context: '', norm_kind: 'factor', norm_low: 2, norm_high: 2, norm_unit: 'x'
});

/** A worker that runs the real handler in-process; messages are delivered asynchronously. */
class FakeWorker implements WorkerLike {
	onmessage: WorkerLike['onmessage'] = null;
	onerror: WorkerLike['onerror'] = null;
	onmessageerror: WorkerLike['onmessageerror'] = null;
	terminated = false;
	crashOn: string | null = null;
	save: SaveOutcome | undefined;
	#handle = createExtractHandler(
		(m: ExtractResponse) => setTimeout(() => !this.terminated && this.onmessage?.({ data: m } as MessageEvent<ExtractResponse>)),
		() => new Promise((r) => setTimeout(r, 0)),
		{
			chunkSize: 1,
			readPapers: (text, { source }) => ({ papers: papersOf(text), issues: [], format: 'text' }),
			findClaims: (p) => {
				if (p.title === this.crashOn) throw new Error('finder bug');
				return [claimOf(p)];
			}
		},
		(outcome, source) => (this.save ? this.save(outcome, source) : Promise.resolve('no save'))
	);
	postMessage(m: ExtractRequest) {
		if (m.type === 'extract' && m.text === 'CRASH') {
			setTimeout(() => this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent));
			return;
		}
		setTimeout(() => void this.#handle(m));
	}
	terminate() {
		this.terminated = true;
	}
}

function setup() {
	const workers: FakeWorker[] = [];
	const client = new ExtractClient(() => {
		const w = new FakeWorker();
		workers.push(w);
		return w;
	});
	return { client, workers };
}

describe('ExtractClient', () => {
	it('extract(text) resolves with papers and claims and reports progress', async () => {
		const { client } = setup();
		const progress: number[] = [];
		const out = await client.extract('a|b|c', { source: 'pasted text', onProgress: (d) => progress.push(d) });
		expect(out.claims.map((c) => c.title)).toEqual(['a', 'b', 'c']);
		expect(out.papers).toHaveLength(3);
		expect(progress).toEqual([0, 1, 2, 3]);
		expect(client.busy).toBe(false);
	});

	it('extract(text) lets the latest request win: the earlier one rejects as superseded', async () => {
		const { client } = setup();
		const first = client.extract('a|b|c|d|e|f', { source: 's' });
		const second = client.extract('x|y', { source: 's' });
		await expect(first).rejects.toSatisfy(isExtractCancelled);
		expect((await second).claims.map((c) => c.title)).toEqual(['x', 'y']);
	});

	it('cancel() rejects the running request and nothing of it arrives later', async () => {
		const { client } = setup();
		const progress: number[] = [];
		const run = client.extract('a|b|c|d|e|f|g|h', { source: 's', onProgress: (d) => progress.push(d) });
		await new Promise((r) => setTimeout(r, 5));
		client.cancel();
		await expect(run).rejects.toThrow('Extraction cancelled.');
		const seen = progress.length;
		await new Promise((r) => setTimeout(r, 30));
		expect(progress.length).toBe(seen);
		expect(seen).toBeLessThan(9);
	});

	it('an error in the finder rejects with its message; the worker keeps serving', async () => {
		const { client, workers } = setup();
		workers.length = 0;
		const run = client.extract('a|boom', { source: 's' });
		workers[0].crashOn = 'boom';
		await expect(run).rejects.toThrow('Extraction failed: finder bug');
		expect((await client.extract('z', { source: 's' })).claims).toHaveLength(1);
		expect(workers).toHaveLength(1);
	});

	it('a worker crash rejects clearly and the next request starts a new worker', async () => {
		const { client, workers } = setup();
		await expect(client.extract('CRASH', { source: 's' })).rejects.toThrow(/extraction worker stopped \(out of memory\).*input is kept/);
		expect(workers[0].terminated).toBe(true);
		expect((await client.extract('a', { source: 's' })).claims).toHaveLength(1);
		expect(workers).toHaveLength(2);
	});

	it('extract(text, {save}) has the worker save the outcome before answering, and passes on why not', async () => {
		const saved: string[] = [];
		let fail = false;
		const client = new ExtractClient(() => {
			const w = new FakeWorker();
			w.save = async (outcome, source) => {
				if (fail) return 'storage is full';
				saved.push(`${source}:${outcome.papers.length}`);
				return null;
			};
			return w;
		});
		expect((await client.extract('a|b', { source: 'x.txt', save: true })).saveError).toBeNull();
		expect(saved).toEqual(['x.txt:2']);
		expect((await client.extract('a', { source: 'y.txt' })).saveError).toBeUndefined();
		fail = true;
		expect((await client.extract('a', { source: 'z.txt', save: true })).saveError).toBe('storage is full');
	});

	it('extract(text) rejects when no worker can be created (no browser)', async () => {
		const client = new ExtractClient(() => {
			throw new Error('Extraction needs a browser with Web Workers.');
		});
		await expect(client.extract('a', { source: 's' })).rejects.toThrow('Web Workers');
	});
});

describe('createExtractHandler', () => {
	it('sends the outcome in small chunks, in order, then the result', async () => {
		const messages: ExtractResponse[] = [];
		const text = Array.from({ length: 250 }, (_, i) => `t${i}`).join('|');
		const handle = createExtractHandler((m) => messages.push(m), async () => {}, {
			chunkSize: 50,
			readPapers: (t) => ({ papers: papersOf(t), issues: [], format: 'text' }),
			findClaims: (p) => [claimOf(p), claimOf(p), claimOf(p)]
		});
		await handle({ type: 'extract', id: 7, text, source: 's' });
		const chunks = messages.filter((m) => m.type === 'chunk');
		expect(chunks.map((m) => [m.papers.length, m.claims.length])).toEqual([[100, 0], [100, 0], [50, 0], [0, 500], [0, 250]]);
		expect(chunks.flatMap((m) => m.papers.map((p) => p.title))).toEqual(papersOf(text).map((p) => p.title));
		expect(messages.at(-1)).toEqual({ type: 'result', id: 7, issues: [], format: 'text' });
		expect(messages.filter((m) => m.type === 'progress').map((m) => m.done)).toEqual([0, 50, 100, 150, 200, 250]);
	});
});

describe('createExtractHandler with files', () => {
	const run = async (file: Blob, source: string) => {
		const messages: ExtractResponse[] = [];
		const handle = createExtractHandler((m) => messages.push(m), async () => {}, { findClaims: () => [] });
		await handle({ type: 'extract', id: 1, file, source });
		return messages;
	};

	it('reads and decodes a file in the worker, the format from its name', async () => {
		const messages = await run(new Blob(['{"id":"1","title":"T","abstract":"A 2x gain."}\n']), 'a.jsonl');
		expect(messages.filter((m) => m.type === 'chunk').flatMap((m) => m.papers.map((p) => p.title))).toEqual(['T']);
		expect(messages.at(-1)).toMatchObject({ type: 'result', format: 'jsonl' });
	});

	it('answers a file that is not UTF-8, or empty, with an issue and no format', async () => {
		const latin1 = await run(new Blob([new Uint8Array([0x54, 0x0a, 0xe9, 0x20])]), 'l.txt');
		expect(latin1).toEqual([{ type: 'result', id: 1, format: null, issues: [expect.objectContaining({ source: 'l.txt', line: 2, severity: 'fatal' })] }]);
		const blank = await run(new Blob(['  \n']), 'b.txt');
		expect(blank.at(-1)).toMatchObject({ format: null, issues: [{ reason: 'there is no text to read' }] });
	});
});
