import { test, expect } from './fixtures';

/**
 * One visual language, checked where it can be: every page, at a phone's width and a desktop's,
 * in light and dark, has no axe violation (contrast included, so a colour that reads in one
 * scheme and not the other fails) and never scrolls sideways.
 */
const PAGES = [
	'/',
	'/learn',
	'/learn/calves',
	'/quiz',
	'/review',
	'/progress',
	'/settings',
	'/data',
	'/memory',
	'/sync',
	'/fact/hip-flexors.exercise.weighted-hip-extension'
];
const SIZES = [
	{ width: 360, height: 800 },
	{ width: 1280, height: 800 }
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const size of SIZES) {
		test(`every page is axe-clean and fits the width at ${size.width} px, ${colorScheme}`, async ({
			page,
			expectNoAxeViolations
		}) => {
			await page.setViewportSize(size);
			await page.emulateMedia({ colorScheme });
			for (const path of PAGES) {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
				// Past any loading line: the page's own content is on screen.
				await expect(page.getByText(/Loading|Building your quiz/)).toHaveCount(0);
				await expectNoAxeViolations();
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, path).toBeLessThanOrEqual(0);
			}
		});
	}
}
