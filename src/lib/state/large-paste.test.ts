import { describe, expect, it } from 'vitest';
import { MemoryStore } from './kv-store.ts';
import { LARGE_PASTE_CHARS, LargePaste, sliceEnds, textToBlob } from './large-paste.svelte.ts';

const big = 'Title\nAbstract with a 2x speedup.\n\n'.repeat(Math.ceil(LARGE_PASTE_CHARS / 34));

describe('textToBlob', () => {
	it('slices never split a surrogate pair, and cover the text', () => {
		const text = 'ab😀cd😀😀e';
		for (let size = 1; size <= text.length; size++) {
			const ends = sliceEnds(text, size);
			expect(ends.at(-1)).toBe(text.length);
			for (const end of ends) expect(text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff).toBe(false);
		}
	});

	it('gives the same UTF-8 bytes and line count as encoding the whole text at once', async () => {
		const text = 'Über 2× schneller 😀\nzweite Zeile\n'.repeat(50);
		const kept = await textToBlob(text, 7);
		expect(await kept.file.text()).toBe(text);
		expect(kept.lines).toBe(text.split('\n').length);
		expect(kept.chars).toBe(text.length);
	});
});

describe('LargePaste', () => {
	it('leaves a small paste to the text box', () => {
		const paste = new LargePaste(new MemoryStore());
		expect(paste.take('Title\nAbstract')).toBe(false);
		expect(paste.kept).toBeNull();
	});

	it('keeps a large paste aside with its size and line count, and a reload finds it', async () => {
		const store = new MemoryStore();
		const paste = new LargePaste(store);
		const taking = paste.take(big);
		expect(taking).not.toBe(false);
		expect(paste.keeping).toBe(true);
		await taking;
		expect(paste.keeping).toBe(false);
		expect(paste.kept).toMatchObject({ chars: big.length, lines: big.split('\n').length });
		expect(await paste.kept!.file.text()).toBe(big);
		const reloaded = new LargePaste(store);
		await reloaded.load();
		expect(await reloaded.kept?.file.text()).toBe(big);
	});

	it('discard forgets it, also after a reload, even while it was still being kept', async () => {
		const store = new MemoryStore();
		const paste = new LargePaste(store);
		const taking = paste.take(big);
		paste.discard();
		await taking;
		expect(paste.kept).toBeNull();
		const reloaded = new LargePaste(store);
		await reloaded.load();
		expect(reloaded.kept).toBeNull();
	});

	it('a full quota is reported; the paste still lasts for this visit', async () => {
		const failing = new MemoryStore();
		failing.set = async () => {
			const err = new Error('The quota has been exceeded.');
			err.name = 'QuotaExceededError';
			throw err;
		};
		const paste = new LargePaste(failing);
		await paste.take(big);
		expect(paste.message).toMatch(/storage is full/);
		expect(paste.kept?.chars).toBe(big.length);
	});
});
