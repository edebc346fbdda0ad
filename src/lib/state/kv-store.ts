/**
 * An asynchronous key-value store for data too large for localStorage (the user's papers):
 * IndexedDB in browsers and workers, an in-memory Map in tests. Values are stored by structured
 * clone, so no JSON is built on the main thread. Failures (a full quota) reject with the browser's
 * error; `storage.ts` turns them into messages.
 */

export interface KeyValueStore {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
}

const DB_NAME = 'claimscope';
const STORE = 'kv';

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/** IndexedDB, or null where it is missing (Node, some private modes). Opens the database lazily. */
export function indexedDbStore(): KeyValueStore | null {
	if (typeof indexedDB === 'undefined') return null;
	let db: Promise<IDBDatabase> | null = null;
	const open = () => {
		db ??= new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open(DB_NAME, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE);
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => {
				db = null;
				reject(req.error);
			};
		});
		return db;
	};
	return {
		async get(key) {
			return request((await open()).transaction(STORE).objectStore(STORE).get(key));
		},
		async set(key, value) {
			const tx = (await open()).transaction(STORE, 'readwrite');
			tx.objectStore(STORE).put(value, key);
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onabort = () => reject(tx.error);
				tx.onerror = () => reject(tx.error);
			});
		}
	};
}

/** For tests: a Map with an optional size limit (in JSON characters) that fails like a full quota. */
export class MemoryStore implements KeyValueStore {
	items = new Map<string, unknown>();
	constructor(public limitChars = Infinity) {}
	async get(key: string): Promise<unknown> {
		return structuredClone(this.items.get(key));
	}
	async set(key: string, value: unknown): Promise<void> {
		if (JSON.stringify(value).length > this.limitChars) {
			const err = new Error('The quota has been exceeded.');
			err.name = 'QuotaExceededError';
			throw err;
		}
		this.items.set(key, structuredClone(value));
	}
}
