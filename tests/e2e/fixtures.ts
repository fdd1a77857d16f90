import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { correctOption, matchingPicks, typedAnswer } from './oracle';

export type QuestionFormat = 'choice' | 'typed' | 'matching';

/** What the question on screen is, as a learner sees it. */
export async function readQuestion(page: Page) {
	const prompt = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
	const format: QuestionFormat = (await page.getByLabel('Your answer').count())
		? 'typed'
		: (await page.getByRole('combobox').count())
			? 'matching'
			: 'choice';
	const options =
		format === 'choice'
			? (await page.locator('main ul button .text').allTextContents()).map((t) => t.trim())
			: [];
	return { prompt, format, options };
}

/**
 * Answers the question on screen by keyboard alone: number keys for options, typing for typed
 * questions, Tab and arrow keys through the selects of a matching question. Rightly, or
 * wrongly on purpose. Checks the verdict announced in the live region.
 */
export async function answerByKeyboard(page: Page, right: boolean): Promise<QuestionFormat> {
	const { prompt, format, options } = await readQuestion(page);
	if (format === 'choice') {
		const correct = correctOption(prompt, options);
		const index = right ? options.indexOf(correct) : options.findIndex((o) => o !== correct);
		await page.keyboard.press(String(index + 1));
	} else if (format === 'typed') {
		await expect(page.getByLabel('Your answer')).toBeFocused();
		await page.keyboard.type(right ? typedAnswer(prompt) : 'elbow');
		await page.keyboard.press('Enter');
	} else {
		const selects = page.getByRole('combobox');
		const items = await page.locator('main form label').allTextContents();
		const options = (await selects.first().locator('option').allTextContents()).slice(1);
		const picks = matchingPicks(items, options);
		if (!right) [picks[0], picks[1]] = [picks[1]!, picks[0]!];
		await selects.first().focus();
		for (const pick of picks) {
			// A focused select moves through its options with the arrow keys.
			for (let step = 0; step <= pick; step++) await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Tab');
		}
		await expect(page.getByRole('button', { name: 'Check matches' })).toBeFocused();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('status')).toContainText(right ? 'Right!' : 'Not quite.');
	return format;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/**
 * Answers questions until the session summary shows, by keyboard: wrongly on the question
 * numbers in `wrongAt` (1-based), rightly otherwise. Returns how many were answered.
 */
export async function answerUntilSummary(
	page: Page,
	wrongAt: ReadonlySet<number> = new Set(),
	firstNumber = 1
): Promise<number> {
	const summary = page.getByRole('heading', { name: 'Session complete' });
	for (let asked = firstNumber; asked < 200; asked++) {
		await expect(page.getByText(new RegExp(`^\\s*Question ${asked} of \\d+\\s*$`))).toBeVisible();
		await answerByKeyboard(page, !wrongAt.has(asked));
		await page.keyboard.press('Enter');
		if (await summary.isVisible()) return asked;
		await expect(summary.or(page.getByText(new RegExp(`^\\s*Question ${asked + 1} of`)))).toBeVisible();
		if (await summary.isVisible()) return asked;
	}
	throw new Error('The session never ended');
}
