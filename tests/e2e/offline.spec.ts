import { chromium, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countReviews, expectConsistent, goOffline, readStored, waitForServiceWorker } from './storage';

test('after one visit: reload, a full quiz and other pages offline; the answers are there online', async ({
	page,
	context,
	learner
}) => {
	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('10');
	await waitForServiceWorker(page);

	await goOffline(context, page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await expect(page.getByTestId('new-count')).toHaveText('10');

	await page.getByRole('link', { name: "Start today's quiz" }).click();
	// The fifth is missed; its fact comes back later in the session and is answered right.
	// Each fact's ten-minute step is asked at the end too (learn-ahead): 10 + 1 + 10.
	expect(await learner.answerUntilSummary(new Set([5]))).toBe(21);
	await expect(page.getByText('9 of 10 right first time.')).toBeVisible();
	expect(await countReviews(page)).toBe(21);

	// Any page opens by its address offline, query string included.
	for (const [path, heading] of [
		['/data', 'Your data'],
		['/review', 'Review missed'],
		['/progress', 'Progress'],
		['/quiz?kind=true-false', 'Nothing to practise right now']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	}

	await context.setOffline(false);
	await page.goto('/');
	await page.reload();
	await expect(page.getByTestId('new-count')).toHaveText('0');
	await expect(page.getByText(/10 of \d+ facts studied/)).toBeVisible();
	const stored = await readStored(page);
	expect(stored.reviews).toHaveLength(21);
	expectConsistent(stored);
});

test('is installable: Chromium finds a valid manifest, icons and a service worker', async ({ baseURL }) => {
	// Installability is never reported in an incognito-like context, so this test uses a
	// persistent profile of its own.
	const profile = mkdtempSync(join(tmpdir(), 'stride-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: test.info().project.use.launchOptions?.executablePath,
		args: test.info().project.use.launchOptions?.args
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(baseURL!);
		// A fresh profile: the first visit's welcome, not Today, is the page.
		await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Stride' })).toBeVisible();
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
		expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
		expect(manifest.errors).toEqual([]);
		await expect
			.poll(
				async () =>
					((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors
			)
			.toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

const UNKNOWN_DEEP_LINKS = [
	['/fact/not-a-fact', 'No such fact'],
	['/learn/nope', 'There is no muscle group called “nope”.'],
	['/a/b/c', 'There is no page at /a/b/c.']
] as const;

/** The app's own not-found page, in the app's layout, with a link home that works. */
async function expectNotFoundPage(page: Page, path: string, message: string): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), path).toBeVisible();
	await expect(page.getByText(message), path).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' }), path).toBeVisible();
	await page.getByRole('link', { name: 'Go to Today' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today', exact: true }), path).toBeVisible();
	expect(new URL(page.url()).pathname, path).toBe('/');
}

test('online, an unknown deep link shows the app’s own not-found page, axe-clean', async ({
	page,
	expectNoAxeViolations
}) => {
	for (const [path, message] of UNKNOWN_DEEP_LINKS) await expectNotFoundPage(page, path, message);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/fact/not-a-fact');
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(page).toHaveTitle('Page not found · Stride');
		await expectNoAxeViolations();
	}
});

test('offline, an unknown deep link shows the app’s own not-found page, not a white page', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today', exact: true })).toBeVisible();
	await waitForServiceWorker(page);

	await goOffline(context, page);
	for (const [path, message] of UNKNOWN_DEEP_LINKS) await expectNotFoundPage(page, path, message);
});

test('installs where the host does not serve static/_headers, with the fallback page precached', async ({
	page,
	context
}) => {
	// Netlify and Cloudflare Pages read _headers and don't serve it (the preview server does).
	let headersFileRequested = false;
	await context.route('**/_headers', (route) => {
		headersFileRequested = true;
		return route.fulfill({ status: 404, body: 'Not found' });
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today', exact: true })).toBeVisible();
	await waitForServiceWorker(page);
	const cached = await page.evaluate(async () => ({
		fallback: (await caches.match('/200.html'))?.status ?? null,
		headersFile: (await caches.match('/_headers'))?.status ?? null
	}));
	expect(cached).toEqual({ fallback: 200, headersFile: null });
	expect(headersFileRequested).toBe(false);
});
