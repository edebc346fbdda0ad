import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The app is static files: every route is prerendered, unknown paths fall back to the SPA shell.
		adapter: adapter({ fallback: '404.html' }),
		prerender: { handleHttpError: 'warn' },
		// The stylesheets (~20 KB in all) are written into each page: three render-blocking requests
		// held the first paint ~50 ms on a fast local server, more over a network.
		inlineStyleThreshold: 32 * 1024
	}
};

export default config;
