import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The top two screens of a phone: what the page must say before the learner scrolls further. */
const TWO_SCREENS = 1600;

async function boxOf(target: Locator) {
	const box = await target.boundingBox();
	expect(box, 'on screen').not.toBeNull();
	// The box is relative to the viewport: add the scroll so it is the page's own position.
	const scrollY = await target.page().evaluate(() => window.scrollY);
	return { ...box!, y: box!.y + scrollY };
}

const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

test.describe('progress at 360 × 800', () => {
	test.use({ viewport: { width: 360, height: 800 } });

	test('day 1: the first step, the map, and no zeroes or facet tables', async ({ page, expectNoAxeViolations }) => {
		await page.goto('/progress');
		const start = page.getByTestId('progress-start');
		await expect(start).toBeVisible();
		await expect(start.getByRole('link', { name: 'Take today’s quiz' })).toHaveAttribute('href', '/quiz');
		await expect(page.locator('[data-body-map]')).toBeVisible();
		await expect(page.getByRole('table')).toHaveCount(0);
		await expect(page.getByTestId('group-mastery')).toHaveCount(0);
		await expect(page.getByTestId('overall-mastery')).toHaveCount(0);
		await expect(page.getByRole('alert')).toHaveCount(0);
		expect((await boxOf(start)).y).toBeLessThan(800);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoAxeViolations();
		}
	});

	test('after a quiz: the week’s change, the weakest to practise, then the map, in two screens; facets open on request', async ({
		page,
		quiz,
		expectNoAxeViolations
	}) => {
		// A whole quiz, then two axe passes and a resize.
		test.setTimeout(90_000);
		// The first answer wrong, so one group trails the rest.
		await quiz.answerUntilSummary(new Set([1]));
		await page.goto('/progress');

		const headline = page.getByTestId('recent-change');
		await expect(headline).toContainText(/Mastery 0% → \d+%/);
		await expect(headline).toContainText(/\+\d+ facts? studied/);
		const studied = Number((await headline.textContent())!.match(/\+(\d+) facts? studied/)![1]);
		expect(studied).toBeGreaterThan(0);

		const weak = region(page, 'Work on next');
		const practise = weak.getByRole('link', { name: /^Practise / });
		expect(await practise.count()).toBeGreaterThanOrEqual(1);
		expect(await practise.count()).toBeLessThanOrEqual(3);
		for (const link of await practise.all()) {
			await expect(link).toHaveAttribute('href', /^\/quiz\?practice=group&group=[a-z-]+$/);
		}
		await expect(weak.getByRole('link', { name: /^Read about / }).first()).toHaveAttribute(
			'href',
			/^\/learn\/[a-z-]+$/
		);

		// Headline, weakest and map come first, and the map starts within the top two screens.
		const lead = await boxOf(region(page, 'This week'));
		const weakBox = await boxOf(weak);
		const map = await boxOf(region(page, 'Mastery on the body'));
		expect(lead.y).toBeLessThan(weakBox.y);
		expect(weakBox.y).toBeLessThan(map.y);
		expect(weakBox.y + weakBox.height).toBeLessThan(TWO_SCREENS);
		expect(map.y + map.height / 2).toBeLessThan(TWO_SCREENS);

		// The definition waits behind its own question.
		const definition = page.getByText(/is the chance you would still recall a fact 30 days from now/);
		await expect(definition).toBeHidden();
		await page.getByText('What do these numbers mean?').click();
		await expect(definition).toBeVisible();

		// Every facet table is collapsed; one opens on a click, another by keyboard.
		const tables = page.getByRole('table');
		expect(await page.locator('table').count()).toBe(8);
		await expect(tables).toHaveCount(0);
		const [first, second] = await page
			.locator('section article[data-group]')
			.evaluateAll((els) => els.slice(0, 2).map((el) => el.querySelector('h3')!.textContent!.trim()));
		await page
			.locator('summary')
			.filter({ hasText: `${first} By facet` })
			.click();
		await expect(page.getByRole('table', { name: `${first}: mastery by facet` })).toBeVisible();
		await page
			.locator('summary')
			.filter({ hasText: `${second} By facet` })
			.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('table', { name: `${second}: mastery by facet` })).toBeVisible();

		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoAxeViolations();
		}

		// A desktop's width: the map beside the story, not above it.
		await page.setViewportSize({ width: 1280, height: 800 });
		const wideMap = await boxOf(region(page, 'Mastery on the body'));
		const wideLead = await boxOf(region(page, 'This week'));
		const groups = await boxOf(region(page, 'Muscle groups, weakest first'));
		expect(wideLead.x).toBeGreaterThanOrEqual(wideMap.x + wideMap.width);
		expect(wideLead.y).toBeLessThan(wideMap.y + wideMap.height);
		expect(groups.x).toBe(wideLead.x);
		expect(wideMap.width + wideLead.width).toBeGreaterThan(900);
		await expectNoAxeViolations();
	});
});
