/**
 * The user's own papers and claims as a rune class, saved to localStorage on every change so that
 * a reload or a worker crash loses nothing, and followed across tabs. `message` reports a failed
 * save (a full quota included).
 */
import { getContext, setContext } from 'svelte';
import type { ExtractOutcome } from '../extract/chunked.ts';
import { browserStorage, loadJson, saveJson, type StorageLike } from './storage.ts';
import { addOutcome, EMPTY_USER_DATA, isUserData, removePaper, type UserData } from './user-data.ts';

export const USER_DATA_KEY = 'claimscope:user-data:v1';
const WHAT = 'your papers';

export class UserDataStore {
	data: UserData = $state.raw(EMPTY_USER_DATA);
	message: string | null = $state(null);
	#storage: StorageLike | null;

	constructor(storage: StorageLike | null = browserStorage()) {
		this.#storage = storage;
		const loaded = loadJson(storage, USER_DATA_KEY, isUserData, WHAT);
		if (loaded.value) this.data = loaded.value;
		this.message = loaded.message ?? null;
	}

	add(outcome: ExtractOutcome, source: string): void {
		this.#set(addOutcome(this.data, outcome, source));
	}
	removePaper(paperId: string): void {
		this.#set(removePaper(this.data, paperId));
	}
	clear(): void {
		this.#set(EMPTY_USER_DATA);
	}

	syncFrom(newValue: string | null): void {
		if (newValue === null) {
			this.data = EMPTY_USER_DATA;
			return;
		}
		try {
			const value: unknown = JSON.parse(newValue);
			if (isUserData(value)) this.data = value;
		} catch {
			// keep ours
		}
	}

	listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
		const onStorage = (event: StorageEvent) => {
			if (event.key === USER_DATA_KEY || event.key === null) this.syncFrom(event.newValue);
		};
		target.addEventListener('storage', onStorage);
		return () => target.removeEventListener('storage', onStorage);
	}

	#set(data: UserData): void {
		this.data = data;
		const saved = saveJson(this.#storage, USER_DATA_KEY, data, WHAT);
		this.message = saved.ok ? null : saved.message;
	}
}

const USER_DATA_CONTEXT = Symbol('user-data');

export function setUserData(store: UserDataStore): UserDataStore {
	return setContext(USER_DATA_CONTEXT, store);
}
export function getUserData(): UserDataStore {
	const store = getContext<UserDataStore | undefined>(USER_DATA_CONTEXT);
	if (!store) throw new Error('getUserData() needs setUserData() in a parent component (the root layout).');
	return store;
}
