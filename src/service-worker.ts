/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Stride's service worker: after one visit the whole app works offline.
 *
 * - install: precaches this version's app code (`build`), the files of `static/` (`files`) and
 *   every prerendered page (`prerendered`). The adapter's fallback page (200.html) is not
 *   precached: every route is prerendered, and an unknown path offline gets the `/` shell,
 *   whose client router then shows the right page (or the 404).
 * - fetch: precached paths are served from this version's cache first, so a running version
 *   always loads its own code; navigations to other paths go to the network and fall back to
 *   the shell. Nothing else is cached (Stride makes no other requests).
 * - update: a new version installs in the background and then waits. It never takes over by
 *   itself: the page asks with a SKIP_WAITING message when the learner presses "Reload to
 *   update" (src/lib/state/app-update.svelte.ts), so code is never swapped under a quiz.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE_PREFIX = 'stride-';
const CACHE = `${CACHE_PREFIX}${version}`;
const SHELL = `${base}/`;
const PRECACHED = new Set([...build, ...files, ...prerendered]);

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
	} else if (request.mode === 'navigate') {
		event.respondWith(networkThenShell(request));
	}
});

async function cacheFirst(pathname: string, request: Request): Promise<Response> {
	const cached = await caches.match(pathname, { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function networkThenShell(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const shell = await caches.match(SHELL, { cacheName: CACHE });
		if (shell) return shell;
		throw error;
	}
}

function isSkipWaiting(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';
}
