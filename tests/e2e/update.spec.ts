import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync, writeFileSync } from 'node:fs';
import { countReviews, waitForServiceWorker } from './storage';

/**
 * A new version of Stride, deployed while the app is open. The preview server serves the
 * built service worker from disk, so the test deploys a "new version" by rewriting that file
 * with a different version string (the same length: the server keeps each file's size from
 * start-up). The browser then finds a byte-different service worker, as after a real deploy.
 */
const SERVICE_WORKER = '.svelte-kit/output/client/service-worker.js';
const VERSION_FILE = '.svelte-kit/output/client/_app/version.json';

let original: string;
let oldVersion: string;
let newVersion: string;

test.beforeEach(() => {
	original = readFileSync(SERVICE_WORKER, 'utf8');
	oldVersion = (JSON.parse(readFileSync(VERSION_FILE, 'utf8')) as { version: string }).version;
	newVersion = oldVersion.replace(/.$/, (digit) => (digit === '9' ? '8' : String(Number(digit) + 1)));
	expect(newVersion).toHaveLength(oldVersion.length);
	expect(original).toContain(`\`${oldVersion}\``);
});

test.afterEach(() => {
	writeFileSync(SERVICE_WORKER, original);
});

function deployNewVersion(): void {
	writeFileSync(SERVICE_WORKER, original.replace(`\`${oldVersion}\``, `\`${newVersion}\``));
}

async function checkForUpdate(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('a new version waits during a quiz, and takes over only on "Reload to update"', async ({
	page,
	context,
	learner,
	expectNoAxeViolations
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	expect(await cacheNames(page)).toEqual([`stride-${oldVersion}`]);

	await page.getByRole('link', { name: "Start today's quiz" }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await learner.answerByKeyboard(true);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of 11')).toBeVisible();
	// Anything the page keeps in memory disappears on a reload: this marks the running page.
	await page.evaluate(() => ((window as unknown as { runningPage: string }).runningPage = 'quiz'));

	deployNewVersion();
	await checkForUpdate(page);
	const banner = page.getByRole('button', { name: 'Reload to update' });
	await expect(banner).toBeVisible();
	await expect(page.getByText('A new version of Stride is ready.')).toBeVisible();
	await expectNoAxeViolations();

	// Installed and waiting; the old version still serves this page, and the quiz goes on.
	expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
	expect((await cacheNames(page)).sort()).toEqual([`stride-${oldVersion}`, `stride-${newVersion}`].sort());
	await learner.answerByKeyboard(true);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 3 of 12')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { runningPage?: string }).runningPage)).toBe('quiz');

	// A second tab sees the offer too; when the first applies it, the second is not reloaded.
	const other = await context.newPage();
	await other.goto('/');
	await expect(other.getByRole('button', { name: 'Reload to update' })).toBeVisible();
	await other.evaluate(() => ((window as unknown as { runningPage: string }).runningPage = 'other'));

	await Promise.all([page.waitForEvent('load'), banner.click()]);
	await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { runningPage?: string }).runningPage)).toBeUndefined();
	expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
	expect(await cacheNames(page)).toEqual([`stride-${newVersion}`]);
	expect(await countReviews(page)).toBe(2);

	await expect(other.getByText('Stride was updated in another tab.')).toBeVisible();
	expect(await other.evaluate(() => (window as unknown as { runningPage?: string }).runningPage)).toBe('other');
});
