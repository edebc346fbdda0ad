/// <reference lib="webworker" />
/**
 * Computes a table order off the main thread (see sort.ts): at 100,000 claims the collator's
 * comparisons take ~200 ms, which the page would otherwise spend frozen right after its first chart
 * and on every column click. Protocol: `{ id, columns }` in, `{ id, order }` out (transferred).
 */
import { orderOfColumns, type SortColumns } from './sort.ts';

self.onmessage = (event: MessageEvent<{ id: number; columns: SortColumns }>) => {
	const { id, columns } = event.data;
	const order = orderOfColumns(columns);
	(self as unknown as DedicatedWorkerGlobalScope).postMessage({ id, order }, [order.buffer]);
};
