/**
 * The extraction worker: the only worker-aware file. It adapts messages to `createExtractHandler`
 * and, as an adapter, wires in the app's storage: outcomes are saved to IndexedDB here, so the
 * large dataset is cloned and written off the main thread.
 */
import { indexedDbStore } from '../state/kv-store.ts';
import { saveOutcome } from '../state/user-db.ts';
import type { ExtractRequest, ExtractResponse } from './protocol.ts';
import { createExtractHandler } from './worker-handler.ts';

/** A macrotask, so that a queued `cancel` message is handled between chunks. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const store = indexedDbStore();
const handle = createExtractHandler((message: ExtractResponse) => postMessage(message), pause, {}, (outcome, source) =>
	saveOutcome(store, outcome, source)
);

addEventListener('message', (event: MessageEvent<ExtractRequest>) => void handle(event.data));
