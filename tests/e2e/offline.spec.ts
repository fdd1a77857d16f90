import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerUntilSummary } from './fixtures';
import { countReviews, expectConsistent, goOffline, readStored, waitForServiceWorker } from './storage';

test('after one visit: reload, a full quiz and other pages offline; the answers are there online', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('10');
	await waitForServiceWorker(page);

	await goOffline(context, page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
	await expect(page.getByTestId('new-count')).toHaveText('10');

	await page.getByRole('link', { name: "Start today's quiz" }).click();
	// The fifth is missed; its fact comes back later in the session and is answered right.
	expect(await answerUntilSummary(page, new Set([5]))).toBe(11);
	await expect(page.getByText('You got 10 of 11 right.')).toBeVisible();
	expect(await countReviews(page)).toBe(11);

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
	expect(stored.reviews).toHaveLength(11);
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
		await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
		expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
		expect(manifest.errors).toEqual([]);
		await expect
			.poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors)
			.toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
