import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { installFullDisk, refusedWrites, setDiskFull } from './full-disk';
import { correctOption, highlightedGroup, locatePlace, matchingPicks, typedAnswer } from './oracle';

export { expect };

/**
 * The e2e fixtures, in layers (as Anki's ts/tests/e2e/fixtures.ts): each spec imports `test`
 * and `expect` from here and names what it needs, and Playwright sets up just that.
 * - `learner`: answers on the test's page, as a runner would (keyboard or mouse).
 * - `quiz`: the learner at question 1 of today's first quiz, on an empty database.
 * - `expectNoAxeViolations`: the axe check of the test's page (or another tab).
 * - `fullDisk`: a full disk under the page's IndexedDB (full-disk.ts), installed before the
 *   first navigation and off until the test fills it.
 * - `firstVisit` (an option, off by default): whether the first visit's welcome shows. Specs
 *   start as a runner past it, on Today; today-home.spec.ts turns it on to take the welcome.
 */

export type QuestionFormat = 'choice' | 'typed' | 'matching' | 'locate';

/**
 * A never-seen fact is taught before its first question: the learner reads the teaching card
 * and goes on to the question, by Enter (the button has focus) or a click. Called once the
 * question (or its teaching card) is on screen: both show with the progress bar.
 */
async function passTeachCard(page: Page, by: 'keyboard' | 'mouse' = 'keyboard'): Promise<void> {
	// On the quiz page (Today has a progress bar of its own, for the day's goal)…
	await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toBeVisible();
	const gotIt = page.getByRole('button', { name: 'Got it — ask me' });
	// …wait for the card or a question's controls: whichever the session shows first is on screen.
	const question = page.locator('main ul button, main [data-body-map], main input');
	await expect(gotIt.or(question).first()).toBeVisible();
	if (!(await gotIt.isVisible())) return;
	if (by === 'keyboard') {
		await expect(gotIt).toBeFocused();
		await page.keyboard.press('Enter');
	} else {
		await gotIt.click();
	}
	await expect(gotIt).toHaveCount(0);
}

/** What the question on screen is, as a learner sees it (past its teaching card, if any). */
async function readQuestion(page: Page, by: 'keyboard' | 'mouse' = 'keyboard') {
	await passTeachCard(page, by);
	const prompt = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
	const map = page.locator('main [data-body-map] svg');
	const format: QuestionFormat = (await map.count())
		? 'locate'
		: (await page.getByLabel('Your answer').count())
			? 'typed'
			: (await page.getByRole('list', { name: 'Muscle groups' }).count())
				? 'matching'
				: 'choice';
	const options =
		format === 'choice' || format === 'locate'
			? (await page.locator('main ul button .text').allTextContents()).map((t) => t.trim())
			: [];
	const mapLabel = format === 'locate' ? ((await map.getAttribute('aria-label')) ?? '') : undefined;
	// A "find it" question makes the map's regions buttons; "which is highlighted" shows names.
	const mode = format === 'locate' ? (options.length > 0 ? 'name' : 'find') : undefined;
	return { prompt, format, options, mapLabel, mode };
}

/** The regions of the body map on screen, by accessible name. */
function mapRegions(page: Page): Locator {
	return page.locator('main [data-body-map] [role="button"]');
}

async function regionNames(page: Page): Promise<string[]> {
	return mapRegions(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
	for (let i = 0; i < maxPresses; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

/** Clicks a point of a body-map region that the region itself receives (regions are not boxes). */
async function clickRegion(page: Page, region: Locator): Promise<void> {
	await region.scrollIntoViewIfNeeded();
	const point = await region.evaluate((g) => {
		for (const shape of g.querySelectorAll('path')) {
			const box = shape.getBoundingClientRect();
			for (let fy = 1; fy < 10; fy++) {
				for (let fx = 1; fx < 10; fx++) {
					const x = box.left + (box.width * fx) / 10;
					const y = box.top + (box.height * fy) / 10;
					const hit = document.elementFromPoint(x, y);
					if (hit && g.contains(hit)) return { x, y };
				}
			}
		}
		return null;
	});
	if (!point) throw new Error('No clickable point in the region');
	await page.mouse.click(point.x, point.y);
}

/** The answer to give to the locate question on screen: a region's name (find) or an option. */
async function locateAnswer(page: Page, question: Awaited<ReturnType<typeof readQuestion>>, right: boolean) {
	if (question.mode === 'name') {
		const correct = highlightedGroup(question.mapLabel ?? '').name;
		return right ? correct : question.options.find((o) => o !== correct)!;
	}
	const place = locatePlace(question.prompt);
	return right ? place : (await regionNames(page)).find((name) => name !== place)!;
}

/**
 * The tiles of the matching question on screen, and for each group (in order) the index of the
 * fact to pair it with: the right one, or with two groups' facts swapped when `right` is false.
 */
async function matchingTiles(page: Page, right: boolean) {
	const groups = page.getByRole('list', { name: 'Muscle groups' }).getByRole('button');
	const facts = page.getByRole('list', { name: 'Facts' }).getByRole('button');
	const texts = async (tiles: Locator) => (await tiles.locator('.text').allTextContents()).map((t) => t.trim());
	const picks = matchingPicks(await texts(groups), await texts(facts));
	if (!right) [picks[0], picks[1]] = [picks[1]!, picks[0]!];
	return { groups, facts, picks };
}

/** Presses Tab, or Shift+Tab when `target` comes before the focused element, until it has focus. */
async function tabToward(page: Page, target: Locator): Promise<void> {
	const before = await target.evaluate(
		(el) =>
			document.activeElement !== null &&
			Boolean(el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)
	);
	for (let i = 0; i < 20; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
	}
	await expect(target).toBeFocused();
}

/**
 * Waits for the verdict (announced in the live region) and for its answer to be saved: the
 * verdict shows before the save, and its region is busy until the answer is stored, so a test
 * reads the store, or moves on, only after that.
 */
async function expectVerdictSaved(page: Page, right: boolean): Promise<void> {
	const verdict = page.getByRole('status');
	await expect(verdict).toContainText(right ? 'Right!' : 'Not quite.');
	await expect(verdict).toHaveAttribute('aria-busy', 'false');
}

/**
 * Answers the question on screen by keyboard alone: number keys for options, typing for typed
 * questions, Tab and Enter through the tiles of a matching question (a group, then its fact), Tab to a region of
 * the body map and Enter. Rightly, or wrongly on purpose. Checks the verdict announced in the
 * live region.
 */
async function answerByKeyboard(page: Page, right: boolean): Promise<QuestionFormat> {
	const { format, lastKey } = await prepareKeyboardAnswer(page, right);
	await page.keyboard.press(lastKey);
	await expectVerdictSaved(page, right);
	return format;
}

/**
 * Does all of a keyboard answer but its last key press, and returns that key: the benchmarks
 * (bench/browser) time from that press, with nothing else happening in the page.
 */
export async function prepareKeyboardAnswer(
	page: Page,
	right: boolean
): Promise<{ format: QuestionFormat; lastKey: string }> {
	const question = await readQuestion(page);
	const { prompt, format, options } = question;
	if (format === 'choice') {
		const correct = correctOption(prompt, options);
		const index = right ? options.indexOf(correct) : options.findIndex((o) => o !== correct);
		return { format, lastKey: String(index + 1) };
	}
	if (format === 'locate') {
		const answer = await locateAnswer(page, question, right);
		if (question.mode === 'name') return { format, lastKey: String(options.indexOf(answer) + 1) };
		await tabTo(page, page.getByRole('button', { name: answer, exact: true }));
		return { format, lastKey: 'Enter' };
	}
	if (format === 'typed') {
		await expect(page.getByLabel('Your answer')).toBeFocused();
		await page.keyboard.type(right ? typedAnswer(prompt) : 'elbow');
		return { format, lastKey: 'Enter' };
	}
	const { groups, facts, picks } = await matchingTiles(page, right);
	for (const [row, pick] of picks.entries()) {
		await tabToward(page, groups.nth(row));
		await page.keyboard.press('Enter');
		await tabToward(page, facts.nth(pick));
		await page.keyboard.press('Enter');
	}
	await tabToward(page, page.getByRole('button', { name: 'Check matches' }));
	return { format, lastKey: 'Enter' };
}

/** Answers the question on screen with the mouse: options, regions and buttons are clicked. */
async function answerByMouse(page: Page, right: boolean): Promise<QuestionFormat> {
	const question = await readQuestion(page, 'mouse');
	const { prompt, format, options } = question;
	const clickOption = (text: string) =>
		page
			.locator('main ul button')
			.filter({ has: page.getByText(text, { exact: true }) })
			.first()
			.click();
	if (format === 'choice') {
		const correct = correctOption(prompt, options);
		await clickOption(right ? correct : options.find((o) => o !== correct)!);
	} else if (format === 'locate') {
		const answer = await locateAnswer(page, question, right);
		if (question.mode === 'name') await clickOption(answer);
		else await clickRegion(page, page.getByRole('button', { name: answer, exact: true }));
	} else if (format === 'typed') {
		await page.getByLabel('Your answer').fill(right ? typedAnswer(prompt) : 'elbow');
		await page.getByRole('button', { name: 'Check' }).click();
	} else {
		const { groups, facts, picks } = await matchingTiles(page, right);
		for (const [row, pick] of picks.entries()) {
			await groups.nth(row).click();
			await facts.nth(pick).click();
		}
		await page.getByRole('button', { name: 'Check matches' }).click();
	}
	await expectVerdictSaved(page, right);
	return format;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/**
 * Answers questions until the session summary shows, by keyboard: wrongly on the question
 * numbers in `wrongAt` (1-based), rightly otherwise. Returns how many were answered. The
 * counter may say how many were asked again ("· 2 asked again") beside the question number.
 */
async function answerUntilSummary(
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

/** A runner at one tab: what they see, and their answers. */
export class Learner {
	constructor(readonly page: Page) {}

	readQuestion() {
		return readQuestion(this.page);
	}

	mapRegions(): Locator {
		return mapRegions(this.page);
	}

	tabTo(target: Locator): Promise<void> {
		return tabTo(this.page, target);
	}

	clickRegion(region: Locator): Promise<void> {
		return clickRegion(this.page, region);
	}

	answerByKeyboard(right: boolean): Promise<QuestionFormat> {
		return answerByKeyboard(this.page, right);
	}

	prepareKeyboardAnswer(right: boolean): Promise<{ format: QuestionFormat; lastKey: string }> {
		return prepareKeyboardAnswer(this.page, right);
	}

	answerByMouse(right: boolean): Promise<QuestionFormat> {
		return answerByMouse(this.page, right);
	}

	answerUntilSummary(wrongAt?: ReadonlySet<number>, firstNumber?: number): Promise<number> {
		return answerUntilSummary(this.page, wrongAt, firstNumber);
	}

	/** Opens today's quiz and answers its first `count` questions by keyboard, the second one wrong. */
	async answerFirst(count: number): Promise<void> {
		await this.page.goto('/quiz');
		for (let i = 0; i < count; i++) {
			await expect(this.page.getByText(new RegExp(`Question ${i + 1} of \\d+`))).toBeVisible();
			await this.answerByKeyboard(i !== 1);
			await this.page.keyboard.press('Enter');
		}
	}
}

/** The full-disk switch of the test's page (see full-disk.ts). */
export interface FullDisk {
	fill(): Promise<void>;
	free(): Promise<void>;
	/** The stores the page tried to write while the disk was full. */
	refusedWrites(): Promise<string[]>;
}

interface StrideFixtures {
	learner: Learner;
	quiz: Learner;
	expectNoAxeViolations: (on?: Page) => Promise<void>;
	fullDisk: FullDisk;
}

interface StrideOptions {
	firstVisit: boolean;
}

export const test = base.extend<StrideFixtures & StrideOptions>({
	firstVisit: [false, { option: true }],
	context: async ({ context, firstVisit }, use) => {
		// The mark the welcome leaves when done (today-overview.svelte.ts), on every page of the context.
		if (!firstVisit) await context.addInitScript(() => localStorage.setItem('stride.welcome-done', 'yes'));
		await use(context);
	},
	learner: async ({ page }, use) => {
		await use(new Learner(page));
	},
	quiz: async ({ learner }, use) => {
		await learner.page.goto('/quiz');
		await expect(learner.page.getByText('Question 1 of 10')).toBeVisible();
		await use(learner);
	},
	expectNoAxeViolations: async ({ page }, use) => {
		await use((on = page) => expectNoAxeViolations(on));
	},
	fullDisk: async ({ page }, use) => {
		await installFullDisk(page);
		await use({
			fill: () => setDiskFull(page, true),
			free: () => setDiskFull(page, false),
			refusedWrites: () => refusedWrites(page)
		});
	}
});
