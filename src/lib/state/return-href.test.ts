import { describe, expect, it } from 'vitest';
import { FakeStorage } from './fake-storage.ts';
import { isExplorerHref, readReturnHref, RETURN_HREF_KEY, saveReturnHref } from './return-href.ts';

describe('return href', () => {
	it('keeps the explorer address with its query across a reload', () => {
		const storage = new FakeStorage();
		saveReturnHref('/?data=both&metric=latency', storage);
		expect(readReturnHref(storage)).toBe('/?data=both&metric=latency');
	});

	it('accepts only the explorer page itself', () => {
		expect(['/', '/?data=yours'].map(isExplorerHref)).toEqual([true, true]);
		expect(['//evil.example/?x', 'https://evil.example/', '/add', '/paper/x', '/?a b', '/?\\\\x', ''].map(isExplorerHref)).toEqual(
			[false, false, false, false, false, false, false]
		);
	});

	it('ignores a stored value that is not an explorer address, and missing or failing storage', () => {
		const storage = new FakeStorage();
		storage.setItem(RETURN_HREF_KEY, '//evil.example/');
		expect(readReturnHref(storage)).toBeNull();
		expect(readReturnHref(null)).toBeNull();
		const full = new FakeStorage(1);
		expect(() => saveReturnHref('/?data=both', full)).not.toThrow();
		expect(readReturnHref(full)).toBeNull();
	});
});
