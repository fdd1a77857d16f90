import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { heatColour } from '../../src/lib/components/heat-scale';

/** What the progress page's heat map shows for each region: its fill, and its label's text if any. */
async function heatMap(page: Page) {
	return page.locator('main [data-body-map][data-mode="heat"]').evaluate((map) => {
		// The --unseen token as the browser resolves it, in the form getComputedStyle gives a fill.
		const probe = document.createElement('span');
		probe.style.color = 'var(--unseen)';
		map.append(probe);
		const unseen = getComputedStyle(probe).color;
		probe.remove();
		const regions = [...map.querySelectorAll<SVGGElement>('g[data-group]')].map((g) => ({
			group: g.dataset.group!,
			fills: [...g.querySelectorAll('path')].map((path) => getComputedStyle(path).fill),
			label: map.querySelector(`[data-heat-label="${g.dataset.group}"] text`)?.textContent ?? null,
			centres: [...g.querySelectorAll('path')].map((path) => {
				const box = path.getBoundingClientRect();
				return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
			})
		}));
		const labels = [...map.querySelectorAll('[data-heat-label] rect')].map((rect) => {
			const { x, y, width, height } = rect.getBoundingClientRect();
			return { x, y, width, height };
		});
		const svg = map.querySelector('svg')!.getBoundingClientRect();
		return {
			unseen,
			regions,
			labels,
			svg: { left: svg.left, right: svg.right },
			text: map.querySelector('svg')!.textContent
		};
	});
}

/** A #rrggbb colour as getComputedStyle writes it. */
function rgb(hex: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgb(${r}, ${g}, ${b})`;
}

async function studied(page: Page, group: string): Promise<string | null> {
	const card = page.locator(`article[data-group="${group}"]`);
	if ((await card.textContent())?.includes('Not started')) return null;
	return (await card.getByTestId('group-mastery').textContent())!.trim();
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the heat map: all neutral and unnumbered at first; studied groups coloured and numbered beside the figures (${colorScheme})`, async ({
		page,
		quiz,
		expectNoAxeViolations
	}) => {
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme });
		// A fresh learner: the quiz fixture has only opened today's first quiz, nothing is answered.
		await page.goto('/progress');
		const fresh = await heatMap(page);
		expect(fresh.regions).toHaveLength(8);
		for (const region of fresh.regions) {
			expect(region.fills, region.group).toEqual(region.fills.map(() => fresh.unseen));
			expect(region.label, region.group).toBeNull();
		}
		expect(fresh.text).not.toMatch(/\d+%/);
		await expect(page.getByRole('button', { name: 'Calves — not studied yet', exact: true })).toBeVisible();
		await expectNoAxeViolations();

		// Three answers (one wrong), each saved as it is given: three groups studied, the rest not.
		await page.goto('/quiz');
		for (const asked of [1, 2, 3]) {
			await expect(page.getByText(new RegExp(`^\\s*Question ${asked} of`))).toBeVisible();
			await quiz.answerByKeyboard(asked !== 2);
			await page.keyboard.press('Enter');
		}
		await expect(page.getByText(/^\s*Question 4 of/)).toBeVisible();
		await page.goto('/progress');
		await expect(page.locator('[data-heat-label]').first()).toBeVisible();
		const after = await heatMap(page);
		let numbered = 0;
		for (const region of after.regions) {
			const mastery = await studied(page, region.group);
			if (mastery === null) {
				expect(region.fills, `${region.group}, not studied`).toEqual(region.fills.map(() => after.unseen));
				expect(region.label, region.group).toBeNull();
			} else {
				numbered++;
				// The colour and the number agree: the colour is the scale's at the printed percentage.
				expect(region.label, region.group).toBe(mastery);
				const colour = rgb(heatColour(parseInt(mastery) / 100));
				expect(colour).not.toBe(after.unseen);
				expect(region.fills, region.group).toEqual(region.fills.map(() => colour));
			}
		}
		expect(numbered, 'a quiz studies some groups').toBeGreaterThan(0);
		expect(numbered, 'one quiz leaves some group unstudied').toBeLessThan(8);

		// No label covers another, nor the middle of any region's shape.
		const { labels } = after;
		expect(labels).toHaveLength(numbered);
		const overlaps = (a: (typeof labels)[0], b: (typeof labels)[0]) =>
			a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
		for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
		for (const region of after.regions) {
			for (const c of region.centres) {
				const covered = labels.some((l) => c.x >= l.x && c.x <= l.x + l.width && c.y >= l.y && c.y <= l.y + l.height);
				expect(covered, `${region.group}'s centre`).toBe(false);
			}
		}
		await expectNoAxeViolations();
	});
}

test('at 360 px the heat map and its labels fit the screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/progress');
	const { svg } = await heatMap(page);
	expect(svg.left).toBeGreaterThanOrEqual(0);
	expect(svg.right).toBeLessThanOrEqual(360);
});

test('a container caps the map’s height with --body-map-max-height: the width follows, centred (every mode)', async ({
	page
}) => {
	for (const [path, mode] of [
		['/progress', 'heat'],
		['/learn', 'pick'],
		['/learn/calves', 'highlight']
	] as const) {
		await page.goto(path);
		const map = page.locator(`main [data-body-map][data-mode="${mode}"]`);
		await expect(map).toBeVisible();
		const box = await map.evaluate((el) => {
			el.parentElement!.style.setProperty('--body-map-max-height', '300px');
			const svg = el.querySelector('svg')!;
			const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
			const s = svg.getBoundingClientRect();
			const m = el.getBoundingClientRect();
			return { ratio: w! / h!, width: s.width, height: s.height, left: s.left - m.left, right: m.right - s.right };
		});
		expect(box.height, path).toBeLessThanOrEqual(300.5);
		expect(box.height, path).toBeGreaterThan(290);
		expect(Math.abs(box.width - box.height * box.ratio), path).toBeLessThan(1);
		expect(Math.abs(box.left - box.right), `${path} centred`).toBeLessThan(1);
	}
});
