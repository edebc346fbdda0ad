/** An in-memory Storage for tests, with a size limit that throws like a browser's full quota. */
import type { StorageLike } from './storage.ts';

export class FakeStorage implements StorageLike {
	items = new Map<string, string>();
	constructor(public limitChars = Infinity) {}
	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		let used = value.length;
		for (const [k, v] of this.items) if (k !== key) used += v.length;
		if (used > this.limitChars) {
			const err = new Error("Failed to execute 'setItem' on 'Storage': exceeded the quota.");
			err.name = 'QuotaExceededError';
			throw err;
		}
		this.items.set(key, value);
	}
	removeItem(key: string): void {
		this.items.delete(key);
	}
}
