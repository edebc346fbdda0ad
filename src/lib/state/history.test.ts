import { describe, expect, it } from 'vitest';
import { commit, createHistory, HISTORY_LIMIT, redo, replacePresent, undo } from './history.ts';

describe('history', () => {
	it('has the expected defaults', () => {
		expect(createHistory(1)).toEqual({ past: [], present: 1, future: [] });
	});
	it('undo and redo walk back and forth; commit clears redo', () => {
		let h = commit(commit(createHistory(1), 2), 3);
		h = undo(h);
		expect(h.present).toBe(2);
		h = undo(h);
		expect(h.present).toBe(1);
		expect(undo(h)).toBe(h);
		h = redo(h);
		expect(h.present).toBe(2);
		h = commit(h, 9);
		expect(h).toEqual({ past: [1, 2], present: 9, future: [] });
		expect(redo(h)).toBe(h);
	});
	it('commit(history, same) is a no-op; history keeps at most HISTORY_LIMIT steps', () => {
		const h0 = createHistory(0);
		expect(commit(h0, 0)).toBe(h0);
		let h = h0;
		for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = commit(h, i);
		expect(h.past).toHaveLength(HISTORY_LIMIT);
	});
	it('replacePresent(history, value) is not undoable as a step of its own', () => {
		const h = replacePresent(commit(createHistory(1), 2), 5);
		expect(h.present).toBe(5);
		expect(undo(h).present).toBe(1);
	});
});
