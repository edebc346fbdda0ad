/**
 * The add page's work: pasted text or dropped files go through the extraction worker one after
 * another; each becomes a report (what was read, what was skipped and why) and its papers and
 * claims join the user's dataset as soon as they arrive, so nothing is lost if a later file fails.
 * A new run replaces a running one (latest wins); `cancel` stops it between chunks.
 */
import type { InputIssue } from '../claims/issues.ts';
import type { ExtractFormat } from '../extract/chunked.ts';
import type { InputFormat } from '../extract/types.ts';
import { ExtractClient, isExtractCancelled } from './extract-client.ts';
import type { UserDataStore } from './user-data.svelte.ts';

export interface InputReport {
	source: string;
	/** null when nothing could be read (wrong encoding, a crash, a cancel). */
	format: ExtractFormat | null;
	papers: number;
	claims: number;
	issues: InputIssue[];
	/** The run stopped on this input: cancelled or failed, with why. */
	stopped?: string;
}

export interface Progress {
	source: string;
	done: number;
	total: number;
	/** 1-based input in this run, and how many inputs the run has. */
	input: number;
	inputs: number;
}

/** One input of a run: text already in memory, or a file still to read. */
export type PendingInput = { source: string; text: string; format?: InputFormat } | { source: string; file: Blob };

export const FORMAT_LABELS: Record<ExtractFormat, string> = {
	daily: 'daily-papers page',
	text: 'plain text',
	jsonl: 'JSON Lines',
	csv: 'papers CSV',
	claims: 'claims CSV'
};

export class AddPapers {
	progress: Progress | null = $state(null);
	/** Every input of this visit, oldest first. */
	reports: InputReport[] = $state.raw([]);
	#client: ExtractClient;
	#userData: UserDataStore;
	#run = 0;

	constructor(userData: UserDataStore, client = new ExtractClient()) {
		this.#userData = userData;
		this.#client = client;
	}

	get running(): boolean {
		return this.progress !== null;
	}

	/** Extracts each input in turn; a new call cancels the previous run. */
	async run(inputs: PendingInput[]): Promise<void> {
		const run = ++this.#run;
		this.#client.cancel();
		for (let i = 0; i < inputs.length; i++) {
			if (run !== this.#run) return;
			const input = inputs[i];
			this.progress = { source: input.source, done: 0, total: 0, input: i + 1, inputs: inputs.length };
			const report = await this.#one(input, run, i + 1, inputs.length);
			if (run !== this.#run) return;
			this.reports = [...this.reports, report];
			if (report.stopped === 'cancelled') break;
		}
		if (run === this.#run) this.progress = null;
	}

	cancel(): void {
		this.#client.cancel();
	}

	dispose(): void {
		this.#run++;
		this.#client.dispose();
	}

	async #one(input: PendingInput, run: number, index: number, count: number): Promise<InputReport> {
		const empty = (issues: InputIssue[], stopped?: string): InputReport => ({
			source: input.source,
			format: null,
			papers: 0,
			claims: 0,
			issues,
			stopped
		});
		try {
			// A file is read and decoded in the worker: the page never holds its bytes or text.
			const outcome = await this.#client.extract('file' in input ? input.file : input.text, {
				source: input.source,
				format: 'file' in input ? undefined : input.format,
				save: true,
				onProgress: (done, total) => {
					if (run === this.#run) this.progress = { source: input.source, done, total, input: index, inputs: count };
				}
			});
			const { format } = outcome;
			if (format === null) return empty(outcome.issues);
			if (outcome.papers.length > 0 || outcome.claims.length > 0)
				await this.#userData.added({ ...outcome, format }, input.source, outcome.saveError ?? null);
			return {
				source: input.source,
				format,
				papers: outcome.papers.length,
				claims: outcome.claims.length,
				issues: outcome.issues
			};
		} catch (err) {
			if (isExtractCancelled(err)) return empty([], 'cancelled');
			return empty([], err instanceof Error ? err.message : String(err));
		}
	}
}
