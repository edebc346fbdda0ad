/**
 * Undo and redo over immutable values: the present plus the states before and after it.
 */
export interface History<T> {
	past: T[];
	present: T;
	future: T[];
}

/** How many steps back a user can go. */
export const HISTORY_LIMIT = 100;

export function createHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/** A new present; the old one becomes undoable and the redo list is cleared. */
export function commit<T>(history: History<T>, present: T): History<T> {
	if (present === history.present) return history;
	return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
	if (history.past.length === 0) return history;
	return {
		past: history.past.slice(0, -1),
		present: history.past[history.past.length - 1],
		future: [history.present, ...history.future]
	};
}

export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	return { past: [...history.past, history.present], present: history.future[0], future: history.future.slice(1) };
}

/** A present that came from elsewhere (another tab): not undoable, as the other tab owns that step. */
export function replacePresent<T>(history: History<T>, present: T): History<T> {
	return { past: history.past, present, future: [] };
}
