/**
 * Saving and loading JSON in a Storage (localStorage in the app, a fake in tests). Failures are
 * values with a message for the user: a full quota is reported, never swallowed.
 */

/** The part of `Storage` used here. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** Browsers name it differently: QuotaExceededError (22), NS_ERROR_DOM_QUOTA_REACHED (1014). */
export function isQuotaExceeded(err: unknown): boolean {
	if (typeof err !== 'object' || err === null) return false;
	const e = err as { name?: string; code?: number };
	return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

function sizeLabel(chars: number): string {
	const mb = (chars * 2) / 1e6;
	return mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${Math.ceil((chars * 2) / 1e3)} KB`;
}

/** Writes `value` as JSON under `key`; `what` names it in messages ("your edits"). */
export function saveJson(storage: StorageLike | null, key: string, value: unknown, what: string): SaveResult {
	if (!storage) return { ok: false, message: `This browser does not let the page store data, so ${what} last only until you close the tab. Download the CSV to keep them.` };
	const json = JSON.stringify(value);
	try {
		storage.setItem(key, json);
		return { ok: true };
	} catch (err) {
		if (isQuotaExceeded(err))
			return {
				ok: false,
				message: `The browser's storage is full: ${what} (${sizeLabel(json.length)}) could not be saved and will be lost on reload. Download the CSV to keep them, or remove some of your papers.`
			};
		return { ok: false, message: `Could not save ${what}: ${err instanceof Error ? err.message : String(err)}. Download the CSV to keep them.` };
	}
}

/** The message for a failed asynchronous save (`kv-store.ts`), like `saveJson`'s. */
export function saveErrorMessage(err: unknown, what: string): string {
	if (isQuotaExceeded(err))
		return `The browser's storage is full: ${what} could not be saved and will be lost on reload. Download the CSV to keep them, or remove some of your papers.`;
	return `Could not save ${what}: ${err instanceof Error ? err.message : String(err)}. Download the CSV to keep them.`;
}

export type LoadResult<T> = { value: T | null; message?: string };

/** Reads JSON under `key`; a corrupt value is kept under `key + ':broken'` and reported. */
export function loadJson<T>(
	storage: StorageLike | null,
	key: string,
	isValid: (value: unknown) => value is T,
	what: string
): LoadResult<T> {
	if (!storage) return { value: null };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch (err) {
		return { value: null, message: `Could not read ${what} from the browser's storage: ${String(err)}` };
	}
	if (raw === null) return { value: null };
	try {
		const value: unknown = JSON.parse(raw);
		if (isValid(value)) return { value };
	} catch {
		// fall through: reported below
	}
	try {
		storage.setItem(`${key}:broken`, raw);
	} catch {
		// the copy is a courtesy; the message below still tells the user
	}
	return { value: null, message: `The saved ${what} could not be read and were set aside (storage key ${key}:broken); starting empty.` };
}

/** `localStorage`, or null where it is missing or blocked (private modes, sandboxed frames). */
export function browserStorage(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}
