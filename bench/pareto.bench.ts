/**
 * `npm run bench:pareto`: how long the trade-off chart's pure pipeline takes on synthetic claims
 * (pair claims into points, the frontier, the full geometry), and the frontier alone on 100k
 * random points. Prints figures; asserts nothing about time.
 */
import { generateClaims } from './synthetic-claims.ts';
import { createParetoGeometry, DEFAULT_PAIRING, pairClaims, paretoFrontier } from '../src/lib/charts/pareto/index.ts';

function time<T>(label: string, fn: () => T, runs = 5): T {
	let result!: T;
	const ms: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		const c = process.cpuUsage();
		result = fn();
		const used = process.cpuUsage(c);
		ms.push(performance.now() - t);
		cpu.push((used.user + used.system) / 1000);
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1).padStart(7);
	// CPU time is printed too: on a shared machine wall time includes waiting for a core.
	console.log(`${label.padEnd(46)} median ${median(ms)} ms wall, ${median(cpu)} ms CPU`);
	return result;
}

console.log(`load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
for (const n of [10_000, 100_000]) {
	const claims = generateClaims(n, 42);
	const papers = new Set(claims.map((c) => c.paper_id)).size;
	const pairing = time(`pairClaims: ${n} claims, ${papers} papers`, () => pairClaims(claims, DEFAULT_PAIRING));
	const perContext = time(`pairClaims per context: ${n} claims`, () => pairClaims(claims, { ...DEFAULT_PAIRING, per: 'context' }));
	time(`paretoFrontier: ${pairing.points.length} points`, () => paretoFrontier(pairing.points, { x: 'higher', y: 'higher' }));
	time(`createParetoGeometry: ${pairing.points.length} points`, () => createParetoGeometry(pairing, { width: 1000, height: 560 }, { xScale: 'log', yScale: 'linear' }));
	console.log(`  (${perContext.points.length} points per context)`);
}

let seed = 7;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const cloud = Array.from({ length: 100_000 }, (_, i) => ({ x: Math.exp(rand() * 5), y: rand() * 40 - 10, id: String(i) }));
const front = time('paretoFrontier: 100000 random points', () => paretoFrontier(cloud, { x: 'higher', y: 'higher' }));
console.log(`  (${front.length} on the frontier)`);
