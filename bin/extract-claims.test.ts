/**
 * The CLI as users run it: a child process on fixture files in a temp dir. Checks stdout, stderr,
 * written files and exit codes, and that streamed output equals the in-process pipeline's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeClaimsCsv } from '../src/lib/claims/csv.ts';
import { extractText } from '../src/lib/extract/pipeline.ts';
import { writePapersCsv } from '../src/lib/extract/papers-csv.ts';
import { CHUNK_BYTES } from './cli/jsonl-stream.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/extract-claims.ts');
/** tsx's loader, resolved from the repo: the CLI runs in a temp dir that has no node_modules. */
const TSX = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;
let dir: string;

function cli(args: string[], input?: string) {
	const r = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const record = (i: number, abstract: string) =>
	JSON.stringify({
		id: `2401.${String(i).padStart(5, '0')}`,
		title: `Paper ${i}:\n  Fast Serving`,
		abstract: `  ${abstract}\n`,
		versions: [{ version: 'v1', created: 'Tue, 9 Jan 2024 10:00:00 GMT' }],
		update_date: '2024-02-01'
	});
const ABSTRACTS = [
	'We reduce latency by 28-71% and achieve up to 3.5x higher throughput than vLLM.',
	'On ImageNet our model reaches a top-1 accuracy of 93.05%, using 4 GPUs — “2×” fewer FLOPs 🚀.',
	'Our method is four times faster and uses 40% less memory compared to the 16-bit baseline.'
];

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
	writeFileSync(join(dir, 'good.jsonl'), ABSTRACTS.map((a, i) => record(i, a)).join('\n') + '\n');
	writeFileSync(join(dir, 'bad.jsonl'), [record(1, ABSTRACTS[0]), '{"id": "2", "title": oops}', record(3, ABSTRACTS[2])].join('\r\n'));
	writeFileSync(join(dir, 'papers.txt'), 'Text Paper One\nIt is 2x faster than X.\n\nText Paper Two\nAccuracy rises by 3.1 points.\n');
	writeFileSync(join(dir, 'papers.csv'), 'id,title,abstract,date\nc1,CSV Paper,"Memory drops by 50%, latency by 2x.",2023-03-04\nc2,No Abstract,,\n');
	writeFileSync(join(dir, 'nocols.csv'), 'name,text\na,b\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract-claims', { timeout: 60_000 }, () => {
	it('writes the claims CSV of a JSON Lines file to stdout, the summary to stderr, exit 0', () => {
		const r = cli(['good.jsonl']);
		expect(r.code).toBe(0);
		const text = readFileSync(join(dir, 'good.jsonl'), 'utf8');
		expect(r.stdout).toBe(writeClaimsCsv(extractText(text, { source: 'good.jsonl' }).claims));
		expect(r.stderr).toContain('good.jsonl: 3 papers (jsonl)');
		expect(r.stderr).toMatch(/total: 3 papers, \d+ claims?, 0 issues; wrote standard output/);
	});

	it('reports a malformed JSON line as file:line, keeps the other records', () => {
		const r = cli(['bad.jsonl', '-o', 'out.csv', '--papers', 'out-papers.csv']);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/bad\.jsonl:2 row 2: malformed JSON \(.+\); each line must be one complete JSON object \(skipped\)/);
		expect(r.stderr).toContain('bad.jsonl: 2 papers (jsonl)');
		const papers = readFileSync(join(dir, 'out-papers.csv'), 'utf8');
		expect(papers.split('\n')[0]).toBe('paper_id,title,date,abstract');
		expect(papers).toContain('2401.00001,Paper 1: Fast Serving,2024-01-09,');
		expect(papers).toContain('2401.00003,');
		expect(readFileSync(join(dir, 'out.csv'), 'utf8').startsWith('paper_id,title,date,claim,quote,')).toBe(true);
	});

	it('reads several inputs of different formats into one CSV, like the pipeline does', () => {
		const r = cli(['papers.txt', 'papers.csv', '-o', 'all.csv', '--papers', 'all-papers.csv']);
		expect(r.code).toBe(0);
		expect(r.stderr).toContain('papers.txt: 2 papers (text)');
		expect(r.stderr).toContain('papers.csv: 1 paper (csv)');
		expect(r.stderr).toMatch(/papers\.csv:3 row 2 column abstract: "No Abstract" has no abstract \(skipped\)/);
		const results = ['papers.txt', 'papers.csv'].map((f) => extractText(readFileSync(join(dir, f), 'utf8'), { source: f }));
		expect(readFileSync(join(dir, 'all.csv'), 'utf8')).toBe(writeClaimsCsv(results.flatMap((x) => x.claims)));
		expect(readFileSync(join(dir, 'all-papers.csv'), 'utf8')).toBe(writePapersCsv(results.flatMap((x) => x.papers)));
	});

	it('streams a JSON Lines file bigger than several read chunks exactly like the in-memory pipeline', () => {
		// Multi-byte characters everywhere so chunk boundaries fall inside lines and characters.
		const lines: string[] = [];
		for (let i = 0, size = 0; size < 3.3 * CHUNK_BYTES; i++) {
			const line = record(i, `${ABSTRACTS[i % 3]} Ünïcode ≈ “${'é'.repeat(i % 700)}” 🚀 ${i}% of ${i}x.`);
			lines.push(line);
			size += Buffer.byteLength(line) + 1;
		}
		const text = lines.join('\n'); // no final newline: the last line is the carried remainder
		writeFileSync(join(dir, 'big.jsonl'), text);
		const r = cli(['big.jsonl', '-o', 'big.csv', '--papers', 'big-papers.csv', '--stats']);
		expect(r.code).toBe(0);
		const expected = extractText(text, { source: 'big.jsonl' });
		expect(expected.papers).toHaveLength(lines.length);
		expect(readFileSync(join(dir, 'big.csv'), 'utf8')).toBe(writeClaimsCsv(expected.claims));
		expect(readFileSync(join(dir, 'big-papers.csv'), 'utf8')).toBe(writePapersCsv(expected.papers));
		const stats = JSON.parse(/stats: (\{.*\})/.exec(r.stderr)![1]);
		expect(stats).toMatchObject({ inputBytes: Buffer.byteLength(text), papers: lines.length, claims: expected.claims.length });
	});

	it('streams a line longer than two read chunks, between short ones', () => {
		const long = record(1, `${'Our method is 2x faster than vLLM on “long” inputs é. '.repeat(Math.ceil((2.5 * CHUNK_BYTES) / 50))}`);
		const text = [record(0, ABSTRACTS[0]), long, record(2, ABSTRACTS[2])].join('\n') + '\n';
		writeFileSync(join(dir, 'long.jsonl'), text);
		const r = cli(['long.jsonl', '-o', 'long.csv']);
		expect(r.code).toBe(0);
		const expected = extractText(text, { source: 'long.jsonl' });
		expect(expected.papers).toHaveLength(3);
		expect(readFileSync(join(dir, 'long.csv'), 'utf8')).toBe(writeClaimsCsv(expected.claims));
	});

	it('reads standard input with -', () => {
		const r = cli(['-', '--format', 'text'], 'Piped Paper\nIt is 2x faster.\n');
		expect(r.code).toBe(0);
		expect(r.stderr).toContain('stdin: 1 paper (text)');
		expect(r.stdout.split('\n')[0]).toMatch(/^paper_id,title,date,claim,quote,start,end,/);
	});

	it('exits 1 without writing anything when an input is missing', () => {
		const r = cli(['good.jsonl', 'missing.jsonl', '-o', 'never.csv']);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('missing.jsonl: no such file');
		expect(r.stdout).toBe('');
		expect(existsSync(join(dir, 'never.csv'))).toBe(false);
	});

	it('exits 1 when an input cannot be read as papers, still writing the others', () => {
		const r = cli(['nocols.csv', 'papers.txt', '-o', 'partial.csv']);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/nocols\.csv:1 column title, abstract: the header has no title or abstract column .*\(nothing read\)/);
		expect(existsSync(join(dir, 'partial.csv'))).toBe(true);
	});

	it('exits 2 with a usage message on bad usage', () => {
		for (const args of [[], ['--nope', 'good.jsonl'], ['good.jsonl', '--format', 'pdf'], ['good.jsonl', '-o', 'good.jsonl']]) {
			const r = cli(args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.stderr).toContain('Usage: npm run extract --');
			expect(r.stdout).toBe('');
		}
		expect(readFileSync(join(dir, 'good.jsonl'), 'utf8')).toContain('2401.00000');
	});

	it('prints the usage on --help, exit 0', () => {
		const r = cli(['--help']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Usage: npm run extract --');
		expect(r.stdout).toContain('Exit status: 0 output written, 1 an input could not be read or the output not written,\n2 bad usage.');
	});
});
