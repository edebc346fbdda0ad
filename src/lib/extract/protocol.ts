/**
 * Messages between the page (`state/extract-client.ts`) and the extraction worker
 * (`extract.worker.ts`), as discriminated unions on `type`. Every message carries the request `id`
 * so that answers to a superseded or cancelled request can be told apart and dropped.
 */
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import type { ExtractFormat } from './chunked.ts';
import type { InputFormat, Paper } from './types.ts';

/** Page → worker. */
export type ExtractRequest =
	| {
			type: 'extract';
			id: number;
			/** Pasted text, or a file the worker reads and decodes itself (off the main thread). */
			text?: string;
			file?: Blob;
			/** Detected from the content when absent. */
			format?: InputFormat;
			/** File name or `pasted text`, for messages. */
			source: string;
			/** Also add the outcome to the user's stored dataset, from the worker (off the main thread). */
			save?: boolean;
	  }
	/** Stop request `id` between chunks; the worker then answers nothing more for it. */
	| { type: 'cancel'; id: number };

/**
 * Worker → page. The outcome comes as `chunk`s (papers and claims, in order, each message small so
 * that receiving it never blocks the page for long) and then one `result` with the rest.
 */
export type ExtractResponse =
	/** `done` of `total` papers processed so far. */
	| { type: 'progress'; id: number; done: number; total: number }
	/** A slice of the outcome's papers and claims; append to what came before. */
	| { type: 'chunk'; id: number; papers: Paper[]; claims: Claim[] }
	| {
			type: 'result';
			id: number;
			issues: InputIssue[];
			/** null when nothing could be read (wrong encoding, empty); `issues` says why. */
			format: ExtractFormat | null;
			/** With `save`: null when stored, else why not (a full quota); absent without `save`. */
			saveError?: string | null;
	  }
	| { type: 'error'; id: number; message: string };

export function isExtractRequest(value: unknown): value is ExtractRequest {
	if (typeof value !== 'object' || value === null) return false;
	const m = value as Record<string, unknown>;
	if (typeof m.id !== 'number') return false;
	if (m.type === 'cancel') return true;
	const hasInput = typeof m.text === 'string' || (typeof m.file === 'object' && m.file !== null);
	return m.type === 'extract' && hasInput && typeof m.source === 'string';
}

export function isExtractResponse(value: unknown): value is ExtractResponse {
	if (typeof value !== 'object' || value === null) return false;
	const m = value as Record<string, unknown>;
	if (typeof m.id !== 'number') return false;
	switch (m.type) {
		case 'progress':
			return typeof m.done === 'number' && typeof m.total === 'number';
		case 'chunk':
			return Array.isArray(m.papers) && Array.isArray(m.claims);
		case 'result':
			return Array.isArray(m.issues) && (typeof m.format === 'string' || m.format === null);
		case 'error':
			return typeof m.message === 'string';
		default:
			return false;
	}
}
