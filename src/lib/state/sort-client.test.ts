import { describe, expect, it } from 'vitest';
import { makeClaim } from '../testing/claims.ts';
import { orderOfColumns, sortColumns } from './sort.ts';
import { BackgroundSorter, type SortWorkerLike } from './sort-client.ts';

const claims = [
	makeClaim({ paper_id: 'b', title: 'Beta', claim: 2 }),
	makeClaim({ paper_id: 'a', title: 'Alpha', claim: 1 }),
	makeClaim({ paper_id: 'b', title: 'Beta', claim: 1 })
];

/** A worker that runs the real handler in-process, or fails. */
class FakeWorker implements SortWorkerLike {
	onmessage: SortWorkerLike['onmessage'] = null;
	onerror: SortWorkerLike['onerror'] = null;
	terminated = false;
	constructor(private readonly fail = false) {}
	postMessage(message: { id: number; columns: ReturnType<typeof sortColumns> }): void {
		queueMicrotask(() => {
			if (this.fail) this.onerror?.({} as ErrorEvent);
			else this.onmessage?.({ data: { id: message.id, order: orderOfColumns(structuredClone(message.columns)) } } as MessageEvent);
		});
	}
	terminate(): void {
		this.terminated = true;
	}
}

describe('BackgroundSorter', () => {
	it('answers each request with the order sorting here gives', async () => {
		const sorter = new BackgroundSorter(() => new FakeWorker());
		const [asc, desc] = await Promise.all([sorter.sort(sortColumns(claims, 'paper', 'asc')), sorter.sort(sortColumns(claims, 'paper', 'desc'))]);
		expect([...asc]).toEqual([1, 2, 0]);
		expect([...desc]).toEqual([0, 2, 1]);
	});

	it('sorts here when the worker fails or cannot start, and starts a new worker next time', async () => {
		const made: FakeWorker[] = [];
		const sorter = new BackgroundSorter(() => {
			const w = new FakeWorker(made.length === 0);
			made.push(w);
			return w;
		});
		expect([...(await sorter.sort(sortColumns(claims, 'paper', 'asc')))]).toEqual([1, 2, 0]);
		expect(made[0].terminated).toBe(true);
		expect([...(await sorter.sort(sortColumns(claims, 'paper', 'asc')))]).toEqual([1, 2, 0]);
		expect(made).toHaveLength(2);

		const noWorkers = new BackgroundSorter(() => {
			throw new Error('no Worker here');
		});
		expect([...(await noWorkers.sort(sortColumns(claims, 'paper', 'asc')))]).toEqual([1, 2, 0]);
	});
});
