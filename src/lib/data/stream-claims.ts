/**
 * Parses a claims CSV while it downloads: each run of whole records is read with the contract's
 * own `parseClaimsCsv` (the header repeated in front), so rows, issues and normalization are
 * exactly those of parsing the whole file at once, with row numbers counted across runs. At
 * 100,000 claims (21 MB) parsing then overlaps the download instead of following it.
 */
import { parseClaimsCsv, type ParseResult } from '../claims/csv.ts';
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import { CsvRecordSplitter } from './csv-records.ts';

const RUN_CHARS = 1 << 20;

/** Parses text arriving as `pieces`; the result equals `parseClaimsCsv(pieces.join(''), source)`. */
export async function parseClaimsPieces(pieces: AsyncIterable<string> | Iterable<string>, source = 'claims.csv'): Promise<ParseResult> {
	const splitter = new CsvRecordSplitter();
	const claims: Claim[] = [];
	const issues: InputIssue[] = [];
	let header: string | null = null;
	let rowsBefore = 0;
	let hasStatus = false;
	let fatal = false;

	const parseRun = (records: string) => {
		if (fatal || records === '') return;
		if (header === null) {
			// The first record is the header (a BOM, if any, is dropped by parseClaimsCsv).
			const end = records.indexOf('\n') + 1 || records.length;
			header = records.slice(0, end);
			if (!header.endsWith('\n')) header += '\n';
			records = records.slice(end);
			if (records.trim() === '') {
				// Header only so far: still report a header without the required columns.
				const check = parseClaimsCsv(header, source);
				if (check.issues.some((i) => i.severity === 'fatal')) {
					issues.push(...check.issues);
					fatal = true;
				}
				hasStatus = check.hasStatus;
				return;
			}
		}
		const result = parseClaimsCsv(header + records, source);
		hasStatus = result.hasStatus;
		let skipped = 0;
		for (const issue of result.issues) {
			if (issue.severity === 'fatal') fatal = true;
			if (issue.severity === 'skipped') skipped++;
			issues.push(issue.row === undefined ? issue : { ...issue, row: issue.row + rowsBefore });
		}
		if (fatal) return;
		for (const c of result.claims) claims.push(c);
		// Every data row becomes a claim or exactly one `skipped` issue.
		rowsBefore += result.claims.length + skipped;
	};

	// Records are parsed in runs of about a megabyte: network pieces are ~64 KB, and each run
	// costs a header copy and a parser set-up.
	let batch = '';
	for await (const piece of pieces) {
		batch += splitter.push(piece);
		if (batch.length >= RUN_CHARS) {
			parseRun(batch);
			batch = '';
		}
	}
	parseRun(batch + splitter.end());
	if (header === null) return parseClaimsCsv('', source);
	return { claims, issues, hasStatus };
}

/** Decodes a fetch response body as UTF-8 text pieces. */
export async function* textPieces(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
	const reader = body.getReader();
	const decoder = new TextDecoder('utf-8');
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		const text = decoder.decode(value, { stream: true });
		if (text) yield text;
	}
	const rest = decoder.decode();
	if (rest) yield rest;
}
