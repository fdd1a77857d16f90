import { expect, test } from '@playwright/test';
import { answerByKeyboard, answerByMouse, expectNoAxeViolations } from './fixtures';

test.describe('a new runner takes the first daily quiz', () => {
	test('quiz to the end with two misses; progress survives a reload', async ({ page }) => {
		await page.clock.install();
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
		await expect(page.getByTestId('due-count')).toHaveText('0');
		await expect(page.getByTestId('new-count')).toHaveText('10');

		await page.getByRole('link', { name: "Start today's quiz" }).click();
		const progress = page.getByRole('progressbar', { name: 'Quiz progress' });
		await expect(progress).toHaveAttribute('aria-valuemax', '10');

		const missOn = new Set([2, 5]);
		for (let i = 0; i < 10; i++) {
			await expect(progress).toHaveAttribute('aria-valuenow', String(i));
			await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
			if (i % 2 === 0) {
				await answerByKeyboard(page, !missOn.has(i));
			} else {
				// Every other question by mouse: an option (or a body-map region) is clicked.
				await answerByMouse(page, !missOn.has(i));
			}
			if (missOn.has(i)) await expect(page.getByRole('status')).toContainText('The answer is');
			await page.keyboard.press('Enter');
		}

		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
		await expect(page.getByText('You got 8 of 10 right.')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'What you missed' })).toBeVisible();
		await expect(page.locator('.missed > li')).toHaveCount(2);

		await page.getByRole('link', { name: 'Back to Today' }).click();
		await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
		await page.reload();
		// Today's ten new facts are used up and nothing answered is due again straight away.
		await expect(page.getByTestId('new-count')).toHaveText('0');
		await expect(page.getByTestId('due-count')).toHaveText('0');
		await expect(page.getByText(/10 of \d+ facts studied/)).toBeVisible();

		// Missed facts come back first: a couple of minutes later, the two misses are due.
		await page.clock.fastForward('02:00');
		await page.reload();
		await expect(page.getByTestId('due-count')).toHaveText('2');
		// Facts answered right come back after their learning step.
		await page.clock.fastForward('10:00');
		await page.reload();
		await expect(page.getByTestId('due-count')).toHaveText('10');

		await page.goto('/review');
		await expect(page.locator('main li')).toHaveCount(2);
	});

	test('keyboard alone: start, answer with number keys, continue with Enter', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('new-count')).toHaveText('10');
		const start = page.getByRole('link', { name: "Start today's quiz" });
		for (let tabs = 0; tabs < 10 && !(await start.evaluate((el) => el === document.activeElement)); tabs++) {
			await page.keyboard.press('Tab');
		}
		await expect(start).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('progressbar')).toBeVisible();
		await answerByKeyboard(page, true);
		await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
		await expect(page.getByText('Question 2 of 10')).toBeVisible();
	});

	test('works at 360 px wide without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		for (const path of ['/', '/quiz']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});

	test('axe finds no violations on Today, a question, its feedback and the summary', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('new-count')).toHaveText('10');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: "Start today's quiz" }).click();
		await expect(page.getByRole('progressbar')).toBeVisible();
		await expectNoAxeViolations(page);
		await answerByKeyboard(page, false);
		await expectNoAxeViolations(page);
		for (let i = 1; i < 10; i++) {
			await page.keyboard.press('Enter');
			await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
			await answerByKeyboard(page, true);
		}
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
