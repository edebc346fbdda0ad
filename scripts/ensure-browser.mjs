// Before the browser tests: use CHROMIUM_PATH or Debian's /usr/bin/chromium when present (our CI
// machines cannot download browsers); otherwise install Playwright's own Chromium (a laptop).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
if (path) {
	if (!existsSync(path)) {
		console.error(`CHROMIUM_PATH=${path} does not exist: point it at a Chromium binary or unset it.`);
		process.exit(1);
	}
} else {
	console.log('No system Chromium found: installing Playwright\'s Chromium (npx playwright install chromium)');
	const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	if (r.status !== 0) {
		console.error('Could not install a browser. Install Chromium and set CHROMIUM_PATH to it, then run npm test again.');
		process.exit(r.status ?? 1);
	}
}
