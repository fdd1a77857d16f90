import { sveltekit } from '@sveltejs/kit/vite';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './security-headers.js';

export default defineConfig({
	plugins: [sveltekit(), previewLikeStaticHost()],
	resolve: {
		// Dexie's own ES module build. The package's default entry wraps its UMD build (for the
		// dual-package hazard of apps that also require() it): 3 KB more gzip and not
		// tree-shaken. Stride imports Dexie only as an ES module.
		alias: [
			{
				find: /^dexie$/,
				replacement: fileURLToPath(new URL('node_modules/dexie/dist/modern/dexie.mjs', import.meta.url))
			}
		]
	},
	build: {
		rolldownOptions: {
			checks: { bundlerTimings: false },
			output: {
				// Two chunks for the libraries, not a dozen: every page needs the framework (Svelte
				// and SvelteKit's client) and every page that stores progress needs Dexie, whole.
				// Split by module they were ~12 files of a few hundred bytes each: on a phone each
				// is a request (six at a time over HTTP/1.1) and each gzips alone, so the same code
				// weighed 2–3 KB more. The app's own modules keep the automatic split, which loads
				// on each page only what it uses (BENCHMARKS.md, issue 16).
				codeSplitting: {
					groups: [
						{ name: 'framework', test: /node_modules[\\/](svelte|@sveltejs|esm-env|clsx|devalue)[\\/]/, priority: 2 },
						{ name: 'dexie', test: /node_modules[\\/]dexie[\\/]/, priority: 1 }
					]
				}
			}
		}
	},
	// The fitting worker imports modules (and fsrs-browser's WebAssembly): an ES module worker,
	// which every browser Stride supports can start.
	worker: { format: 'es' },
	// The headers a host must send (README, Hosting; the same as static/_headers).
	preview: { headers: { ...SECURITY_HEADERS } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup/fast-check-seed.ts'],
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/vitest.json' }
	}
});

/**
 * Makes `vite preview` serve the app as a static host serves build/:
 * - `preview.headers` on every response. Vite applies them only to files it serves itself, and
 *   under SvelteKit it serves none (SvelteKit's preview middleware serves pages and assets).
 *   A page SvelteKit renders on request (an unknown path) carries SvelteKit's own
 *   Content-Security-Policy header: ours is kept beside it, and a browser enforces both.
 * - the adapter's fallback page, /200.html, which the adapter writes to build/ only and the
 *   service worker precaches (without it there, the service worker would not install).
 */
function previewLikeStaticHost(): Plugin {
	return {
		name: 'stride:preview-like-static-host',
		configurePreviewServer(server) {
			const headers = Object.entries(server.config.preview.headers ?? {}).filter(([, value]) => value !== undefined);
			const policy = headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
			server.middlewares.use((req, res, next) => {
				for (const [name, value] of headers) res.setHeader(name, value!);
				if (policy !== undefined) {
					const setHeader = res.setHeader.bind(res);
					res.setHeader = ((name, value) =>
						setHeader(
							name,
							name.toLowerCase() === 'content-security-policy' ? [String(policy), ...[value].flat().map(String)] : value
						)) as typeof res.setHeader;
				}
				if (new URL(req.url ?? '/', 'http://preview').pathname !== '/200.html') return next();
				readFile('build/200.html').then(
					(html) => res.setHeader('Content-Type', 'text/html; charset=utf-8').end(html),
					() => next()
				);
			});
		}
	};
}
