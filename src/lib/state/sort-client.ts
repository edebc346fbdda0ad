/**
 * Sorts in a worker (sort.worker.ts), created on first use. Requests are answered in order; one
 * that fails (no Worker, a worker error) is sorted here instead, so a caller always gets its order.
 */
import { orderOfColumns, type SortColumns } from './sort.ts';

/** The part of `Worker` the sorter uses (a fake in unit tests). */
export interface SortWorkerLike {
	postMessage(message: { id: number; columns: SortColumns }): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<{ id: number; order: Uint32Array }>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

/** Vite bundles the worker from this exact `new Worker(new URL(...), { type: 'module' })` form. */
function createSortWorker(): SortWorkerLike {
	return new Worker(new URL('./sort.worker.ts', import.meta.url), { type: 'module' }) as SortWorkerLike;
}

export class BackgroundSorter {
	private worker: SortWorkerLike | null = null;
	private nextId = 1;
	private pending = new Map<number, { columns: SortColumns; resolve: (order: Uint32Array) => void }>();

	constructor(private readonly create: () => SortWorkerLike = createSortWorker) {}

	sort(columns: SortColumns): Promise<Uint32Array> {
		return new Promise((resolve) => {
			const id = this.nextId++;
			let worker: SortWorkerLike;
			try {
				worker = this.worker ??= this.start();
			} catch {
				resolve(orderOfColumns(columns));
				return;
			}
			this.pending.set(id, { columns, resolve });
			// Copied, not transferred (a few MB at 100,000 claims): kept here in case the worker dies.
			worker.postMessage({ id, columns });
		});
	}

	dispose(): void {
		this.worker?.terminate();
		this.worker = null;
	}

	private start(): SortWorkerLike {
		const worker = this.create();
		worker.onmessage = (event) => {
			const request = this.pending.get(event.data.id);
			if (!request) return;
			this.pending.delete(event.data.id);
			request.resolve(event.data.order);
		};
		worker.onerror = () => {
			// The worker is gone: answer what it held here, and start a new one next time.
			this.worker?.terminate();
			this.worker = null;
			const held = [...this.pending.values()];
			this.pending.clear();
			for (const request of held) request.resolve(orderOfColumns(request.columns));
		};
		return worker;
	}
}
