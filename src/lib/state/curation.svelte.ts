/**
 * The curation store: a rune class around the pure `curation.ts` values, with undo/redo, saved to
 * localStorage on every change, following edits made in other tabs, and a `message` whenever
 * saving or loading fails (a full quota included).
 */
import { getContext, setContext } from 'svelte';
import type { Claim } from '../claims/schema.ts';
import {
	addClaim,
	applyCuration,
	claimKey,
	type ClaimPatch,
	type Curation,
	editClaim,
	EMPTY_CURATION,
	isCuration,
	resetClaim,
	setRejected,
	setVerified
} from './curation.ts';
import { commit, createHistory, type History, redo, replacePresent, undo } from './history.ts';
import { browserStorage, loadJson, saveJson, type StorageLike } from './storage.ts';

export const CURATION_KEY = 'claimscope:curation:v1';
const WHAT = 'claim edits';

export class CurationStore {
	#history: History<Curation> = $state.raw(createHistory(EMPTY_CURATION));
	/** The last storage problem, for the user; null when all is saved. */
	message: string | null = $state(null);
	#storage: StorageLike | null;

	constructor(storage: StorageLike | null = browserStorage()) {
		this.#storage = storage;
		const loaded = loadJson(storage, CURATION_KEY, isCuration, WHAT);
		if (loaded.value) this.#history = createHistory(loaded.value);
		this.message = loaded.message ?? null;
	}

	get curation(): Curation {
		return this.#history.present;
	}
	get canUndo(): boolean {
		return this.#history.past.length > 0;
	}
	get canRedo(): boolean {
		return this.#history.future.length > 0;
	}

	edit(key: string, patch: ClaimPatch): void {
		this.#set(commit(this.#history, editClaim(this.curation, key, patch)));
	}
	reject(key: string, rejected = true): void {
		this.#set(commit(this.#history, setRejected(this.curation, key, rejected)));
	}
	verify(key: string, verified = true): void {
		this.#set(commit(this.#history, setVerified(this.curation, key, verified)));
	}
	/** Adds a claim with the user's first corrections and check, as one undoable step. */
	add(claim: Claim, patch: ClaimPatch = {}, verified?: boolean): void {
		const key = claimKey(claim);
		let next = addClaim(this.curation, claim);
		if (Object.keys(patch).length > 0) next = editClaim(next, key, patch);
		if (verified !== undefined) next = setVerified(next, key, verified);
		this.#set(commit(this.#history, next));
	}
	reset(key: string): void {
		this.#set(commit(this.#history, resetClaim(this.curation, key)));
	}
	undo(): void {
		this.#set(undo(this.#history));
	}
	redo(): void {
		this.#set(redo(this.#history));
	}

	/** The curated claims (pure; see `applyCuration`). */
	apply(claims: readonly Claim[], includePaper?: (paperId: string) => boolean): Claim[] {
		return applyCuration(claims, this.curation, includePaper);
	}

	/** Takes the value another tab stored (the `storage` event's `newValue`). */
	syncFrom(newValue: string | null): void {
		if (newValue === null) {
			this.#history = replacePresent(this.#history, EMPTY_CURATION);
			return;
		}
		try {
			const value: unknown = JSON.parse(newValue);
			if (isCuration(value)) this.#history = replacePresent(this.#history, value);
		} catch {
			// another tab wrote something unreadable; keep ours, which is saved on the next change
		}
	}

	/** Follows changes made in other tabs; returns the function that stops listening. */
	listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
		const onStorage = (event: StorageEvent) => {
			if (event.key === CURATION_KEY) this.syncFrom(event.newValue);
			else if (event.key === null) this.syncFrom(null); // storage cleared
		};
		target.addEventListener('storage', onStorage);
		return () => target.removeEventListener('storage', onStorage);
	}

	#set(history: History<Curation>): void {
		if (history === this.#history) return;
		this.#history = history;
		const saved = saveJson(this.#storage, CURATION_KEY, history.present, WHAT);
		this.message = saved.ok ? null : saved.message;
	}
}

const CURATION_CONTEXT = Symbol('curation');

export function setCuration(store: CurationStore): CurationStore {
	return setContext(CURATION_CONTEXT, store);
}
export function getCuration(): CurationStore {
	const store = getContext<CurationStore | undefined>(CURATION_CONTEXT);
	if (!store) throw new Error('getCuration() needs setCuration() in a parent component (the root layout).');
	return store;
}
