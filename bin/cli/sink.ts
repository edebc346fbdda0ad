/**
 * Where CSV text goes: standard output, or a file written next to its final name and renamed into
 * place only when the run completes, so a failed run never leaves a half-written CSV behind.
 */
import { createWriteStream, promises as fsp } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class Sink {
	/** The first write error (a full disk, a closed pipe such as `| head`); later writes throw it. */
	private failure: Error | undefined;

	private constructor(
		private stream: Writable,
		/** Final path, or undefined for standard output. */
		readonly path: string | undefined,
		private partialPath: string | undefined
	) {
		// Without a listener a stream error would crash the process instead of ending the run cleanly.
		stream.on('error', (err: Error) => {
			this.failure ??= err;
			stream.emit('drain');
		});
	}

	static stdout(): Sink {
		return new Sink(process.stdout, undefined, undefined);
	}

	static async file(path: string): Promise<Sink> {
		const partialPath = `${path}.partial-${process.pid}`;
		const stream = createWriteStream(partialPath);
		await Promise.race([once(stream, 'open'), once(stream, 'error').then(([e]) => Promise.reject(e))]);
		return new Sink(stream, path, partialPath);
	}

	/** Writes text, waiting when the destination is slower than the extractor (backpressure). */
	async write(text: string): Promise<void> {
		if (this.failure) throw this.failure;
		if (text === '') return;
		if (!this.stream.write(text)) await once(this.stream, 'drain');
		if (this.failure) throw this.failure;
	}

	/**
	 * Writes bytes and waits until the stream has handed them on, so the caller may reuse the
	 * memory behind `bytes` afterwards (the claims encoder refills one buffer batch after batch).
	 */
	async writeBytes(bytes: Uint8Array): Promise<void> {
		if (this.failure) throw this.failure;
		if (bytes.length === 0) return;
		await new Promise<void>((resolve) => this.stream.write(bytes, () => resolve()));
		if (this.failure) throw this.failure;
	}

	/** Completes the output: the file appears under its final name. */
	async commit(): Promise<void> {
		if (this.failure) throw this.failure;
		if (this.partialPath === undefined || this.path === undefined) return;
		this.stream.end();
		await once(this.stream, 'finish');
		if (this.failure) throw this.failure;
		await fsp.rename(this.partialPath, this.path);
	}

	/** Abandons the output: the partial file is removed. */
	async discard(): Promise<void> {
		if (this.partialPath === undefined) return;
		this.stream.destroy();
		await fsp.rm(this.partialPath, { force: true });
	}
}
