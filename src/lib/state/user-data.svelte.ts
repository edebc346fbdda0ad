/**
 * The user's own papers and claims as a rune class. They live in IndexedDB (`user-db.ts`): too
 * large for localStorage, and written by the worker as each input is extracted, so a reload or a
 * worker crash loses nothing. Other tabs hear of changes on a BroadcastChannel and reload.
 * `message` reports a failed save (a full quota included).
 */
import { getContext, setContext } from 'svelte';
import type { ExtractOutcome } from '../extract/chunked.ts';
import { indexedDbStore, type KeyValueStore } from './kv-store.ts';
import { readUserData, writeUserData } from './user-db.ts';
import { addOutcome, EMPTY_USER_DATA, removePaper, type UserData } from './user-data.ts';

/** The part of BroadcastChannel used here (a fake in tests). */
export interface ChannelLike {
	postMessage(message: unknown): void;
	onmessage: ((event: MessageEvent) => void) | null;
	close(): void;
}

export const USER_DATA_CHANNEL = 'claimscope:user-data';

function browserChannel(): ChannelLike | null {
	return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(USER_DATA_CHANNEL);
}

export class UserDataStore {
	data: UserData = $state.raw(EMPTY_USER_DATA);
	/** False until the stored dataset has been read. */
	loaded = $state(false);
	message: string | null = $state(null);
	#store: KeyValueStore | null;
	#channel: ChannelLike | null = null;
	#makeChannel: () => ChannelLike | null;
	#loading: Promise<void>;

	constructor(store: KeyValueStore | null = indexedDbStore(), makeChannel: () => ChannelLike | null = browserChannel) {
		this.#store = store;
		this.#makeChannel = makeChannel;
		this.#loading = this.reload();
	}

	/** Reads the stored dataset (at start, and when another tab changed it). */
	async reload(): Promise<void> {
		if (!this.#store) {
			this.loaded = true;
			return;
		}
		try {
			this.data = await readUserData(this.#store);
		} catch (err) {
			this.message = `Your saved papers could not be read: ${err instanceof Error ? err.message : String(err)}.`;
		}
		this.loaded = true;
	}

	/** Mirrors an outcome the worker already stored (`saveError` null) or could not store. */
	async added(outcome: ExtractOutcome, source: string, saveError: string | null): Promise<void> {
		await this.#loading;
		this.data = addOutcome(this.data, outcome, source);
		this.message = saveError;
		if (saveError === null) this.#notify();
	}

	/** Adds and stores an outcome from the page itself. */
	async add(outcome: ExtractOutcome, source: string): Promise<void> {
		await this.#loading;
		await this.#set(addOutcome(this.data, outcome, source));
	}
	async removePaper(paperId: string): Promise<void> {
		await this.#set(removePaper(this.data, paperId));
	}
	async clear(): Promise<void> {
		await this.#set(EMPTY_USER_DATA);
	}

	/** Follows changes made in other tabs; returns the function that stops listening. */
	listen(): () => void {
		this.#channel ??= this.#makeChannel();
		const channel = this.#channel;
		if (!channel) return () => {};
		channel.onmessage = () => void this.reload();
		return () => {
			channel.close();
			this.#channel = null;
		};
	}

	async #set(data: UserData): Promise<void> {
		this.data = data;
		this.message = await writeUserData(this.#store, data);
		if (this.message === null) this.#notify();
	}

	#notify(): void {
		this.#channel ??= this.#makeChannel();
		this.#channel?.postMessage('changed');
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
