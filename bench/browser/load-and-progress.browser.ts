import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
	clearDaySummaries,
	HISTORIES,
	median,
	ms,
	report,
	RUNS,
	seed,
	TIMING_HOOKS,
	type BenchWindow
} from './harness';

/**
 * Cold load → first question, and the progress page, at each history size. "Cold" means an
 * empty HTTP cache and no service worker: the preview server sends every file, as on a first
 * visit (a returning learner's service worker serves them from its cache instead).
 */
test('cold load and progress page at each history size', async ({ browser }) => {
	const now = Date.now();
	const rows: string[] = [];
	const data: Record<string, unknown> = {};
	for (const size of HISTORIES) {
		// Seeded once per size: the measurements change nothing but the day summaries. The
		// seeding visit installs the service worker, which the cold measurements bypass.
		const context = await browser.newContext();
		await context.addInitScript(TIMING_HOOKS);
		const seeding = await context.newPage();
		await seed(seeding, size, now);
		await seeding.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
			timeout: 30_000
		});
		await seeding.close();
		const runs = [];
		const warm = [];
		for (let run = 0; run < RUNS; run++) {
			runs.push(await measure(context));
			warm.push(await returningLearner(context));
		}
		await context.close();
		const result = {
			quizFirstQuestion: median(runs.map((r) => r.quizFirstQuestion)),
			quizFirstQuestionWarm: median(warm),
			firstProgressHistory: median(runs.map((r) => r.firstProgressHistory)),
			progressMastery: median(runs.map((r) => r.progressMastery)),
			progressHistory: median(runs.map((r) => r.progressHistory)),
			navigateMastery: median(runs.map((r) => r.navigateMastery)),
			navigateHistory: median(runs.map((r) => r.navigateHistory))
		};
		data[size.name] = result;
		rows.push(
			`| ${size.name} | ${ms(result.quizFirstQuestion)} | ${ms(result.quizFirstQuestionWarm)} | ${ms(result.firstProgressHistory)} | ${ms(result.progressMastery)} | ${ms(result.progressHistory)} | ${ms(result.navigateMastery)} | ${ms(result.navigateHistory)} |`
		);
	}
	report(
		'Cold load and progress page (ms)',
		[
			'| history | open /quiz → first question | same, returning (service worker) | first open of /progress → history (builds day summaries) | open /progress → mastery | open /progress → history | Today → Progress click → mastery | Today → Progress click → history |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
			...rows
		].join('\n'),
		data
	);
});

async function measure(context: BrowserContext) {
	const coldPage = async (path: string, before?: (page: Page) => Promise<void>): Promise<Page> => {
		const page = await context.newPage();
		if (before) {
			await page.goto('/favicon.svg');
			await before(page);
		}
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setBypassServiceWorker', { bypass: true });
		await cdp.send('Network.clearBrowserCache');
		await page.goto(path);
		return page;
	};
	const bench = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__bench);
	const waitFor = (page: Page, key: keyof BenchWindow['__bench']) =>
		page.waitForFunction((key) => (window as unknown as BenchWindow).__bench[key] !== null, key, { polling: 100 });

	// Times from navigation start (performance.now() is 0 there).
	const quiz = await coldPage('/quiz');
	await waitFor(quiz, 'firstQuestionAt');
	const quizFirstQuestion = (await bench(quiz)).firstQuestionAt!;
	await quiz.close();

	// The first visit after an upgrade (or an import) builds the year's day summaries.
	const first = await coldPage('/progress', clearDaySummaries);
	await waitFor(first, 'historyShownAt');
	const building = await bench(first);
	await first.close();

	const progress = await coldPage('/progress');
	await waitFor(progress, 'historyShownAt');
	const direct = await bench(progress);
	await progress.close();

	// Within the app: from the click on Progress in the menu, the second time (its code
	// already loaded), so this is the page's own work: reads, computing, rendering.
	const today = await context.newPage();
	await today.goto('/');
	await expect(today.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await today.getByRole('link', { name: 'Progress', exact: true }).click();
	await waitFor(today, 'historyShownAt');
	await today.getByRole('link', { name: 'Today', exact: true }).click();
	await expect(today.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await today.evaluate(() => {
		const bench = (window as unknown as BenchWindow).__bench;
		bench.masteryShownAt = bench.historyShownAt = null;
	});
	await today.getByRole('link', { name: 'Progress', exact: true }).click();
	await waitFor(today, 'historyShownAt');
	const navigated = await bench(today);
	await today.close();

	return {
		quizFirstQuestion,
		firstProgressHistory: building.historyShownAt!,
		progressMastery: direct.masteryShownAt!,
		progressHistory: direct.historyShownAt!,
		navigateMastery: navigated.masteryShownAt! - navigated.lastInput!,
		navigateHistory: navigated.historyShownAt! - navigated.lastInput!
	};
}

/**
 * A returning learner: the service worker installed on an earlier visit serves the app's
 * files from its cache, so only IndexedDB and the app's own work remain.
 */
async function returningLearner(context: BrowserContext): Promise<number> {
	const page = await context.newPage();
	await page.goto('/quiz');
	await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstQuestionAt !== null, null, {
		polling: 100
	});
	const firstQuestionAt = (await page.evaluate(() => (window as unknown as BenchWindow).__bench.firstQuestionAt))!;
	await page.close();
	return firstQuestionAt;
}
