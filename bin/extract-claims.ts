/**
 * extract-claims: papers in (daily page dumps, plain text, arXiv JSON Lines, CSV), claims CSV out.
 * Thin Node I/O around the pure pipeline of src/lib/extract: JSON Lines files are streamed record
 * by record so memory stays flat; other formats are read whole (they are small by nature).
 * Run with `npm run extract -- --help`.
 */
import { promises as fsp } from 'node:fs';
import { CLAIM_COLUMNS, formatIssue, type InputIssue } from '../src/lib/claims/index.ts';
import {
	ClaimsCsvEncoder,
	claimsOfPaper,
	DETECT_WINDOW,
	detectFormat,
	extractText,
	PAPER_COLUMNS,
	paperFromJsonLine,
	papersCsvRows,
	type InputFormat,
	type Paper
} from '../src/lib/extract/index.ts';
import type { Claim } from '../src/lib/claims/schema.ts';
import { parseCliArgs, USAGE, type CliOptions } from './cli/args.ts';
import { streamLines } from './cli/jsonl-stream.ts';
import { Progress } from './cli/progress.ts';
import { Sink } from './cli/sink.ts';

/** At most this many issue lines are printed; the rest are counted. */
const MAX_ISSUE_LINES = 20;

interface Totals {
	papers: number;
	claims: number;
	bytes: number;
	issues: InputIssue[];
	issueCount: number;
	unreadable: boolean;
}

class Run {
	readonly totals: Totals = { papers: 0, claims: 0, bytes: 0, issues: [], issueCount: 0, unreadable: false };
	/**
	 * Claims CSV lines as UTF-8 in one reused buffer. Each paper's claims are encoded as soon as
	 * they are found and written out per input chunk: no claim outlives its paper, which keeps the
	 * garbage collector's work (and memory) flat.
	 */
	private readonly encoder = new ClaimsCsvEncoder();
	/** Papers waiting for the papers CSV (only with --papers). */
	private papers: Paper[] = [];
	constructor(
		readonly claimsOut: Sink,
		readonly papersOut: Sink | undefined,
		readonly progress: Progress
	) {}

	noteIssue(issue: InputIssue) {
		this.totals.issueCount++;
		if (issue.severity === 'fatal') this.totals.unreadable = true;
		if (this.totals.issues.length < MAX_ISSUE_LINES) this.totals.issues.push(issue);
	}

	/** One paper and its claims, written at the next `flush`. */
	add(paper: Paper, claims: readonly Claim[]) {
		this.totals.papers++;
		this.totals.claims += claims.length;
		this.encoder.addClaims(claims);
		if (this.papersOut) this.papers.push(paper);
	}

	async flush() {
		await this.claimsOut.writeBytes(this.encoder.take());
		if (this.papersOut) {
			await this.papersOut.write(papersCsvRows(this.papers));
			this.papers = [];
		}
	}

	async writeBatch(papers: readonly Paper[], claims: readonly Claim[]) {
		this.totals.papers += papers.length;
		this.totals.claims += claims.length;
		this.encoder.addClaims(claims);
		if (this.papersOut) this.papers.push(...papers);
		await this.flush();
	}
}

async function readHead(path: string): Promise<string> {
	const fh = await fsp.open(path, 'r');
	try {
		const buf = Buffer.alloc(DETECT_WINDOW);
		const { bytesRead } = await fh.read(buf, 0, DETECT_WINDOW, 0);
		return buf.toString('utf8', 0, bytesRead);
	} finally {
		await fh.close();
	}
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** A JSON Lines file, record by record: parse, find claims, encode, forget; written per chunk. */
async function streamJsonl(run: Run, path: string): Promise<{ papers: number; claims: number }> {
	let row = 0;
	let fileClaims = 0;
	let filePapers = 0;
	const issues: InputIssue[] = [];
	const flush = async (bytes: number) => {
		for (const issue of issues.splice(0)) run.noteIssue(issue);
		await run.flush();
		run.totals.bytes += bytes;
		run.progress.update(run.totals.bytes, run.totals.papers, run.totals.claims);
	};
	await streamLines(
		path,
		(text, line) => {
			const r = paperFromJsonLine(text, path, line, row + 1);
			if (r === null) return;
			row++;
			if (r.issue) issues.push(r.issue);
			if (r.paper) {
				const claims = claimsOfPaper(r.paper, issues);
				run.add(r.paper, claims);
				filePapers++;
				fileClaims += claims.length;
			}
		},
		flush
	);
	await flush(0);
	return { papers: filePapers, claims: fileClaims };
}

/** Any other format, or standard input: read whole, run the pure pipeline. */
async function extractWhole(run: Run, source: string, text: string, format: InputFormat | undefined) {
	const result = extractText(text, { source, format });
	for (const issue of result.issues) run.noteIssue(issue);
	await run.writeBatch(result.papers, result.claims);
	run.totals.bytes += Buffer.byteLength(text);
	run.progress.update(run.totals.bytes, run.totals.papers, run.totals.claims);
	return { papers: result.papers.length, claims: result.claims.length, format: result.format };
}

async function processInput(run: Run, input: string, forced: InputFormat | undefined): Promise<string> {
	if (input === '-') {
		const r = await extractWhole(run, 'stdin', await readStdin(), forced);
		return `stdin: ${count(r.papers, 'paper')} (${r.format}), ${count(r.claims, 'claim')}`;
	}
	const format = forced ?? detectFormat(await readHead(input), input);
	if (format === 'jsonl') {
		const r = await streamJsonl(run, input);
		return `${input}: ${count(r.papers, 'paper')} (jsonl), ${count(r.claims, 'claim')}`;
	}
	const r = await extractWhole(run, input, await fsp.readFile(input, 'utf8'), format);
	return `${input}: ${count(r.papers, 'paper')} (${r.format}), ${count(r.claims, 'claim')}`;
}

/** Every input must be a readable file before anything is written. Returns the problems. */
async function checkInputs(inputs: string[]): Promise<{ problems: string[]; bytes: number }> {
	const problems: string[] = [];
	let bytes = 0;
	for (const input of inputs) {
		if (input === '-') continue;
		try {
			const st = await fsp.stat(input);
			if (st.isDirectory()) problems.push(`${input}: is a directory; give the files inside it`);
			else {
				await fsp.access(input, fsp.constants.R_OK);
				bytes += st.size;
			}
		} catch (err) {
			const code = (err as NodeJS.ErrnoException).code;
			problems.push(
				code === 'ENOENT' ? `${input}: no such file` : code === 'EACCES' ? `${input}: permission denied` : `${input}: cannot be read (${String(err)})`
			);
		}
	}
	return { problems, bytes };
}

/** `1 paper`, `2 papers` */
function count(n: number, noun: string): string {
	return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

function say(line: string) {
	process.stderr.write(`${line}\n`);
}

async function main(argv: string[]): Promise<number> {
	const started = process.hrtime.bigint();
	const parsed = parseCliArgs(argv);
	if (!parsed.ok) {
		say(`extract-claims: ${parsed.error}\n\n${USAGE}`);
		return 2;
	}
	const options: CliOptions = parsed.options;
	if (options.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const { problems, bytes } = await checkInputs(options.inputs);
	if (problems.length > 0) {
		for (const p of problems) say(`extract-claims: ${p}`);
		say('extract-claims: nothing written');
		return 1;
	}

	let claimsOut: Sink;
	let papersOut: Sink | undefined;
	try {
		claimsOut = options.output ? await Sink.file(options.output) : Sink.stdout();
		papersOut = options.papers ? await Sink.file(options.papers) : undefined;
	} catch (err) {
		say(`extract-claims: cannot write the output (${String(err)})`);
		return 1;
	}
	const progress = new Progress(process.stderr, bytes);
	// Interrupted (Ctrl-C, kill): leave no partial output file behind.
	for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
		process.once(signal, () => {
			progress.clear();
			say(`extract-claims: interrupted; ${options.output ?? 'the output'} not written`);
			void Promise.all([claimsOut.discard(), papersOut?.discard()]).finally(() => process.exit(code));
		});
	}
	const run = new Run(claimsOut, papersOut, progress);
	const perInput: string[] = [];
	try {
		await claimsOut.write(CLAIM_COLUMNS.join(',') + '\n');
		if (papersOut) await papersOut.write(PAPER_COLUMNS.join(',') + '\n');
		for (const input of options.inputs) {
			try {
				perInput.push(await processInput(run, input, options.format));
			} catch (err) {
				// The file vanished or broke mid-read: the others are still worth writing.
				run.totals.unreadable = true;
				perInput.push(`${input}: cannot be read (${err instanceof Error ? err.message : String(err)})`);
			}
		}
		await claimsOut.commit();
		if (papersOut) await papersOut.commit();
	} catch (err) {
		progress.clear();
		await claimsOut.discard();
		if (papersOut) await papersOut.discard();
		const files = [options.output, options.papers].filter(Boolean).join(' and ');
		say(`extract-claims: cannot write the output (${err instanceof Error ? err.message : String(err)}); stopped${files ? `, ${files} not written` : ''}`);
		return 1;
	}
	progress.clear();

	const t = run.totals;
	for (const line of perInput) say(line);
	for (const issue of t.issues) say(`  ${formatIssue(issue)}`);
	if (t.issueCount > t.issues.length) say(`  ... and ${t.issueCount - t.issues.length} more issues`);
	const written = [options.output ?? 'standard output', options.papers].filter(Boolean).join(' and ');
	say(`total: ${count(t.papers, 'paper')}, ${count(t.claims, 'claim')}, ${count(t.issueCount, 'issue')}; wrote ${written}`);
	if (options.stats) {
		const seconds = Number(process.hrtime.bigint() - started) / 1e9;
		const cpu = process.cpuUsage();
		// CPU seconds (user + system) alongside wall seconds: on a shared machine they show the
		// work done, whatever the waiting for a core.
		const cpuSeconds = (cpu.user + cpu.system) / 1e6;
		const stats = { inputBytes: t.bytes, papers: t.papers, claims: t.claims, seconds, cpuSeconds, maxRssKiB: process.resourceUsage().maxRSS };
		say(`stats: ${JSON.stringify(stats)}`);
	}
	return t.unreadable ? 1 : 0;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(err) => {
		say(`extract-claims: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
		process.exitCode = 1;
	}
);
