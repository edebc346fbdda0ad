/**
 * A Promise client for the extraction worker. The latest request wins: starting a new extraction
 * cancels the running one (its promise rejects with `ExtractCancelledError`). If the worker dies,
 * the running request rejects with a message saying so and the next request starts a fresh worker.
 * The worker is only created in a browser, on first use.
 */
import type { Claim } from '../claims/schema.ts';
import type { ExtractOutcome } from '../extract/chunked.ts';
import type { ExtractRequest, ExtractResponse } from '../extract/protocol.ts';
import type { InputFormat, Paper } from '../extract/types.ts';

/** The part of `Worker` the client uses (a fake in unit tests). */
export interface WorkerLike {
	postMessage(message: ExtractRequest): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	onmessageerror?: ((event: MessageEvent) => void) | null;
}

export interface ExtractJob {
	format?: InputFormat;
	/** File name or `pasted text`. */
	source: string;
	onProgress?: (done: number, total: number) => void;
	/** Have the worker add the outcome to the user's stored dataset (see `user-db.ts`). */
	save?: boolean;
}

/** An outcome (`format` null when nothing could be read), and with `save` whether the worker
 * stored it (null) or why not. */
export type ExtractAnswer = Omit<ExtractOutcome, 'format'> & { format: ExtractOutcome['format'] | null; saveError?: string | null };

export class ExtractCancelledError extends Error {
	constructor(reason: 'cancelled' | 'superseded') {
		super(reason === 'cancelled' ? 'Extraction cancelled.' : 'Extraction replaced by a newer one.');
		this.name = 'ExtractCancelledError';
	}
}

export function isExtractCancelled(err: unknown): err is ExtractCancelledError {
	return err instanceof ExtractCancelledError;
}

interface Pending {
	id: number;
	/** The outcome's papers and claims, gathered from `chunk` messages. */
	papers: Paper[];
	claims: Claim[];
	resolve: (outcome: ExtractAnswer) => void;
	reject: (err: Error) => void;
	onProgress?: (done: number, total: number) => void;
}

/** Vite bundles the worker from this exact `new Worker(new URL(...), { type: 'module' })` form. */
export function createExtractWorker(): WorkerLike {
	if (typeof Worker === 'undefined') throw new Error('Extraction needs a browser with Web Workers.');
	return new Worker(new URL('../extract/extract.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

export class ExtractClient {
	#createWorker: () => WorkerLike;
	#worker: WorkerLike | null = null;
	#pending: Pending | null = null;
	#nextId = 1;

	constructor(createWorker: () => WorkerLike = createExtractWorker) {
		this.#createWorker = createWorker;
	}

	/** True while a request runs. */
	get busy(): boolean {
		return this.#pending !== null;
	}

	/** Extracts pasted text, or a file the worker reads and decodes itself. */
	extract(input: string | Blob, job: ExtractJob): Promise<ExtractAnswer> {
		this.#stop('superseded');
		let worker: WorkerLike;
		try {
			worker = this.#ensureWorker();
		} catch (err) {
			return Promise.reject(err instanceof Error ? err : new Error(String(err)));
		}
		const id = this.#nextId++;
		return new Promise<ExtractAnswer>((resolve, reject) => {
			this.#pending = { id, papers: [], claims: [], resolve, reject, onProgress: job.onProgress };
			const payload = typeof input === 'string' ? { text: input } : { file: input };
			worker.postMessage({ type: 'extract', id, ...payload, format: job.format, source: job.source, save: job.save });
		});
	}

	/** Stops the running request; its promise rejects with `ExtractCancelledError`. */
	cancel(): void {
		this.#stop('cancelled');
	}

	dispose(): void {
		this.#stop('cancelled');
		this.#worker?.terminate();
		this.#worker = null;
	}

	#stop(reason: 'cancelled' | 'superseded'): void {
		const pending = this.#pending;
		if (!pending) return;
		this.#pending = null;
		this.#worker?.postMessage({ type: 'cancel', id: pending.id });
		pending.reject(new ExtractCancelledError(reason));
	}

	#ensureWorker(): WorkerLike {
		if (this.#worker) return this.#worker;
		const worker = this.#createWorker();
		worker.onmessage = (event) => this.#receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault?.();
			this.#crash(event.message || 'unknown error');
		};
		worker.onmessageerror = () => this.#crash('a message could not be read');
		this.#worker = worker;
		return worker;
	}

	#receive(message: ExtractResponse): void {
		const pending = this.#pending;
		// Answers to a cancelled or superseded request are dropped.
		if (!pending || message.id !== pending.id) return;
		switch (message.type) {
			case 'progress':
				pending.onProgress?.(message.done, message.total);
				return;
			case 'chunk':
				for (const p of message.papers) pending.papers.push(p);
				for (const c of message.claims) pending.claims.push(c);
				return;
			case 'result': {
				this.#pending = null;
				const { papers, claims } = pending;
				const { issues, format, saveError } = message;
				pending.resolve(saveError === undefined ? { papers, claims, issues, format } : { papers, claims, issues, format, saveError });
				return;
			}
			case 'error':
				this.#pending = null;
				pending.reject(new Error(`Extraction failed: ${message.message}`));
				return;
			default: {
				const never: never = message;
				void never;
			}
		}
	}

	/** The worker died: fail the running request clearly and start a new worker next time. */
	#crash(detail: string): void {
		this.#worker?.terminate();
		this.#worker = null;
		const pending = this.#pending;
		this.#pending = null;
		pending?.reject(
			new Error(`The extraction worker stopped (${detail}). Your input is kept: try again, or split it into smaller files.`)
		);
	}
}
