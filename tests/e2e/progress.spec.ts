import { type Page } from '@playwright/test';
import { expect, Learner, test } from './fixtures';
import { DATASET } from '../../src/lib/content/index';
import { groupAsked, locatePlace } from './oracle';

/**
 * Takes today's first quiz, answering questions about `wrongGroup` wrong and the rest right,
 * half by keyboard and half by mouse. A missed fact comes back later in the session; only
 * the first question about the group is missed, so the session ends.
 * Returns how many questions were answered.
 */
async function takeQuiz(learner: Learner, wrongGroup: string): Promise<number> {
	const { page } = learner;
	await page.goto('/quiz');
	await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toBeVisible();
	const summary = page.getByRole('heading', { name: 'Session complete' });
	let missed = 0;
	let asked = 0;
	while (!(await summary.isVisible())) {
		asked++;
		await expect(page.getByText(new RegExp(`^\\s*Question ${asked} of \\d+\\s*$`))).toBeVisible();
		const question = await learner.readQuestion();
		const group = groupAsked(question.prompt, question.mapLabel);
		const aboutWrongGroup = group !== 'general' && group.id === wrongGroup;
		// Only the group's first question is missed: with learn-ahead its fact comes back twice more.
		const right = !aboutWrongGroup || missed > 0;
		if (asked % 2 === 1) await learner.answerByKeyboard(right);
		else await learner.answerByMouse(right);
		if (!right) {
			missed++;
			// The feedback links to the fact on the group's learn page.
			await expect(page.getByRole('link', { name: /Read about it on the learn page/ })).toHaveAttribute(
				'href',
				new RegExp(`^/learn/${wrongGroup}#fact-${wrongGroup}-`)
			);
		}
		await page.keyboard.press('Enter');
		await expect(summary.or(page.getByText(new RegExp(`^\\s*Question ${asked + 1} of`)))).toBeVisible();
	}
	expect(missed, `a question about ${wrongGroup} was asked`).toBeGreaterThan(0);
	return asked;
}

async function masteryOf(page: Page, groupId: string): Promise<string> {
	return (await page.locator(`article[data-group="${groupId}"] [data-testid="group-mastery"]`).textContent())!.trim();
}

test.describe('progress after a first quiz', () => {
	test('ranks a group answered wrong below one answered right, on the cards and the body map; the calendar shows today', async ({
		page,
		learner
	}) => {
		test.setTimeout(60_000);
		const total = await takeQuiz(learner, 'calves');
		// The summary leads back to Today, whose navigation leads on (the quiz shows none).
		await page.getByRole('link', { name: 'Back to Today' }).click();
		await page.getByRole('link', { name: 'Progress', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible();
		// The definition is one click away, under the week's change.
		await page.getByText('What do these numbers mean?').click();
		await expect(page.getByText(/is the chance you would still recall a fact 30 days from now/)).toBeVisible();

		// Both groups were studied: one fact each.
		await expect(page.locator('article[data-group="calves"]')).toContainText(/1 of \d+ facts seen/);
		await expect(page.locator('article[data-group="hamstrings"]')).toContainText(/1 of \d+ facts seen/);

		// Weakest first: calves before hamstrings, with a lower number.
		const order = await page
			.getByRole('region', { name: 'Muscle groups, weakest first' })
			.locator('article')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-group')));
		expect(order).toHaveLength(8);
		expect(order[0]).toBe('calves');
		expect(order.indexOf('calves')).toBeLessThan(order.indexOf('hamstrings'));
		const calves = await masteryOf(page, 'calves');
		const hamstrings = await masteryOf(page, 'hamstrings');
		expect(parseInt(calves)).toBeLessThan(parseInt(hamstrings));

		// The body map carries the same numbers in its regions' names.
		await expect(page.getByRole('button', { name: `Calves — mastery ${calves}`, exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: `Hamstrings — mastery ${hamstrings}`, exact: true })).toBeVisible();
		await expect(learner.mapRegions()).toHaveCount(8);

		// History: today is in the calendar with every answer, and a streak of one day.
		await expect(page.getByTestId('calendar-today')).toHaveText(`Today: ${total} answers`);
		const today = page.locator('[data-testid="calendar"] rect[data-today="true"]');
		await expect(today).toHaveCount(1);
		await expect(today).toHaveAttribute('data-level', '4');
		await expect(today.locator('title')).toHaveText(new RegExp(`^Today, .*: ${total} answers$`));
		// Another day's tooltip comes with the pointer: hovering a day names it and its answers.
		const earlier = page.locator('[data-testid="calendar"] rect[data-day]:not([data-today])').last();
		await earlier.hover();
		await expect(earlier.locator('title')).toHaveText(/^(?!Today).+: 0 answers$/);
		await expect(page.getByTestId('current-streak')).toHaveText('1 day');
		await expect(page.getByTestId('forecast')).toBeVisible();

		// The weakest calves fact leads to its "why due" page.
		await expect(page.locator('article[data-group="calves"] .weakest a').first()).toHaveAttribute(
			'href',
			/^\/fact\/calves\.location\./
		);

		// A region of the map, and a card's heading, lead to the group's learn page.
		await learner.clickRegion(page.getByRole('button', { name: `Calves — mastery ${calves}` }));
		await expect(page).toHaveURL(/\/learn\/calves$/);
		await expect(page.getByRole('heading', { name: 'Calves', level: 1 })).toBeVisible();
		await page.goBack();
		await page.locator('article[data-group="hamstrings"] h3 a').click();
		await expect(page).toHaveURL(/\/learn\/hamstrings$/);
	});

	test('a new learner sees the first step and the map, not rows of zeroes, and no errors', async ({ page }) => {
		await page.goto('/progress');
		await expect(page.getByRole('heading', { name: 'Your progress starts with one quiz' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Take today’s quiz' })).toHaveAttribute('href', '/quiz');
		// The map names each group, with no figure yet.
		await expect(page.getByRole('button', { name: 'Quadriceps — not studied yet', exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: /mastery/ })).toHaveCount(0);
		// No figures yet: no stat tiles, group cards or history charts to read as failures.
		await expect(page.getByTestId('overall-mastery')).toHaveCount(0);
		await expect(page.locator('article[data-group]')).toHaveCount(0);
		await expect(page.getByTestId('calendar')).toHaveCount(0);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('after the first quiz, an empty part of the history says so', async ({ page, quiz }) => {
		await quiz.answerUntilSummary();
		await page.goto('/progress');
		await expect(page.getByTestId('current-streak')).toHaveText('1 day');
		await expect(page.getByText('No answers to learnt facts yet.')).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
	});
});

test.describe('locate questions', () => {
	test('"Tap where …" answered by a click on the map, then by keyboard (Tab to the region, Enter)', async ({
		page,
		learner,
		expectNoAxeViolations
	}) => {
		await page.goto('/quiz?kind=locate');
		await expect(page.getByText('Question 1 of')).toBeVisible();
		const first = await learner.readQuestion();
		expect(first).toMatchObject({ format: 'locate', mode: 'find' });
		await expect(learner.mapRegions()).toHaveCount(8);
		await learner.answerByMouse(true);
		// The map shows the right region, and says so in its name.
		await expect(page.getByRole('button', { name: `${locatePlace(first.prompt)}, the right answer` })).toBeVisible();
		await page.keyboard.press('Enter');

		await expect(page.getByText('Question 2 of')).toBeVisible();
		const second = await learner.readQuestion();
		const place = locatePlace(second.prompt);
		const region = page.getByRole('button', { name: place, exact: true });
		await learner.tabTo(region);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toContainText('Right!');
		await page.keyboard.press('Enter');

		// A wrong click: the feedback names the right place and links to the fact.
		await expect(page.getByText('Question 3 of')).toBeVisible();
		const third = await learner.readQuestion();
		await learner.answerByMouse(false);
		await expect(page.getByRole('status')).toContainText(`The answer is ${locatePlace(third.prompt)}`);
		await expect(page.getByRole('button', { name: /, your answer$/ })).toHaveCount(1);
		await expect(page.getByRole('link', { name: /Read about it on the learn page/ })).toHaveAttribute(
			'href',
			/^\/learn\/[a-z-]+#fact-[a-z-]+-location-/
		);
		await expectNoAxeViolations();
	});

	test('"Which muscle group is highlighted?" answered by a click, then by a number key', async ({
		page,
		learner,
		expectNoAxeViolations
	}) => {
		await page.goto('/quiz?kind=locate-name');
		await expect(page.getByText('Question 1 of')).toBeVisible();
		const first = await learner.readQuestion();
		expect(first).toMatchObject({ format: 'locate', mode: 'name' });
		expect(first.options).toHaveLength(4);
		// The map names the highlighted place, never the group.
		for (const group of DATASET.groups) expect(first.mapLabel).not.toContain(group.name.toLowerCase());
		await learner.answerByMouse(true);
		await expectNoAxeViolations();
		await page.keyboard.press('Enter');
		await expect(page.getByText('Question 2 of')).toBeVisible();
		await learner.answerByKeyboard(false);
	});
});

test.describe('learn pages', () => {
	test('the map and the list lead to each group; a fact’s anchor is reachable', async ({ page, learner }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Learn' }).click();
		await expect(page.getByRole('heading', { name: 'Learn', level: 1 })).toBeVisible();
		const hips = page.getByRole('button', { name: /^Hip flexors: / });
		await learner.tabTo(hips);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/learn\/hip-flexors$/);
		await expect(page.getByRole('img', { name: /hip flexors highlighted/ })).toBeVisible();
		for (const heading of [
			'Where the hip flexors are',
			'What the hip flexors do when you run',
			'Injury risks and their causes',
			'Exercises that strengthen them'
		]) {
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		}
		await page.getByRole('link', { name: 'Calves →' }).click();
		await expect(page.getByRole('heading', { name: 'Calves', level: 1 })).toBeVisible();

		await page.goto('/learn/calves#fact-calves-injury-shin-splints');
		const fact = page.locator('#fact-calves-injury-shin-splints');
		await expect(fact).toContainText(/shin splints/i);
		await expect(fact).toBeInViewport();
		await page.goto('/learn#fact-general-advice-warm-up-before');
		await expect(page.locator('#fact-general-advice-warm-up-before')).toBeInViewport();
		await page.goto('/learn/elbows');
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Go to Today' })).toBeVisible();
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on progress and learn pages (${colorScheme})`, async ({
		page,
		expectNoAxeViolations,
		learner
	}) => {
		// A quiz, then eleven pages checked by axe.
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme });
		await page.goto('/progress');
		await expect(page.getByTestId('progress-start')).toBeVisible();
		await expectNoAxeViolations();
		await takeQuiz(learner, 'glutes');
		await page.goto('/progress');
		await expect(page.getByTestId('calendar-today')).not.toHaveText('Today: 0 answers');
		await expectNoAxeViolations();
		await page.goto('/learn');
		await expect(page.getByRole('heading', { name: 'Learn', level: 1 })).toBeVisible();
		await expectNoAxeViolations();
		for (const group of DATASET.groups) {
			await page.goto(`/learn/${group.id}`);
			await expect(page.getByRole('heading', { name: group.name, level: 1 })).toBeVisible();
			await expectNoAxeViolations();
		}
	});
}

test('progress and learn pages fit 360 px without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/progress', '/learn', '/learn/upper-body', '/quiz?kind=locate']) {
		await page.goto(path);
		await expect(page.locator('[data-body-map]').first()).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
