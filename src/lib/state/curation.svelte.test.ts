import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/schema.ts';
import { claimKey } from './curation.ts';
import { CURATION_KEY, CurationStore } from './curation.svelte.ts';
import { FakeStorage } from './fake-storage.ts';
import { MemoryStore } from './kv-store.ts';
import { saveOutcome } from './user-db.ts';
import { type ChannelLike, UserDataStore } from './user-data.svelte.ts';

const base: Claim = {
	paper_id: 'p1', title: 'P', date: '', claim: 1, quote: '2x faster', start: 0, end: 9, metric: 'speed', higher_is_better: true,
	value_low: 2, value_high: 2, unit: 'x', qualifier: 'exact', change: 'increase', baseline: '', baseline_value: null, context: '',
	norm_kind: 'factor', norm_low: 2, norm_high: 2, norm_unit: 'x'
};
const key = claimKey(base);

describe('CurationStore', () => {
	it('has the expected defaults', () => {
		const store = new CurationStore(new FakeStorage());
		expect(store.curation).toEqual({ version: 1, claims: {}, added: [] });
		expect([store.canUndo, store.canRedo, store.message]).toEqual([false, false, null]);
	});

	it('edits persist: a new store on the same storage (a reload) applies them', () => {
		const storage = new FakeStorage();
		const store = new CurationStore(storage);
		store.edit(key, { value_low: 3, value_high: 3 });
		store.verify(key);
		const reloaded = new CurationStore(storage);
		expect(reloaded.apply([base])[0]).toMatchObject({ status: 'edited', verified: true, norm_low: 3 });
	});

	it('add(claim, patch, verified) adds a corrected claim as one undoable step', () => {
		const storage = new FakeStorage();
		const store = new CurationStore(storage);
		const drafted: Claim = { ...base, quote: '5 ms', start: 20, end: 24, metric: 'other', unit: '', change: 'level', norm_kind: 'level' };
		store.add(drafted, { metric: 'latency', value_low: 5, value_high: 5, unit: 'ms' }, true);
		const shown = new CurationStore(storage).apply([base]);
		expect(shown).toHaveLength(2);
		expect(shown[1]).toMatchObject({ quote: '5 ms', status: 'added', metric: 'latency', higher_is_better: false, unit: 'ms', verified: true });
		store.undo();
		expect(store.apply([base])).toHaveLength(1);
		expect(store.canUndo).toBe(false);
	});

	it('undo and redo restore earlier curations and save them', () => {
		const storage = new FakeStorage();
		const store = new CurationStore(storage);
		store.reject(key);
		expect(store.apply([base])[0].status).toBe('rejected');
		store.undo();
		expect(store.apply([base])[0].status ?? 'extracted').toBe('extracted');
		expect(new CurationStore(storage).apply([base])[0].status ?? 'extracted').toBe('extracted');
		store.redo();
		expect(new CurationStore(storage).apply([base])[0].status).toBe('rejected');
	});

	it('a full quota is reported in message, and the edit still applies for this session', () => {
		const storage = new FakeStorage(50);
		const store = new CurationStore(storage);
		store.edit(key, { context: 'a long context that does not fit in fifty characters of storage' });
		expect(store.message).toMatch(/storage is full/);
		expect(store.apply([base])[0].status).toBe('edited');
	});

	it('syncFrom(newValue) takes another tab\'s curation', () => {
		const storage = new FakeStorage();
		const other = new CurationStore(storage);
		const store = new CurationStore(storage);
		other.reject(key);
		store.syncFrom(storage.getItem(CURATION_KEY));
		expect(store.apply([base])[0].status).toBe('rejected');
		store.syncFrom('garbage');
		expect(store.apply([base])[0].status).toBe('rejected');
	});

	it('listen(target) follows storage events for its key only', () => {
		const storage = new FakeStorage();
		const target = new EventTarget();
		const store = new CurationStore(storage);
		const stop = store.listen(target as unknown as Window);
		new CurationStore(storage).reject(key);
		const event = (k: string, v: string | null) => Object.assign(new Event('storage'), { key: k, newValue: v });
		target.dispatchEvent(event('other', null));
		expect(store.apply([base])[0].status).toBeUndefined();
		target.dispatchEvent(event(CURATION_KEY, storage.getItem(CURATION_KEY)));
		expect(store.apply([base])[0].status).toBe('rejected');
		stop();
	});
});

describe('UserDataStore', () => {
	const paper = { paper_id: 'p1', title: 'P', date: '', abstract: '2x faster', source: 'a.txt', line: 1 };
	const outcome = { papers: [paper], claims: [base], issues: [], format: 'text' as const };

	class FakeChannel implements ChannelLike {
		static all: FakeChannel[] = [];
		onmessage: ChannelLike['onmessage'] = null;
		constructor() {
			FakeChannel.all.push(this);
		}
		postMessage(message: unknown) {
			for (const c of FakeChannel.all) if (c !== this) c.onmessage?.({ data: message } as MessageEvent);
		}
		close() {
			FakeChannel.all = FakeChannel.all.filter((c) => c !== this);
		}
	}

	it('keeps added papers and claims across a reload, replacing a paper added again', async () => {
		const store = new MemoryStore();
		const data = new UserDataStore(store, () => null);
		await data.add(outcome, 'a.txt');
		await data.add(outcome, 'a.txt');
		const reloaded = new UserDataStore(store, () => null);
		await reloaded.reload();
		expect(reloaded.loaded).toBe(true);
		expect(reloaded.data.papers).toHaveLength(1);
		expect(reloaded.data.claims).toHaveLength(1);
		expect(reloaded.data.files.map((f) => f.source)).toEqual(['a.txt', 'a.txt']);
	});

	it('saveOutcome (the worker\'s save) stores what added() mirrors, so a reload finds it', async () => {
		const store = new MemoryStore();
		const data = new UserDataStore(store, () => null);
		const saveError = await saveOutcome(store, outcome, 'a.txt');
		expect(saveError).toBeNull();
		await data.added(outcome, 'a.txt', saveError);
		const reloaded = new UserDataStore(store, () => null);
		await reloaded.reload();
		expect(reloaded.data).toEqual(data.data);
	});

	it('reports a full quota and keeps the papers for this session', async () => {
		const store = new MemoryStore(100);
		const big = { ...outcome, papers: [{ ...paper, abstract: 'x'.repeat(200) }] };
		const saveError = await saveOutcome(store, big, 'a.txt');
		expect(saveError).toMatch(/storage is full: your papers/);
		const data = new UserDataStore(store, () => null);
		await data.added(big, 'a.txt', saveError);
		expect(data.message).toMatch(/storage is full/);
		expect(data.data.papers).toHaveLength(1);
		await data.add(big, 'b.txt');
		expect(data.message).toMatch(/storage is full/);
	});

	it('listen() reloads when another tab says the data changed', async () => {
		const store = new MemoryStore();
		const mine = new UserDataStore(store, () => new FakeChannel());
		const theirs = new UserDataStore(store, () => new FakeChannel());
		const stop = mine.listen();
		await theirs.add(outcome, 'a.txt');
		await new Promise((r) => setTimeout(r, 0));
		expect(mine.data.papers).toHaveLength(1);
		stop();
	});
});
