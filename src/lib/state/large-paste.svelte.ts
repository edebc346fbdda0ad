/**
 * A paste too large for the text box. A textarea holding megabytes of text freezes the tab
 * (Chromium here: about 2 s per 0.3 MB inserted, minutes at 5 MB), so a large paste is kept aside
 * instead: shown as its size, saved in IndexedDB so a reload loses nothing, and handed to the
 * worker as a file (a Blob) when the user extracts it.
 *
 * Every step that touches all of a 5 MB string costs 50-150 ms on this machine (encoding it into a
 * Blob, cloning it into IndexedDB, counting its lines), so the text is turned into a Blob slice by
 * slice, yielding to the page between slices, and only the Blob is stored and sent.
 */
import { indexedDbStore, type KeyValueStore } from './kv-store.ts';
import { saveErrorMessage } from './storage.ts';

/** Pastes from this many characters on are kept aside (about 40 abstracts fit below it). */
export const LARGE_PASTE_CHARS = 200_000;
export const LARGE_PASTE_KEY = 'draft:large-paste';
/** Characters encoded per task: ~10 ms each here. */
const SLICE_CHARS = 256 * 1024;

export interface KeptPaste {
	file: Blob;
	chars: number;
	lines: number;
}

function isKeptPaste(value: unknown): value is KeptPaste {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return v.file instanceof Blob && typeof v.chars === 'number' && typeof v.lines === 'number';
}

/** Lets the page paint and take input between slices. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Ends of slices of `text` of about `size` characters that never split a surrogate pair. */
export function sliceEnds(text: string, size: number): number[] {
	const ends: number[] = [];
	for (let end = Math.min(size, text.length); ; end = Math.min(end + size, text.length)) {
		const code = text.charCodeAt(end - 1);
		if (end < text.length && code >= 0xd800 && code <= 0xdbff) end++; // keep the pair together
		ends.push(end);
		if (end >= text.length) return ends;
	}
}

/** The text as a UTF-8 Blob and its line count, built a slice per task. */
export async function textToBlob(text: string, sliceChars = SLICE_CHARS): Promise<KeptPaste> {
	const parts: Blob[] = [];
	let lines = text.length > 0 ? 1 : 0;
	let start = 0;
	for (const end of sliceEnds(text, sliceChars)) {
		const slice = text.slice(start, end);
		for (let i = slice.indexOf('\n'); i !== -1; i = slice.indexOf('\n', i + 1)) lines++;
		parts.push(new Blob([slice]));
		start = end;
		await nextTask();
	}
	return { file: new Blob(parts, { type: 'text/plain' }), chars: text.length, lines };
}

export class LargePaste {
	kept: KeptPaste | null = $state.raw(null);
	/** True while a paste is being kept (a fraction of a second for megabytes). */
	keeping = $state(false);
	/** Why the paste could not be saved (a full quota): it still lasts until the tab closes. */
	message: string | null = $state(null);
	#store: KeyValueStore | null;
	#generation = 0;

	constructor(store: KeyValueStore | null = indexedDbStore()) {
		this.#store = store;
	}

	/** Reads a paste kept by an earlier visit. */
	async load(): Promise<void> {
		try {
			const value = await this.#store?.get(LARGE_PASTE_KEY);
			if (isKeptPaste(value) && !this.kept && !this.keeping) this.kept = value;
		} catch (err) {
			this.message = `Your pasted text could not be read back: ${err instanceof Error ? err.message : String(err)}.`;
		}
	}

	/** Keeps `text` aside when it is large (resolving when it is kept and saved); false when it is
	 * small enough for the text box. Call it synchronously in the paste event to know whether to
	 * prevent the default insertion. */
	take(text: string): false | Promise<void> {
		if (text.length < LARGE_PASTE_CHARS) return false;
		const generation = ++this.#generation;
		this.keeping = true;
		return textToBlob(text).then(async (kept) => {
			if (generation !== this.#generation) return; // discarded or replaced meanwhile
			this.kept = kept;
			this.keeping = false;
			await this.#save(kept);
		});
	}

	discard(): void {
		this.#generation++;
		this.kept = null;
		this.keeping = false;
		void this.#save(null);
	}

	async #save(kept: KeptPaste | null): Promise<void> {
		if (!this.#store) {
			this.message = kept ? 'This browser does not let the page store data: your pasted text lasts until you close the tab.' : null;
			return;
		}
		try {
			await this.#store.set(LARGE_PASTE_KEY, kept);
			this.message = null;
		} catch (err) {
			this.message = saveErrorMessage(err, 'your pasted text');
		}
	}
}
