import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The quiz as a phone shows it (issue 15): a screen of its own without the app's navigation,
 * every question on one screen without scrolling, the verdict and Next where the thumb is, no
 * keyboard hints on a touch screen, and focus and announcements that follow each new screen.
 */

const PHONE = { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true };

/**
 * The drills of every kind. Each is checked over its first questions, so prompts of several
 * lengths and their teaching cards are measured.
 */
const KINDS = [
	'choose-fact',
	'choose-group',
	'choose-advice',
	'true-false',
	'which-not',
	'matching',
	'typed-group',
	'typed-exercise',
	'locate',
	'locate-name'
];
const QUESTIONS_PER_KIND = 3;

/** The element is wholly on screen, and the page is not scrolled to show it. */
async function expectOnScreen(page: Page, target: Locator, what: string): Promise<void> {
	const box = await target.boundingBox();
	const viewport = page.viewportSize()!;
	expect(box, `${what} is drawn`).not.toBeNull();
	expect(await page.evaluate(() => window.scrollY), `the page is not scrolled for ${what}`).toBe(0);
	expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
	expect(box!.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width);
	expect(box!.y + box!.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height);
}

/**
 * A question's controls: the map's regions (find it), the field and its button, the tiles and
 * their Check (matching), or the options.
 */
async function controlsOf(page: Page): Promise<Locator[]> {
	const regions = page.locator('main [data-body-map] [role="button"]');
	if (await regions.count()) return regions.all();
	const field = page.getByLabel('Your answer');
	if (await field.count()) return [field, page.getByRole('button', { name: 'Check', exact: true })];
	const check = page.getByRole('button', { name: 'Check matches' });
	const options = await page.locator('main ul button').all();
	return (await check.count()) ? [...options, check] : options;
}

/** The quiz's own live region for new questions (the verdict's is the `status`). */
const questionAnnouncer = (page: Page) => page.getByTestId('question-announcer');

test.describe('on a phone (360 × 800, touch)', () => {
	test.use(PHONE);

	for (const kind of KINDS) {
		test(`a ${kind} drill: each teaching card, question and verdict fits the screen`, async ({ page, learner }) => {
			await page.goto(`/quiz?kind=${kind}`);
			await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toBeVisible();
			await expect(page.getByRole('navigation')).toHaveCount(0);
			for (let number = 1; number <= QUESTIONS_PER_KIND; number++) {
				await expect(page.getByText(new RegExp(`^Question ${number} of`))).toBeVisible();
				const gotIt = page.getByRole('button', { name: 'Got it — ask me' });
				const question = page.locator('main ul button, main [data-body-map] [role="button"], main input');
				await expect(gotIt.or(question).first()).toBeVisible();
				if (await gotIt.isVisible()) {
					await expectOnScreen(page, page.getByRole('heading', { level: 1 }), `card ${number}'s heading`);
					await expectOnScreen(page, gotIt, `card ${number}'s button`);
					await gotIt.tap();
				}
				await expect(question.first()).toBeVisible();
				const heading = page.getByRole('heading', { level: 1 });
				const prompt = (await heading.textContent())?.trim();
				await expectOnScreen(page, heading, `question ${number}'s prompt`);
				await expectOnScreen(page, page.getByRole('link', { name: 'Leave the quiz' }), 'the way out');
				const controls = await controlsOf(page);
				expect(controls.length, 'the question has controls').toBeGreaterThanOrEqual(2);
				for (const [i, control] of controls.entries()) {
					await expectOnScreen(page, control, `question ${number} ("${prompt}"), control ${i + 1}`);
				}
				await learner.answerByMouse(true);
				const next = page.getByRole('button', { name: /^(Next question|See summary)$/ });
				await expect(next).toBeFocused();
				await expectOnScreen(page, next, `question ${number}'s Next`);
				await next.tap();
			}
		});
	}

	test('Today has the tab bar at the bottom, every tab a thumb-sized target, and room above it', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Main' });
		const bar = (await nav.boundingBox())!;
		expect(bar.y + bar.height).toBe(800);
		expect(bar.height).toBeLessThanOrEqual(72);
		const tabs = nav.getByRole('link');
		await expect(tabs).toHaveText(['Today', 'Learn', 'Review missed', 'Progress', 'Settings', 'Your data']);
		for (const tab of await tabs.all()) {
			const box = (await tab.boundingBox())!;
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.y).toBeGreaterThanOrEqual(bar.y);
		}
		await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
		// Scrolled to the end, the page's last line sits above the bar, not under it.
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		const lastBottom = await page
			.locator('main')
			.evaluate((main) => (main.lastElementChild as HTMLElement).getBoundingClientRect().bottom);
		expect(lastBottom).toBeLessThanOrEqual((await nav.boundingBox())!.y);
		// The other tabs lead where they say.
		await nav.getByRole('link', { name: 'Your data' }).tap();
		await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Your data' })).toHaveAttribute('aria-current', 'page');
	});

	test('no keyboard hints on a touch screen', async ({ page }) => {
		await page.goto('/quiz?kind=choose-group');
		await page.getByRole('button', { name: 'Got it — ask me' }).tap();
		await expect(page.locator('main ul button').first()).toBeVisible();
		await expect(page.getByText(/Press 1–\d to choose/)).toBeHidden();
		for (const badge of await page.locator('main ul button .key').all()) await expect(badge).toBeHidden();
		await page.goto('/quiz?kind=locate');
		await page.getByRole('button', { name: 'Got it — ask me' }).tap();
		await expect(page.locator('main [data-body-map] [role="button"]').first()).toBeVisible();
		await expect(page.getByText(/press Tab/)).toBeHidden();
	});

	test('the quiz and Today are axe-clean in light and dark', async ({ page, learner, expectNoAxeViolations }) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto('/');
			await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
			await expectNoAxeViolations();
			await page.goto('/quiz?kind=choose-fact');
			await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toBeVisible();
			await learner.readQuestion();
			await expectNoAxeViolations();
			await learner.answerByMouse(false);
			await expectNoAxeViolations();
		}
	});
});

test('on a desktop the keyboard hints show, and the navigation is one row at the top', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const bar = (await nav.boundingBox())!;
	expect(bar.y).toBeLessThan(20);
	expect(bar.height).toBeLessThan(60);
	await page.goto('/quiz?kind=choose-group');
	await page.getByRole('button', { name: 'Got it — ask me' }).click();
	await expect(page.getByText('Press 1–4 to choose.')).toBeVisible();
	await expect(page.locator('main ul button .key')).toHaveText(['1', '2', '3', '4']);
	await expect(page.getByRole('navigation')).toHaveCount(0);
});

test('focus follows the quiz: Next, the new heading, undo, the summary; each new question is announced', async ({
	page,
	learner
}) => {
	await page.goto('/quiz?kind=choose-group');
	await expect(page.getByText('Question 1 of')).toBeVisible();
	// Read and asked: the question's heading has focus, and the way out is one Shift+Tab before it.
	await learner.readQuestion();
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toBeFocused();
	const firstPrompt = (await heading.textContent())!.trim();
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('link', { name: 'Leave the quiz' })).toBeFocused();
	await expect(page.getByRole('link', { name: 'Leave the quiz' })).toHaveAttribute('href', '/');

	// Answered: focus on Next. Undone: the reopened question's heading, announced again.
	await learner.answerByKeyboard(false);
	await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
	await expect(questionAnnouncer(page)).toHaveText('');
	await page.keyboard.press('Control+z');
	await expect(heading).toBeFocused();
	await expect(heading).toHaveText(firstPrompt);
	await expect(questionAnnouncer(page)).toHaveText(`Question 1 (of 10): ${firstPrompt}`);

	// Missed on purpose, it is asked again as question 5, with no teaching card before it: after
	// Next, focus is on its heading and the live region says which question it is.
	await learner.answerByKeyboard(false);
	for (let number = 2; number <= 4; number++) {
		await page.keyboard.press('Enter');
		await expect(page.getByText(new RegExp(`^Question ${number} of`))).toBeVisible();
		await learner.answerByKeyboard(true);
	}
	await page.keyboard.press('Enter');
	await expect(page.getByText(/^Question 5 of/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Got it — ask me' })).toHaveCount(0);
	await expect(heading).toBeFocused();
	const prompt = (await heading.textContent())!.trim();
	await expect(questionAnnouncer(page)).toHaveText(new RegExp(`^Question 5 \\(of \\d+\\): `));
	await expect(questionAnnouncer(page)).toContainText(prompt);

	// A practice of the missed fact ends in a summary, whose heading takes focus; its way back shows.
	await page.goto('/quiz?practice=missed');
	await expect(page.getByText('Question 1 of 1')).toBeVisible();
	await learner.answerByKeyboard(true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Session complete' })).toBeFocused();
	await expect(page.getByRole('link', { name: 'Back to Today' })).toBeVisible();
});
