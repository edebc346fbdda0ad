import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['src/**/*.test.ts', 'bin/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// CI machines have 2 cores and the CLI tests spawn processes: allow for a loaded machine.
		testTimeout: 60_000
	}
});
