import type { Page } from '@playwright/test';
import { DEFAULT_PARAMETERS, type MemoryModel } from '../../src/lib/srs/memory-model';
import { applyGrade, replayReviews } from '../../src/lib/srs/scheduler';
import type { CardState } from '../../src/lib/srs';
import { expect, test } from './fixtures';
import { fastForgetterHistory } from './memory-history';
import { readStored, seedStored, type StoredReview } from './storage';

/** The stored memory model, read with the raw IndexedDB API (no app code). */
async function storedModel(page: Page): Promise<MemoryModel | null> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('stride');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const row = await new Promise<{ memoryModel?: unknown } | undefined>((resolve, reject) => {
			const request = db.transaction('settings').objectStore('settings').get('settings');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return (row?.memoryModel ?? null) as never;
	});
}

/** Seeds a year of a fast forgetter's answers and opens the memory model page on them. */
async function seedFastForgetter(page: Page) {
	const history = fastForgetterHistory(Date.now());
	await page.goto('/memory');
	await expect(page.getByTestId('fit-count')).toHaveText('0 of 400 so far: keep quizzing.');
	await seedStored(page, history);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Fit my parameters' })).toBeEnabled();
	return history;
}

/** Each studied card as replaying its answers with `parameters` schedules it. */
function replayed(reviews: readonly StoredReview[], parameters: readonly number[]): Map<string, CardState> {
	const byFact = new Map<string, { grade: 'again' | 'good'; at: number }[]>();
	for (const review of reviews) {
		const list = byFact.get(review.factId) ?? [];
		list.push({ grade: review.grade as 'again' | 'good', at: review.reviewedAt });
		byFact.set(review.factId, list);
	}
	const settings = { desiredRetention: 0.9, memoryModel: { parameters } };
	return new Map([...byFact].map(([factId, list]) => [factId, replayReviews(factId, list, settings)]));
}

test('a fit runs in a worker with a progress bar, is kept because it predicts better, persists, and schedules every card', async ({
	page,
	learner
}) => {
	const history = await seedFastForgetter(page);
	await expect(page.getByTestId('parameters-in-use')).toContainText('FSRS-6’s default parameters');

	await page.getByRole('button', { name: 'Fit my parameters' }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	// The page answers while fsrs-rs fits: the parameter list opens at once.
	await page.getByText('The 21 parameters').click();
	await expect(page.getByRole('table', { name: 'Parameters in use beside the defaults' })).toBeVisible();

	const outcome = page.getByTestId('fit-outcome');
	await expect(outcome).toContainText('Kept: the fitted parameters predict your history better', { timeout: 60_000 });
	const scores = outcome.getByRole('table');
	await expect(scores.getByRole('row', { name: /Log loss/ })).toContainText('lower');
	await expect(scores.getByRole('row', { name: /RMSE/ })).toContainText('lower');

	await page.reload();
	await expect(page.getByTestId('parameters-in-use')).toContainText('Your own parameters, fitted on');
	const model = (await storedModel(page))!;
	expect(model.parameters).toHaveLength(21);
	expect(model.parameters).not.toEqual(DEFAULT_PARAMETERS);
	expect(model.lastFit).toMatchObject({ kept: true });
	expect(model.lastFit!.after.logLoss).toBeLessThan(model.lastFit!.before.logLoss);
	// The steeper forgetting curve is found: w20 (decay) rises from the default 0.1542.
	expect(model.parameters![20]).toBeGreaterThan(DEFAULT_PARAMETERS[20]!);

	// Every card was rescheduled with the fitted parameters…
	const stored = await readStored(page);
	const expected = replayed(history.reviews, model.parameters!);
	for (const card of stored.cards) expect(card, card.factId).toEqual(expected.get(card.factId));
	const withDefaults = replayed(history.reviews, DEFAULT_PARAMETERS);
	expect(
		stored.cards.filter((card) => card.stability !== withDefaults.get(card.factId)!.stability).length
	).toBeGreaterThan(stored.cards.length / 2);

	// …and a new answer is scheduled with them.
	await page.goto('/quiz');
	await learner.answerByKeyboard(true);
	const after = await readStored(page);
	const newest = after.reviews.reduce((a, b) => (a.reviewedAt > b.reviewedAt ? a : b));
	const settings = { desiredRetention: 0.9, memoryModel: { parameters: model.parameters } };
	expect(newest.after).toEqual(
		applyGrade(newest.before as unknown as CardState, newest.grade as 'again' | 'good', newest.reviewedAt, settings)
	);
});

test('fitting again on the same history is refused: the new parameters predict no better, and the ones in use stay', async ({
	page
}) => {
	await seedFastForgetter(page);
	const fit = page.getByRole('button', { name: 'Fit my parameters' });
	const outcome = page.getByTestId('fit-outcome');
	await fit.click();
	await expect(outcome).toContainText('Kept', { timeout: 60_000 });
	const first = (await storedModel(page))!;

	await fit.click();
	await expect(outcome).toContainText('Not kept: the fitted parameters would not predict your history better', {
		timeout: 60_000
	});
	await page.reload();
	const second = (await storedModel(page))!;
	expect(second.parameters).toEqual(first.parameters);
	expect(second.lastFit).toMatchObject({ kept: false });
	await expect(page.getByTestId('last-fit')).toContainText('not kept');
});

test('cancel stops a fit and changes nothing; back to defaults reschedules and is undone by “use my fitted parameters again”', async ({
	page
}) => {
	const history = await seedFastForgetter(page);
	await page.getByRole('button', { name: 'Fit my parameters' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByTestId('fit-outcome')).toContainText('Cancelled: nothing changed.');
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	expect((await storedModel(page))?.parameters ?? null).toBeNull();

	await page.getByRole('button', { name: 'Fit my parameters' }).click();
	await expect(page.getByTestId('fit-outcome')).toContainText('Kept', { timeout: 60_000 });
	const fitted = (await storedModel(page))!.parameters!;

	await page.getByRole('button', { name: 'Back to defaults' }).click();
	await expect(page.getByTestId('parameters-in-use')).toContainText('FSRS-6’s default parameters');
	await page.reload();
	await expect(page.getByTestId('parameters-in-use')).toContainText('FSRS-6’s default parameters');
	const defaults = replayed(history.reviews, DEFAULT_PARAMETERS);
	for (const card of (await readStored(page)).cards) expect(card).toEqual(defaults.get(card.factId));

	await page.getByRole('button', { name: 'Use my fitted parameters again' }).click();
	await expect(page.getByTestId('parameters-in-use')).toContainText('Your own parameters');
	await page.reload();
	expect((await storedModel(page))!.parameters).toEqual(fitted);
	const refitted = replayed(history.reviews, fitted);
	for (const card of (await readStored(page)).cards) expect(card).toEqual(refitted.get(card.factId));
});

test('below the minimum history the button waits and says why', async ({ page, quiz }) => {
	await quiz.answerByKeyboard(true);
	await page.goto('/memory');
	await expect(page.getByTestId('fit-count')).toHaveText('0 of 400 so far: keep quizzing.');
	const fit = page.getByRole('button', { name: 'Fit my parameters' });
	await expect(fit).toBeDisabled();
	await expect(fit).toHaveAccessibleDescription(
		'A fit needs 400 answers given a day or more after the one before: on fewer it would mostly fit chance. 0 of 400 so far: keep quizzing.'
	);
});

test('where the browser cannot run WebAssembly the page says so, and the app is unaffected', async ({
	page,
	learner
}) => {
	await page.addInitScript(() => Reflect.deleteProperty(globalThis, 'WebAssembly'));
	await page.goto('/memory');
	await expect(page.getByTestId('fit-unsupported')).toContainText('This browser cannot run the optimiser');
	await expect(page.getByRole('button', { name: 'Fit my parameters' })).toHaveCount(0);
	await page.goto('/quiz');
	await learner.answerByKeyboard(true);
	expect((await readStored(page)).reviews).toHaveLength(1);
});

test('the review log exported from Your data imports into the memory page to be scored and fitted, adding nothing', async ({
	page
}) => {
	await seedFastForgetter(page);
	const ownReviews = (await page.getByText(/reviews? to learn from/).textContent())!.match(/[\d,]+/)![0];
	await page.goto('/data');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download review log (CSV)' }).click()
	]);
	const csv = await download.path();
	const before = await readStored(page);

	await page.goto('/memory');
	await page.getByLabel('Choose a revlog CSV').setInputFiles(csv);
	const outcome = page.getByTestId('file-outcome');
	// The same history, read back from the file: as many reviews to predict as Stride's own.
	await expect(outcome).toContainText(`${before.cards.length} cards, ${ownReviews} reviews to predict`);
	await expect(outcome.getByRole('table', { name: 'How well each set predicts this file' })).toBeVisible();
	await outcome.getByRole('button', { name: 'Fit to this file' }).click();
	const fitted = outcome.getByRole('table', { name: /Parameters fitted to this file/ });
	await expect(fitted).toBeVisible({ timeout: 60_000 });
	await expect(fitted.getByRole('row', { name: /Log loss/ })).toContainText('lower');

	await page.reload();
	const after = await readStored(page);
	expect(after.reviews).toHaveLength(before.reviews.length);
	expect(after.cards).toEqual(before.cards);
	expect((await storedModel(page))?.parameters ?? null).toBeNull();
});

test('a file that is not a revlog is refused with a reason, and nothing changes', async ({ page }) => {
	await page.goto('/memory');
	await page.getByLabel('Choose a revlog CSV').setInputFiles({
		name: 'notes.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('front,back\nquadriceps,front of the thigh\n')
	});
	await expect(page.getByTestId('file-outcome').getByRole('alert')).toContainText('notes.csv could not be read:');
	expect((await readStored(page)).reviews).toHaveLength(0);
});
