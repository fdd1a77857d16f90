import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { matchingPicks } from './oracle';

/**
 * Matching, tap-to-pair: groups and facts are tiles, paired in either order by touch, mouse or
 * keyboard, each fact used once, every pair undoable until checked; the correction then goes
 * pair by pair. `/quiz?kind=matching` drills matching questions only.
 */

/** The open matching question's tiles, their texts, and each group's right fact (the oracle's). */
async function board(page: Page) {
	const groups = page.getByRole('list', { name: 'Muscle groups' }).getByRole('button');
	const facts = page.getByRole('list', { name: 'Facts' }).getByRole('button');
	const groupTexts = (await groups.locator('.text').allTextContents()).map((t) => t.trim());
	const factTexts = (await facts.locator('.text').allTextContents()).map((t) => t.trim());
	const picks = matchingPicks(groupTexts, factTexts);
	return { groups, facts, groupTexts, factTexts, picks, check: page.getByRole('button', { name: 'Check matches' }) };
}

const said = (page: Page) => page.getByTestId('pairing-said');

test.beforeEach(async ({ page, learner }) => {
	await page.goto('/quiz?kind=matching');
	expect((await learner.readQuestion()).format).toBe('matching');
});

test('pairs by keyboard alone; the correction goes pair by pair, a wrong pair beside its right fact', async ({
	page,
	learner
}) => {
	await learner.answerByKeyboard(true);
	const rows = page.locator('main ol li');
	await expect(rows).toHaveCount(4);
	for (const row of await rows.all()) await expect(row).toContainText('✓Right');
	await expect(page.getByText('4 of 4 pairs right')).toBeVisible();

	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of')).toBeVisible();
	await learner.readQuestion();
	const { groupTexts, factTexts, picks } = await board(page);
	// The fixture answers wrongly by swapping the first two groups' facts.
	await learner.answerByKeyboard(false);
	await expect(page.getByRole('status')).toContainText('The answer is shown pair by pair');
	await expect(page.getByText('2 of 4 pairs right')).toBeVisible();
	for (const [row, group] of groupTexts.entries()) {
		const line = rows.filter({ hasText: group });
		if (row < 2) {
			await expect(line).toContainText(`✗Wrong ${group} →: you paired ${factTexts[picks[1 - row]!]}`);
			await expect(line).toContainText(`Right fact: ${factTexts[picks[row]!]}`);
		} else {
			await expect(line).toContainText(`✓Right ${group} →: you paired ${factTexts[picks[row]!]}`);
			await expect(line).not.toContainText('Right fact');
		}
	}
});

test('pairs by pointer, fact first: each pair is numbered and named, then judged right', async ({ page }) => {
	const { groups, facts, groupTexts, factTexts, picks, check } = await board(page);
	await expect(check).toHaveAttribute('aria-disabled', 'true');
	for (const [row, pick] of picks.entries()) {
		await facts.nth(pick).click();
		await expect(facts.nth(pick)).toHaveAttribute('aria-pressed', 'true');
		await groups.nth(row).click();
		await expect(facts.nth(pick)).toHaveAttribute('aria-pressed', 'false');
		await expect(said(page)).toHaveText(`${groupTexts[row]} paired with “${factTexts[pick]}”.`);
		await expect(groups.nth(row)).toHaveAccessibleName(`${groupTexts[row]}, paired with ${factTexts[pick]}`);
		await expect(facts.nth(pick)).toHaveAccessibleName(`${factTexts[pick]}, paired with ${groupTexts[row]}`);
		// The same number on both tiles of the pair.
		await expect(groups.nth(row).locator('.tag')).toHaveText(String(row + 1));
		await expect(facts.nth(pick).locator('.tag')).toHaveText(String(row + 1));
	}
	await expect(check).toHaveAttribute('aria-disabled', 'false');
	await check.click();
	await expect(page.getByRole('status')).toContainText('Right!');
	await expect(page.getByText('4 of 4 pairs right')).toBeVisible();
});

test('a fact is used once, a pair comes undone before checking, and checking waits for every pair', async ({
	page
}) => {
	const { groups, facts, groupTexts, factTexts, picks, check } = await board(page);
	await groups.nth(0).click();
	await facts.nth(0).click();
	await groups.nth(1).click();
	await facts.nth(0).click();
	// The fact moved to the second group: the first has none now.
	await expect(said(page)).toHaveText(
		`${groupTexts[1]} paired with “${factTexts[0]}”. ${groupTexts[0]} has no fact now.`
	);
	await expect(groups.nth(0)).toHaveAccessibleName(groupTexts[0]!);
	await expect(groups.nth(1)).toHaveAccessibleName(`${groupTexts[1]}, paired with ${factTexts[0]}`);
	await expect(page.getByText('1 of 4 paired: pair every group to check.')).toBeVisible();

	// Tapping a paired tile undoes its pair.
	await facts.nth(0).click();
	await expect(said(page)).toHaveText(`${groupTexts[1]} unpaired.`);
	await expect(groups.nth(1)).toHaveAccessibleName(groupTexts[1]!);
	await expect(page.getByText('0 of 4 paired: pair every group to check.')).toBeVisible();

	// Checking before every group is paired does nothing, and says why.
	await expect(check).toHaveAccessibleDescription('0 of 4 paired: pair every group to check.');
	// aria-disabled, not disabled (it stays in the Tab order with its reason): Playwright would wait for it.
	await check.click({ force: true });
	await check.press('Enter');
	await expect(page.getByRole('status')).toBeEmpty();
	// Still open: had those presses checked it, this would be judged wrong (or not be possible).
	for (const [row, pick] of picks.entries()) {
		await groups.nth(row).click();
		await facts.nth(pick).click();
	}
	await check.click();
	await expect(page.getByRole('status')).toContainText('Right!');
});

test('at 360×800 the prompt and every tile show without scrolling, and axe finds nothing, light or dark', async ({
	page,
	expectNoAxeViolations
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	const { groups, facts, check } = await board(page);
	const prompt = page.getByRole('heading', { level: 1 });
	for (const element of [prompt, ...(await groups.all()), ...(await facts.all()), check]) {
		await expect(element).toBeInViewport({ ratio: 1 });
	}
	expect(await page.evaluate(() => scrollY)).toBe(0);

	// Half paired, one tile selected: the first group given the second's fact (a wrong pair).
	const { picks } = await board(page);
	await groups.nth(0).click();
	await facts.nth(picks[1]!).click();
	await groups.nth(2).click();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations();
	}
	// The rest paired, two wrongly, and checked: the correction.
	await facts.nth(picks[2]!).click();
	await groups.nth(1).click();
	await facts.nth(picks[0]!).click();
	await groups.nth(3).click();
	await facts.nth(picks[3]!).click();
	await check.click();
	await expect(page.getByRole('status')).toContainText('Not quite.');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations();
	}
});

test('at 360×800 even four wrong pairs show above the verdict’s sheet, with Next', async ({ page, learner }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	// Over several questions, so facts of several lengths are measured.
	for (let round = 1; round <= 3; round++) {
		const { groups, facts, picks, check } = await board(page);
		// Each group given the next group's fact: every pair wrong, the longest correction there is.
		for (const row of picks.keys()) {
			await groups.nth(row).click();
			await facts.nth(picks[(row + 1) % picks.length]!).click();
		}
		await check.click();
		await expect(page.getByText('0 of 4 pairs right')).toBeVisible();
		const sheetTop = await page
			.getByRole('status')
			.evaluate((status) => status.parentElement!.getBoundingClientRect().top);
		const rows = page.getByTestId('match-pair');
		await expect(rows).toHaveCount(4);
		for (const row of await rows.all()) {
			const box = (await row.boundingBox())!;
			expect(box.y + box.height, `round ${round}: ${await row.textContent()}`).toBeLessThanOrEqual(sheetTop);
		}
		const next = page.getByRole('button', { name: 'Next question' });
		await expect(next).toBeInViewport({ ratio: 1 });
		expect(await page.evaluate(() => scrollY)).toBe(0);
		await next.click();
		expect((await learner.readQuestion()).format).toBe('matching');
	}
});
