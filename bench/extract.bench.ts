/**
 * `npm run bench:extract`: the CLI on a synthetic arXiv-shaped corpus of 10,000 and 100,000
 * records (abstracts/s, MB/s, peak RSS, and the RSS ratio to show memory is flat in corpus size),
 * then findClaims on 100 KB adversarial texts. Prints figures; asserts nothing about time.
 * The corpus is written to .bench/ (git-ignored) and reused while the generator is unchanged.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Claim } from '../src/lib/claims/schema.ts';
import { ClaimsCsvEncoder } from '../src/lib/extract/claim-rows.ts';
import { findClaims } from '../src/lib/extract/find.ts';
import { paperFromJsonLine } from '../src/lib/extract/readers/jsonl.ts';
import type { Paper } from '../src/lib/extract/types.ts';
import { adversarialTexts, corpusLines } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.bench');
/** Bump when corpus.ts changes so cached corpora are rebuilt. */
const GENERATOR_VERSION = 2;
const TSX = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;

async function corpus(records: number): Promise<string> {
	const path = join(DIR, `arxiv-synthetic-v${GENERATOR_VERSION}-${records}.jsonl`);
	if (existsSync(path)) return path;
	mkdirSync(DIR, { recursive: true });
	const partial = `${path}.partial`;
	const out = createWriteStream(partial);
	let batch: string[] = [];
	for (const line of corpusLines(records)) {
		batch.push(line);
		if (batch.length === 1000) {
			if (!out.write(batch.join('\n') + '\n')) await once(out, 'drain');
			batch = [];
		}
	}
	out.end(batch.length ? batch.join('\n') + '\n' : '');
	await once(out, 'finish');
	renameSync(partial, path);
	return path;
}

interface Stats {
	inputBytes: number;
	papers: number;
	claims: number;
	seconds: number;
	/** CPU time of the whole process (startup included): the work, whatever the machine's load. */
	cpuSeconds: number;
	maxRssKiB: number;
}

function runCli(path: string): Stats & { wallSeconds: number } {
	const t0 = performance.now();
	const r = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'bin/extract-claims.ts'), path, '-o', join(DIR, 'out.csv'), '--stats'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const wallSeconds = (performance.now() - t0) / 1000;
	const m = /stats: (\{.*\})/.exec(r.stderr);
	if (r.status !== 0 || !m) throw new Error(`the CLI failed (exit ${r.status}):\n${r.stderr}`);
	return { ...(JSON.parse(m[1]) as Stats), wallSeconds };
}

/** CPU milliseconds `f` takes (user + system): unaffected by other processes waiting for a core. */
function cpuMs(f: () => void): number {
	const t0 = process.cpuUsage();
	f();
	const d = process.cpuUsage(t0);
	return (d.user + d.system) / 1000;
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
	console.log('extract-claims on synthetic arXiv JSON Lines (one process, one core)');
	const rows: Array<Stats & { wallSeconds: number; records: number }> = [];
	for (const records of [10_000, 100_000]) {
		const path = await corpus(records);
		const s = runCli(path);
		rows.push({ ...s, records });
		const mb = s.inputBytes / 1e6;
		console.log(
			`  ${records.toLocaleString('en').padStart(7)} records, ${fmt(mb)} MB, ${s.claims.toLocaleString('en')} claims, peak RSS ${fmt(s.maxRssKiB / 1024)} MiB\n` +
				`      per CPU second: ${fmt(s.papers / s.cpuSeconds, 0)} abstracts/s, ${fmt(mb / s.cpuSeconds)} MB/s (${fmt(s.cpuSeconds, 2)} CPU s incl. startup)\n` +
				`      wall clock:     ${fmt(s.papers / s.seconds, 0)} abstracts/s, ${fmt(mb / s.seconds)} MB/s (${fmt(s.seconds, 2)} s in the CLI, ${fmt(s.wallSeconds, 2)} s with startup)`
		);
	}
	const [small, large] = rows;
	console.log(
		`  peak RSS ${fmt(large.records / small.records, 0)}x the records: ${fmt(large.maxRssKiB / small.maxRssKiB, 2)}x the memory ` +
			`(corpus ${fmt(statSync(join(DIR, `arxiv-synthetic-v${GENERATOR_VERSION}-100000.jsonl`)).size / 1e6)} MB)`
	);

	console.log('where the time goes, in process on the 10,000-record corpus (CPU time, best of 2)');
	const buf = readFileSync(join(DIR, `arxiv-synthetic-v${GENERATOR_VERSION}-10000.jsonl`));
	const mbps = (ms: number) => `${fmt(buf.length / 1e6 / (ms / 1000))} MB/s`;
	const best = (f: () => void) => {
		let t = Infinity;
		for (let i = 0; i < 2; i++) t = Math.min(t, cpuMs(f));
		return t;
	};
	// Each stage is timed as the CLI runs it, streaming: what it makes is counted, not kept (keeping
	// 10,000 papers or 63,000 claims alive while timing charged the stage garbage-collector work
	// the CLI does not do). The inputs of the next stage are built outside the timing.
	/** Uses what a stage makes, so no stage is optimized away. */
	let checksum = 0;
	const readPapers = (keep: Paper[] | null) => {
		for (let a = 0, nl = buf.indexOf(10), line = 1; nl !== -1; a = nl + 1, nl = buf.indexOf(10, a), line++) {
			const r = paperFromJsonLine(buf.toString('utf8', a, nl), 'bench', line);
			if (r?.paper) {
				if (keep) keep.push(r.paper);
				else checksum += r.paper.abstract.length;
			}
		}
	};
	const tRead = best(() => readPapers(null));
	const papers: Paper[] = [];
	readPapers(papers);
	const tFind = best(() => {
		for (const p of papers) checksum += findClaims(p).length;
	});
	const claims: Claim[] = [];
	for (const p of papers) for (const c of findClaims(p)) claims.push(c);
	// The CLI's own row encoder (claim-rows.ts), fed and emptied in batches of about one read
	// chunk's claims, as the CLI does.
	const encoder = new ClaimsCsvEncoder();
	const batches: Claim[][] = [];
	for (let i = 0; i < claims.length; i += 5000) batches.push(claims.slice(i, i + 5000));
	const tCsv = best(() => {
		for (const batch of batches) {
			encoder.addClaims(batch);
			checksum += encoder.take().length;
		}
	});
	console.log(`  split + JSON.parse + paper: ${fmt(tRead, 0)} ms (${mbps(tRead)}); findClaims: ${fmt(tFind, 0)} ms (${mbps(tFind)}); CSV rows: ${fmt(tCsv, 0)} ms (${mbps(tCsv)})`);

	console.log('findClaims on 100 KB adversarial texts (CPU time, best of 3, after one warm-up run)');
	let worst = 0;
	for (const [name, text] of Object.entries(adversarialTexts())) {
		const paper = { paper_id: 'adversarial', title: 'Adversarial', date: '', abstract: text, source: 'bench', line: 1 };
		let claims = findClaims(paper).length;
		let best = Infinity;
		for (let i = 0; i < 3; i++) best = Math.min(best, cpuMs(() => (claims = findClaims(paper).length)));
		worst = Math.max(worst, best);
		console.log(`  ${name.padEnd(30)} ${fmt(best, 1).padStart(8)} ms  (${claims} claims)`);
	}
	console.log(`  slowest: ${fmt(worst, 1)} ms (goal: under 200 ms)`);
}

await main();
