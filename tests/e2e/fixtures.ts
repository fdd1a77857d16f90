import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { correctOption } from './oracle';

/** The options of the question on screen, in order. */
export async function readQuestion(page: Page): Promise<{ prompt: string; options: string[] }> {
	const prompt = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
	const buttons = page.getByRole('list').last().getByRole('button');
	const options = (await buttons.locator('.text').allTextContents()).map((text) => text.trim());
	return { prompt, options };
}

/**
 * Answers the question on screen by pressing its number key: rightly, or with the first
 * wrong option. Returns whether the app should judge it right.
 */
export async function answerByKey(page: Page, right: boolean): Promise<boolean> {
	const { prompt, options } = await readQuestion(page);
	const correct = correctOption(prompt, options);
	const index = right ? options.indexOf(correct) : options.findIndex((o) => o !== correct);
	await page.keyboard.press(String(index + 1));
	await expect(page.getByRole('status')).toContainText(right ? 'Right!' : 'Not quite.');
	return right;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
