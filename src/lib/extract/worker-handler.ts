/**
 * The worker's logic, without the worker: turns requests into `extractInChunks` runs and posts
 * responses. One request runs at a time; a newer `extract` or a `cancel` for the running id
 * stops it between chunks, and a stopped run posts nothing more.
 */
import { type ChunkedOptions, type ExtractOutcome, extractInChunks } from './chunked.ts';
import type { ExtractRequest, ExtractResponse } from './protocol.ts';

export type ExtractHandler = (request: ExtractRequest) => Promise<void>;

/** Stores an outcome for the user; resolves to null when saved, else the message for the user. */
export type SaveOutcome = (outcome: ExtractOutcome, source: string) => Promise<string | null>;

export function createExtractHandler(
	post: (message: ExtractResponse) => void,
	pause: () => Promise<void>,
	overrides: Pick<ChunkedOptions, 'chunkSize' | 'readPapers' | 'findClaims'> = {},
	save?: SaveOutcome
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
			if (!outcome) return;
			if (!request.save) return post({ type: 'result', id, ...outcome });
			// Saved before answering, so that what the page shows is what a reload will find.
			const saveError = save ? await save(outcome, source) : 'this page cannot store data';
			post({ type: 'result', id, ...outcome, saveError });
		} catch (err) {
			post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
		}
	};
}
