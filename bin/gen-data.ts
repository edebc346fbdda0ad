/**
 * `npm run gen:data -- N [-o FILE] [--seed S]`: writes a deterministic synthetic claims CSV of N
 * claims (default file .bench/claims-N.csv) for benchmarks and scale tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeClaimsCsv } from '../src/lib/claims/csv.ts';
import { generateClaims } from '../bench/synthetic-claims.ts';

function usage(message: string): never {
	console.error(`${message}\nusage: npm run gen:data -- N [-o FILE] [--seed S]   (N: number of claims, e.g. 100000)`);
	process.exit(2);
}

const args = process.argv.slice(2);
let n: number | undefined;
let out: string | undefined;
let seed = 42;
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === '-o' || a === '--out') out = args[++i] ?? usage('-o needs a file name');
	else if (a === '--seed') seed = Number(args[++i] ?? usage('--seed needs a number'));
	else if (/^\d+$/.test(a)) n = Number(a);
	else usage(`unknown argument "${a}"`);
}
if (n === undefined || n < 1) usage('give the number of claims');
if (!Number.isInteger(seed)) usage('--seed must be a whole number');
const file = out ?? `.bench/claims-${n}.csv`;
const started = performance.now();
const csv = writeClaimsCsv(generateClaims(n, seed));
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, csv);
console.error(`wrote ${n} claims (${(csv.length / 1e6).toFixed(1)} MB) to ${file} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
