/**
 * The extraction worker: the only worker-aware file. It adapts messages to `createExtractHandler`.
 */
import type { ExtractRequest, ExtractResponse } from './protocol.ts';
import { createExtractHandler } from './worker-handler.ts';

/** A macrotask, so that a queued `cancel` message is handled between chunks. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const handle = createExtractHandler((message: ExtractResponse) => postMessage(message), pause);

addEventListener('message', (event: MessageEvent<ExtractRequest>) => void handle(event.data));
