import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Client-only app: every route prerenders an empty shell; `fallback` serves deep links.
		adapter: adapter({ fallback: '200.html' }),
		// Every page's CSS inlined into its HTML (10–19 KB; 4–6 KB gzip with the page): a
		// stylesheet blocks the first paint, and on a phone each was a round trip before anything
		// showed (ten on the quiz). The style-src policy below already allows inline styles.
		inlineStyleThreshold: Infinity,
		// Strict Content-Security-Policy, as a <meta> tag in every prerendered page. Hash mode:
		// SvelteKit adds the hash of its one inline boot script, so no script runs unless it is
		// that script or a file of our own origin — no 'unsafe-inline', no 'unsafe-eval'.
		// Styles allow inline style attributes (Svelte sets some, e.g. style:width).
		// 'wasm-unsafe-eval' lets WebAssembly compile, and nothing else: fsrs-browser's optimiser
		// (the memory-model fit) is WebAssembly. It allows no JavaScript eval; a worker is governed
		// by its own response's policy, but a host that sends this policy as a header with every
		// file would block the fit without it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				// Sync talks to the learner's own CouchDB, whose address only the learner knows: any
				// https origin, and plain http to this device alone (a server on the same machine).
				// Nothing else: no other plain-http origin, no websockets, no data: URLs.
				'connect-src': ['self', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
