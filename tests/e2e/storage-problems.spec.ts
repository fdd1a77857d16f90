import { expect, test } from '@playwright/test';

/**
 * When the database cannot be opened, the layout says what happened and offers a reload,
 * rather than leaving a blank or silently broken page.
 */
test('a database that fails to open: the layout explains, nothing is blank', async ({ page }) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
		};
	});
	await page.goto('/');
	const problem = page.getByRole('alert').filter({ hasText: 'Stride could not open your saved progress' });
	await expect(problem).toContainText('Nothing was changed: your progress is stored as it was. Reload to try again.');
	await expect(problem.getByRole('button', { name: 'Reload' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
});

test('a window without IndexedDB: the layout says progress cannot be saved here', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/');
	await expect(page.getByRole('alert').filter({ hasText: 'does not let Stride store anything' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
});
