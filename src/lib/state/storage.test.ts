import { describe, expect, it } from 'vitest';
import { FakeStorage } from './fake-storage.ts';
import { isQuotaExceeded, loadJson, saveJson } from './storage.ts';

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

describe('storage', () => {
	it('saveJson then loadJson gives the value back', () => {
		const s = new FakeStorage();
		expect(saveJson(s, 'k', [1, 2], 'numbers')).toEqual({ ok: true });
		expect(loadJson(s, 'k', isNumbers, 'numbers')).toEqual({ value: [1, 2] });
		expect(loadJson(s, 'missing', isNumbers, 'numbers')).toEqual({ value: null });
	});

	it('saveJson reports a full quota with the size and what to do', () => {
		const s = new FakeStorage(10);
		const r = saveJson(s, 'k', 'x'.repeat(100), 'your edits');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(/storage is full: your edits \(1 KB\).*Download the CSV/);
	});

	it('isQuotaExceeded(err) recognizes the browsers\' quota errors only', () => {
		expect(isQuotaExceeded({ name: 'QuotaExceededError' })).toBe(true);
		expect(isQuotaExceeded({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
		expect(isQuotaExceeded({ code: 22 })).toBe(true);
		expect(isQuotaExceeded(new Error('other'))).toBe(false);
		expect(isQuotaExceeded(null)).toBe(false);
	});

	it('loadJson sets a corrupt value aside and says so', () => {
		const s = new FakeStorage();
		s.setItem('k', '{not json');
		const r = loadJson(s, 'k', isNumbers, 'claim edits');
		expect(r.value).toBeNull();
		expect(r.message).toMatch(/saved claim edits could not be read.*k:broken/);
		expect(s.getItem('k:broken')).toBe('{not json');
		s.setItem('k', '{"a":1}');
		expect(loadJson(s, 'k', isNumbers, 'claim edits').value).toBeNull();
	});

	it('without storage nothing is saved and the user is told', () => {
		const r = saveJson(null, 'k', 1, 'your edits');
		expect(r.ok).toBe(false);
		expect(loadJson(null, 'k', isNumbers, 'x')).toEqual({ value: null });
	});
});
