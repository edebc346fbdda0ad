/**
 * The worker's logic, without the worker: turns requests into `extractInChunks` runs and posts
 * responses. One request runs at a time; a newer `extract` or a `cancel` for the running id
 * stops it between chunks, and a stopped run posts nothing more.
 */
import { type ChunkedOptions, type ExtractOutcome, extractInChunks } from './chunked.ts';
import { formatFromFileName, readBlobText } from './decode.ts';
import type { ExtractRequest, ExtractResponse } from './protocol.ts';

export type ExtractHandler = (request: ExtractRequest) => Promise<void>;

/** Stores an outcome for the user; resolves to null when saved, else the message for the user. */
export type SaveOutcome = (outcome: ExtractOutcome, source: string) => Promise<string | null>;

/** Sizes of `chunk` messages: small enough that the page deserializes each in a few ms. */
export const PAPERS_PER_MESSAGE = 100;
export const CLAIMS_PER_MESSAGE = 500;

function postInChunks(post: (message: ExtractResponse) => void, id: number, outcome: ExtractOutcome): void {
	const { papers, claims } = outcome;
	for (let i = 0; i < papers.length; i += PAPERS_PER_MESSAGE)
		post({ type: 'chunk', id, papers: papers.slice(i, i + PAPERS_PER_MESSAGE), claims: [] });
	for (let i = 0; i < claims.length; i += CLAIMS_PER_MESSAGE)
		post({ type: 'chunk', id, papers: [], claims: claims.slice(i, i + CLAIMS_PER_MESSAGE) });
}

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
		const { id, source } = request;
		current = id;
		try {
			let text = request.text ?? '';
			let format = request.format;
			if (request.file) {
				const decoded = await readBlobText(request.file, source);
				if (!decoded.ok) return post({ type: 'result', id, issues: [decoded.issue], format: null });
				text = decoded.text;
				format ??= formatFromFileName(source);
			}
			if (text.trim() === '')
				return post({ type: 'result', id, issues: [{ source, reason: 'there is no text to read', severity: 'fatal' }], format: null });
			const outcome = await extractInChunks(text, {
				...overrides,
				format,
				source,
				pause,
				isCancelled: () => current !== id,
				onProgress: (done, total) => post({ type: 'progress', id, done, total })
			});
			if (!outcome) return;
			// Saved before answering, so that what the page shows is what a reload will find.
			const saveError = request.save ? (save ? await save(outcome, source) : 'this page cannot store data') : undefined;
			postInChunks(post, id, outcome);
			const end = { type: 'result', id, issues: outcome.issues, format: outcome.format } as const;
			post(saveError === undefined ? end : { ...end, saveError });
		} catch (err) {
			post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
		}
	};
}
