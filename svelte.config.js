import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The app is static files: every route is prerendered, unknown paths fall back to the SPA shell.
		adapter: adapter({ fallback: '404.html' }),
		prerender: { handleHttpError: 'warn' }
	}
};

export default config;
