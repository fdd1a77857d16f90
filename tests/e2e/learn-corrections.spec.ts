import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DATASET, factById, isGroupFact, render } from '../../src/lib/content/index';
import { anatomyNotes, claimById } from '../../src/lib/content/truth';

/**
 * Where the article contradicts accepted anatomy, the learn pages say what the article claims and
 * what is right, and never state the error as a plain fact. Where anatomy adds groups the article
 * doesn't name, a fact says so, apart from what the article says.
 */

/**
 * How a correction opens: "The article says: …", or the claim's own "The article lists …" (the
 * page doesn't say "the article" twice).
 */
const ARTICLE_SAYS = /The article (says|lists)/;

/** The groups a fact's claim is true of by anatomy alone, as the page names them. */
function alsoTrueNames(factId: string): string[] {
	const fact = factById(factId);
	if (!fact || !isGroupFact(fact)) throw new Error(`No group fact ${factId}`);
	return anatomyNotes(claimById(DATASET, fact.claimId), DATASET.groups)
		.filter(({ group }) => group.id !== fact.groupId)
		.map(({ group }) => render('{group}', group));
}

/** The list item that teaches a fact, by its anchor. */
const factItem = (page: Page, id: string) => page.locator(`#fact-${id.replaceAll('.', '-')}`);

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`learn pages show the article's errors as corrections (${colorScheme})`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme });
		});

		test('hip flexors: weighted hip extensions and the seated butterfly stretch', async ({
			page,
			expectNoAxeViolations
		}) => {
			await page.goto('/learn/hip-flexors');
			await expect(page.getByRole('heading', { name: 'Hip flexors', level: 1 })).toBeVisible();

			const extensions = factItem(page, 'hip-flexors.exercise.weighted-hip-extension');
			await expect(extensions).toContainText('Correction');
			await expect(extensions).toContainText(ARTICLE_SAYS);
			await expect(extensions).toContainText(/weighted hip extensions as a hip-flexor exercise/i);
			await expect(extensions).toContainText('In fact:');
			await expect(extensions).toContainText('Weighted hip extensions do not strengthen the hip flexors');

			const butterfly = factItem(page, 'hip-flexors.exercise.seated-butterfly-stretch');
			await expect(butterfly).toContainText(ARTICLE_SAYS);
			await expect(butterfly).toContainText(/seated butterfly stretch as a hip-flexor exercise/i);
			await expect(butterfly).toContainText('In fact:');
			await expect(butterfly).toContainText('The seated butterfly stretch does not strengthen the hip flexors');

			// The error is never stated as a plain fact.
			const items = await page.locator('main li').allTextContents();
			expect(items.length).toBeGreaterThan(5);
			for (const item of items) {
				expect(item).not.toMatch(/Weighted hip extensions strengthen the hip flexors\./);
				expect(item).not.toMatch(/The seated butterfly stretch strengthens the hip flexors\./);
			}
			// A correction stands alone: no "also true" line under it.
			await expect(extensions).not.toContainText('Also true, not from the article');
			await expectNoAxeViolations();
		});

		test('diaphragm: it can be overused after all', async ({ page, expectNoAxeViolations }) => {
			await page.goto('/learn/diaphragm');
			const overuse = factItem(page, 'diaphragm.injury.cannot-be-overused');
			await expect(overuse).toContainText('Correction');
			await expect(overuse).toContainText('The article says you cannot overuse the diaphragm.');
			await expect(overuse).toContainText('In fact:');
			await expect(overuse).toContainText('it can tire in long, hard efforts');
			await expectNoAxeViolations();
		});

		test('general advice: stretching does not prevent lactic acid build-up', async ({
			page,
			expectNoAxeViolations
		}) => {
			await page.goto('/learn');
			const advice = factById('general.advice.stretching-benefits');
			const stretching = factItem(page, advice!.id);
			// The advice itself is stated, then the article's overreach is corrected.
			await expect(stretching).toContainText(advice!.statement);
			await expect(stretching).toContainText(ARTICLE_SAYS);
			await expect(stretching).toContainText(/prevent cramps and lactic acid build-up/);
			await expect(stretching).toContainText('In fact:');
			await expect(stretching).toContainText('it does not prevent lactic acid build-up');
			await expectNoAxeViolations();
		});

		test('glutes: squats also work other groups, by anatomy rather than the article', async ({
			page,
			expectNoAxeViolations
		}) => {
			await page.goto('/learn/glutes');
			const squats = factItem(page, 'glutes.exercise.squat');
			await expect(squats).toContainText('Squats strengthen the glutes');
			const also = squats.locator('p', { hasText: 'Also true, not from the article' });
			await expect(also).toBeVisible();
			// Exactly the anatomy cells of the claim, never the fact's own group.
			await expect(also.locator('strong')).toHaveText(alsoTrueNames('glutes.exercise.squat'));
			await expect(also.locator('strong')).not.toContainText(['the glutes']);
			await expectNoAxeViolations();
		});
	});
}

test('the "why is this due" page shows a fact’s correction', async ({ page, expectNoAxeViolations }) => {
	await page.goto('/fact/hip-flexors.exercise.weighted-hip-extension');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/Weighted hip extensions do not strengthen the hip flexors/
	);
	await expect(page.getByText('Correction', { exact: true })).toBeVisible();
	await expect(page.getByText('The article lists weighted hip extensions as a hip-flexor exercise.')).toBeVisible();
	// The heading is the correction's first sentence; the block gives the whole of it.
	await expect(page.getByRole('heading', { level: 1 })).not.toContainText('leg lifts');
	await expect(page.getByText(/leg lifts are the way to work the hip flexors/)).toBeVisible();
	await expectNoAxeViolations();

	await page.goto('/fact/general.advice.stretching-benefits');
	await expect(page.getByText(/The article says stretching is proven/)).toBeVisible();
	await expect(page.getByText(/In fact: .*it does not prevent lactic acid build-up/)).toBeVisible();
	await expectNoAxeViolations();
});

test('every learn page: an "also true" line under exactly the article facts whose claim anatomy extends', async ({
	page
}) => {
	for (const group of DATASET.groups) {
		await page.goto(`/learn/${group.id}`);
		await expect(page.getByRole('heading', { name: group.name, level: 1 })).toBeVisible();
		for (const fact of DATASET.facts.filter((f) => f.groupId === group.id && isGroupFact(f))) {
			const names = fact.correction ? [] : alsoTrueNames(fact.id);
			const also = factItem(page, fact.id).locator('p', { hasText: 'Also true, not from the article' });
			if (names.length === 0) await expect(also, fact.id).toHaveCount(0);
			else await expect(also.locator('strong'), fact.id).toHaveText(names);
		}
	}
});

test('learn pages with corrections fit 360 px without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	for (const path of ['/learn', '/learn/hip-flexors', '/learn/diaphragm', '/learn/hamstrings']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
