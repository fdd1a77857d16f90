import { expect, test } from './fixtures';
import { countReviews } from './storage';

test('a new fact is taught first, with its place on the body map, and then asked', async ({
	page,
	expectNoAxeViolations
}) => {
	await page.goto('/quiz');
	const gotIt = page.getByRole('button', { name: 'Got it — ask me' });
	await expect(gotIt).toBeFocused();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^New fact: /);
	await expect(page.locator('main [data-body-map] svg')).toHaveAttribute('aria-label', /highlighted/);
	await expectNoAxeViolations();
	// Reading the fact is not an answer.
	expect(await countReviews(page)).toBe(0);

	await page.keyboard.press('Enter');
	await expect(gotIt).toHaveCount(0);
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^New fact: /);
});

test('the summary scores first tries, lists a miss once, shows mastery; extra practice follows and is kept', async ({
	page,
	learner,
	expectNoAxeViolations
}) => {
	await page.goto('/quiz');
	// The second question is missed, then missed again when it comes back (question 6).
	const answered = await learner.answerUntilSummary(new Set([2, 6]));
	expect(answered).toBe(22);
	await expect(page.getByText('9 of 10 right first time.')).toBeVisible();
	await expect(page.getByText('1 missed fact asked again, not yet right: it comes back soon.')).toBeVisible();
	await expect(page.locator('.missed > li')).toHaveCount(1);
	await expect(page.getByRole('heading', { name: 'Mastery' })).toBeVisible();
	await expect(page.getByText(/^\s*0% → \d+%/).first()).toBeVisible();
	await expect(page.getByText(/Streak: day 1/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Learnt today' })).toBeVisible();
	await expectNoAxeViolations();

	await page.setViewportSize({ width: 360, height: 740 });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.screenshot({ path: test.info().outputPath('summary-360.png'), fullPage: true });

	const afterQuiz = await countReviews(page);
	await page.getByRole('link', { name: 'Your weakest facts' }).click();
	await expect(page.getByText(/^\s*Question 1 of \d+\s*$/)).toBeVisible();
	await learner.answerByKeyboard(true);
	await page.keyboard.press('Enter');
	await learner.answerByKeyboard(false);
	await expectNoAxeViolations();
	expect(await countReviews(page)).toBe(afterQuiz + 2);

	await page.reload();
	await expect(page.getByText(/^\s*Question 1 of \d+\s*$/)).toBeVisible();
	expect(await countReviews(page)).toBe(afterQuiz + 2);
});

test('extra practice before anything is studied explains what it needs', async ({ page }) => {
	await page.goto('/quiz?practice=weakest');
	await expect(page.getByRole('heading', { name: 'Nothing to practise right now' })).toBeVisible();
	await expect(page.getByText(/take today's quiz first/)).toBeVisible();
});
