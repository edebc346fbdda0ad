/**
 * A minimal static file server on 127.0.0.1 for benchmarks: the production build at `/`, the
 * Vega-Lite peer at `/__peer/` and generated data at `/__bench/`. SPA fallback to 404.html as
 * adapter-static deploys expect. Only loopback; stops with `close()`.
 * `overrides` maps exact URL paths to files (e.g. the build's hashed claims CSV to a generated
 * one); the map is read per request, so a benchmark can swap the data between page loads.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.csv': 'text/csv; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export interface Mounts {
	[prefix: string]: string;
}

function safeJoin(root: string, path: string): string | null {
	const full = resolve(root, '.' + normalize(decodeURIComponent(path)));
	return full.startsWith(resolve(root)) ? full : null;
}

export function serveStatic(mounts: Mounts, port = 0, overrides: Map<string, string> = new Map()): Promise<{ server: Server; url: string }> {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		const override = overrides.get(path);
		if (override) {
			res.writeHead(200, { 'content-type': TYPES[extname(override)] ?? 'application/octet-stream' });
			createReadStream(override).pipe(res);
			return;
		}
		const prefix = prefixes.find((p) => path.startsWith(p)) ?? '/';
		const root = mounts[prefix];
		let file = safeJoin(root, path.slice(prefix.length - 1) || '/');
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file || !existsSync(file)) {
			if (existsSync(file + '.html')) file = file + '.html';
			else file = join(root, existsSync(join(root, '404.html')) ? '404.html' : 'index.html');
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const p = typeof address === 'object' && address ? address.port : port;
			ok({ server, url: `http://127.0.0.1:${p}` });
		})
	);
}
