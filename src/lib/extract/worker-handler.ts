/**
 * The worker's logic, without the worker: turns requests into `extractInChunks` runs and posts
 * responses. One request runs at a time; a newer `extract` or a `cancel` for the running id
 * stops it between chunks, and a stopped run posts nothing more.
 */
import { type ChunkedOptions, extractInChunks } from './chunked.ts';
import type { ExtractRequest, ExtractResponse } from './protocol.ts';

export type ExtractHandler = (request: ExtractRequest) => Promise<void>;

export function createExtractHandler(
	post: (message: ExtractResponse) => void,
	pause: () => Promise<void>,
	overrides: Pick<ChunkedOptions, 'chunkSize' | 'readPapers' | 'findClaims'> = {}
): ExtractHandler {
	let current = -1;
	return async (request) => {
		if (request.type === 'cancel') {
			if (request.id === current) current = -1;
			return;
		}
		const { id, text, format, source } = request;
		current = id;
		try {
			const outcome = await extractInChunks(text, {
				...overrides,
				format,
				source,
				pause,
				isCancelled: () => current !== id,
				onProgress: (done, total) => post({ type: 'progress', id, done, total })
			});
			if (outcome) post({ type: 'result', id, ...outcome });
		} catch (err) {
			post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
		}
	};
}
