/**
 * A one-line progress report on standard error, only when it is a terminal and the input is large
 * enough to be worth it; never in pipes, logs or tests.
 */
import type { WriteStream } from 'node:tty';

/** Inputs below this size finish too fast for a progress line to help. */
export const PROGRESS_MIN_BYTES = 16 * 1024 * 1024;
const EVERY_MS = 250;

export class Progress {
	private readonly enabled: boolean;
	private last = 0;
	private shown = false;
	constructor(
		private readonly stream: NodeJS.WriteStream | WriteStream,
		private readonly totalBytes: number
	) {
		this.enabled = stream.isTTY === true && totalBytes >= PROGRESS_MIN_BYTES;
	}

	update(bytes: number, papers: number, claims: number) {
		if (!this.enabled) return;
		const now = Date.now();
		if (now - this.last < EVERY_MS) return;
		this.last = now;
		const pct = Math.min(100, (100 * bytes) / this.totalBytes).toFixed(0);
		const mb = (n: number) => (n / 1e6).toFixed(0);
		this.stream.write(`\r\x1b[K${mb(bytes)}/${mb(this.totalBytes)} MB (${pct}%)  ${papers.toLocaleString('en')} papers  ${claims.toLocaleString('en')} claims`);
		this.shown = true;
	}

	clear() {
		if (this.shown) this.stream.write('\r\x1b[K');
		this.shown = false;
	}
}
