import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium when present (browsers cannot be
 * downloaded on our CI machines), else Playwright's own Chromium (`npx playwright install chromium`).
 */
const chromiumPath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** PW_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.test.ts',
	timeout: 90_000,
	// CI machines have 2 cores: the production build's first data load can take seconds under load.
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: chromiumPath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `npm run build && npx vite preview --strictPort --port ${port}`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
