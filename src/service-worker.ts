/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Stride's service worker: after one visit the whole app works offline.
 *
 * - install: precaches this version's app code (`build`), the files of `static/` (`files`),
 *   every prerendered page (`prerendered`) and the adapter's fallback page, 200.html. Host
 *   configuration files in `static/` (`_headers`) are left out: hosts read them and don't serve
 *   them, so precaching one would fail the install.
 * - on demand: the memory model's optimiser (its worker and 1.7 MB of WebAssembly, under
 *   `workers/`) is not precached: most learners never fit, and a first visit should not
 *   download it. It is cached the first time it is fetched, and served from the cache after,
 *   so a fit works offline once one has run.
 * - fetch: precached paths are served from this version's cache first, so a running version
 *   always loads its own code; navigations to other paths go to the network and, offline, fall
 *   back to 200.html, whose client router shows the page or the app's own "Page not found".
 *   Not the prerendered `/` shell: with `paths.relative` its asset URLs (`./_app/…`) are
 *   relative to its own folder and, served at /fact/not-a-fact, would resolve under /fact/ (a
 *   white page). 200.html links its assets by absolute paths, so it works at any depth.
 *   Nothing else is cached (Stride makes no other requests).
 * - update: a new version installs in the background and then waits. It never takes over by
 *   itself: the page asks with a SKIP_WAITING message when the learner presses "Reload to
 *   update" (src/lib/state/app-update.svelte.ts), so code is never swapped under a quiz.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE_PREFIX = 'stride-';
const CACHE = `${CACHE_PREFIX}${version}`;
// svelte.config.js: `adapter({ fallback: '200.html' })`. `vite dev` has no such page (nor any
// prerendered one), so only a build precaches it.
const FALLBACK = `${base}/200.html`;
const HOST_FILES = new Set([`${base}/_headers`, `${base}/_redirects`]);
const ON_DEMAND = new Set(build.filter((file) => file.includes('/workers/')));
const PRECACHED = new Set([
	...build.filter((file) => !ON_DEMAND.has(file)),
	...files.filter((file) => !HOST_FILES.has(file)),
	...prerendered,
	...(import.meta.env.DEV ? [] : [FALLBACK])
]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHED])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			}
			// Take control of the page of the first visit, so it works offline without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (isSkipWaiting(event.data)) void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (PRECACHED.has(url.pathname)) {
		event.respondWith(cacheFirst(url.pathname, request));
	} else if (ON_DEMAND.has(url.pathname)) {
		event.respondWith(cacheOnFirstUse(url.pathname, request));
	} else if (request.mode === 'navigate') {
		event.respondWith(networkThenFallback(request));
	}
});

async function cacheFirst(pathname: string, request: Request): Promise<Response> {
	const cached = await caches.match(pathname, { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function cacheOnFirstUse(pathname: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(pathname);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(pathname, response.clone());
	return response;
}

async function networkThenFallback(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const fallback = await caches.match(FALLBACK, { cacheName: CACHE });
		if (fallback) return fallback;
		throw error;
	}
}

function isSkipWaiting(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';
}
