import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Client-only app: every route prerenders an empty shell; `fallback` serves deep links.
		adapter: adapter({ fallback: '200.html' })
	}
};

export default config;
