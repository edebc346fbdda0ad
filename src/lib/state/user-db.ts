/**
 * The user's dataset in the key-value store (IndexedDB): read, and add an extraction outcome. The
 * worker calls `saveOutcome` itself, so the large dataset is cloned and written off the main
 * thread; the page only mirrors the change in memory.
 */
import type { ExtractOutcome } from '../extract/chunked.ts';
import type { KeyValueStore } from './kv-store.ts';
import { saveErrorMessage } from './storage.ts';
import { addOutcome, EMPTY_USER_DATA, isUserData, type UserData } from './user-data.ts';

export const USER_DATA_KEY = 'user-data:v1';
export const WHAT = 'your papers';

export async function readUserData(store: KeyValueStore): Promise<UserData> {
	const value = await store.get(USER_DATA_KEY);
	return isUserData(value) ? value : EMPTY_USER_DATA;
}

/** Adds `outcome` to the stored dataset; resolves to null when saved, else the user's message. */
export async function saveOutcome(store: KeyValueStore | null, outcome: ExtractOutcome, source: string): Promise<string | null> {
	if (outcome.papers.length === 0 && outcome.claims.length === 0) return null;
	if (!store) return `This browser does not let the page store data, so ${WHAT} last only until you close the tab. Download the CSV to keep them.`;
	try {
		await store.set(USER_DATA_KEY, addOutcome(await readUserData(store), outcome, source));
		return null;
	} catch (err) {
		return saveErrorMessage(err, WHAT);
	}
}

export async function writeUserData(store: KeyValueStore | null, data: UserData): Promise<string | null> {
	if (!store) return `This browser does not let the page store data, so ${WHAT} last only until you close the tab.`;
	try {
		await store.set(USER_DATA_KEY, data);
		return null;
	} catch (err) {
		return saveErrorMessage(err, WHAT);
	}
}
