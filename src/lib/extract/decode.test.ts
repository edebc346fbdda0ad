import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8, formatFromFileName } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
	it('decodeBytes(bytes) decodes UTF-8, dropping a BOM', () => {
		expect(decodeBytes(utf8('Title\n2× faster — ok'), 'a.txt')).toEqual({ ok: true, text: 'Title\n2× faster — ok' });
		expect(decodeBytes(utf8('\uFEFFx'), 'a.txt')).toEqual({ ok: true, text: 'x' });
	});

	it('decodeBytes(bytes) decodes UTF-16 with a byte-order mark', () => {
		const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xd7, 0x00]);
		expect(decodeBytes(le, 'a.txt')).toEqual({ ok: true, text: 'A×' });
	});

	it('decodeBytes(bytes) names a Latin-1 file as not UTF-8, with the line and byte', () => {
		const latin1 = new Uint8Array([...utf8('Title\nna'), 0xef, 0x76, ...utf8('e 2x faster\n')]);
		const r = decodeBytes(latin1, 'latin1.txt');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.issue).toMatchObject({ source: 'latin1.txt', line: 2, severity: 'fatal' });
			expect(r.issue.reason).toMatch(/not UTF-8 text \(byte 9 is 0xef 76.*Save it as UTF-8/);
		}
	});

	it('decodeBytes(bytes) names PDFs, archives and empty files', () => {
		const pdf = decodeBytes(utf8('%PDF-1.7\n...'), 'paper.pdf');
		expect(!pdf.ok && pdf.issue.reason).toMatch(/this is a PDF, not text/);
		const zip = decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'x.zip');
		expect(!zip.ok && zip.issue.reason).toMatch(/zip archive/);
		const empty = decodeBytes(new Uint8Array(), 'e.txt');
		expect(!empty.ok && empty.issue.reason).toMatch(/empty/);
	});

	it('firstInvalidUtf8(bytes) agrees with TextDecoder on valid and invalid input', () => {
		const cases: [number[], number][] = [
			[[...utf8('ok 😀 é')], -1],
			[[0x61, 0x80], 1],
			[[0x61, 0xc3], 1],
			[[0xe2, 0x82], 0],
			[[0xed, 0xa0, 0x80], 0], // a surrogate
			[[0xc0, 0xaf], 0], // overlong
			[[0xf5, 0x80, 0x80, 0x80], 0]
		];
		for (const [bytes, expected] of cases) {
			expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
			let valid = true;
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
			} catch {
				valid = false;
			}
			expect(valid).toBe(expected === -1);
		}
	});

	it('formatFromFileName(name) forces jsonl and csv, and leaves .txt to detection', () => {
		expect(formatFromFileName('arxiv.JSONL')).toBe('jsonl');
		expect(formatFromFileName('papers.csv')).toBe('csv');
		expect(formatFromFileName('page.txt')).toBeUndefined();
		expect(formatFromFileName('noext')).toBeUndefined();
	});
});
