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
			text: string;
			/** Detected from the content when absent. */
			format?: InputFormat;
			/** File name or `pasted text`, for messages. */
			source: string;
			/** Also add the outcome to the user's stored dataset, from the worker (off the main thread). */
			save?: boolean;
	  }
	/** Stop request `id` between chunks; the worker then answers nothing more for it. */
	| { type: 'cancel'; id: number };

/** Worker → page. */
export type ExtractResponse =
	/** `done` of `total` papers processed so far. */
	| { type: 'progress'; id: number; done: number; total: number }
	| {
			type: 'result';
			id: number;
			papers: Paper[];
			claims: Claim[];
			issues: InputIssue[];
			format: ExtractFormat;
			/** With `save`: null when stored, else why not (a full quota); absent without `save`. */
			saveError?: string | null;
	  }
	| { type: 'error'; id: number; message: string };

export function isExtractRequest(value: unknown): value is ExtractRequest {
	if (typeof value !== 'object' || value === null) return false;
	const m = value as Record<string, unknown>;
	if (typeof m.id !== 'number') return false;
	if (m.type === 'cancel') return true;
	return m.type === 'extract' && typeof m.text === 'string' && typeof m.source === 'string';
}

export function isExtractResponse(value: unknown): value is ExtractResponse {
	if (typeof value !== 'object' || value === null) return false;
	const m = value as Record<string, unknown>;
	if (typeof m.id !== 'number') return false;
	switch (m.type) {
		case 'progress':
			return typeof m.done === 'number' && typeof m.total === 'number';
		case 'result':
			return Array.isArray(m.papers) && Array.isArray(m.claims) && Array.isArray(m.issues);
		case 'error':
			return typeof m.message === 'string';
		default:
			return false;
	}
}
