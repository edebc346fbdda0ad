/**
 * Bytes of a user's file to text, or an issue saying why not: binary files (PDF, zip, images) and
 * text that is not UTF-8 are named as such, with the line and byte of the first bad sequence, so
 * the user knows to re-save the file as UTF-8. UTF-16 with a byte-order mark is decoded.
 */
import type { InputIssue } from '../claims/issues.ts';
import type { InputFormat } from './types.ts';

export type Decoded = { ok: true; text: string } | { ok: false; issue: InputIssue };

const SIGNATURES: [number[], string][] = [
	[[0x25, 0x50, 0x44, 0x46], 'a PDF'],
	[[0x50, 0x4b, 0x03, 0x04], 'a zip archive (or .docx/.xlsx)'],
	[[0x1f, 0x8b], 'a gzip archive'],
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image']
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
	return sig.every((b, i) => bytes[i] === b);
}

/** Index of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let n = 0;
		let min = 0;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) (n = 1), (min = 0x80);
		else if (b >= 0xe0 && b <= 0xef) (n = 2), (min = 0x800);
		else if (b >= 0xf0 && b <= 0xf4) (n = 3), (min = 0x10000);
		else return i;
		let cp = b & (0x3f >> n);
		for (let k = 1; k <= n; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += n + 1;
	}
	return -1;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Decodes a file's bytes; `source` is its name, for the message. */
export function decodeBytes(bytes: Uint8Array, source: string): Decoded {
	const fail = (reason: string, line?: number): Decoded => ({
		ok: false,
		issue: { source, line, reason, severity: 'fatal' }
	});
	if (bytes.length === 0) return fail('the file is empty; choose a file with paper text or claims');
	const kind = SIGNATURES.find(([sig]) => startsWith(bytes, sig));
	if (kind) return fail(`this is ${kind[1]}, not text; export or copy the abstracts as .txt, .jsonl or .csv`);
	if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
	if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const at = firstInvalidUtf8(bytes);
		const index = at < 0 ? 0 : at;
		const hex = Array.from(bytes.subarray(index, index + 2), (b) => b.toString(16).padStart(2, '0')).join(' ');
		const nul = bytes.subarray(0, 4096).includes(0);
		return fail(
			nul
				? 'this looks like a binary file, not text; export or copy the abstracts as .txt, .jsonl or .csv'
				: `the file is not UTF-8 text (byte ${index + 1} is 0x${hex}, perhaps Latin-1 or Windows-1252). Save it as UTF-8 and add it again`,
			lineOfByte(bytes, index)
		);
	}
}

/** A format forced by the file name, or undefined to detect from the content. Only `.jsonl` and
 * `.csv` say enough: a `.txt` may be a daily-papers page or plain text. */
export function formatFromFileName(name: string): InputFormat | undefined {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
	if (ext === 'csv') return 'csv';
	return undefined;
}

/** Reads and decodes a file (a Blob); an unreadable file becomes an issue like a wrong encoding. */
export async function readBlobText(blob: Blob, source: string): Promise<Decoded> {
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await blob.arrayBuffer());
	} catch (err) {
		const reason = `the file could not be read (${err instanceof Error ? err.message : String(err)}); check that it still exists and try again`;
		return { ok: false, issue: { source, reason, severity: 'fatal' } };
	}
	return decodeBytes(bytes, source);
}
