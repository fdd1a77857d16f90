import { expect, test } from './fixtures';

test('rest days and learn-ahead: set by keyboard, kept after a reload, refused when no study day is left', async ({
	page,
	expectNoAxeViolations
}) => {
	await page.goto('/settings');
	const restDays = page.getByRole('group', { name: 'Rest days' });
	const learnAhead = page.getByLabel('Learn ahead (minutes)');
	await expect(learnAhead).toHaveValue('20');
	await expectNoAxeViolations();

	await learnAhead.fill('5');
	await restDays.getByRole('checkbox', { name: 'Sat' }).focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(restDays.getByRole('checkbox', { name: 'Sun' })).toBeChecked();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toContainText('Settings saved.');

	await page.reload();
	await expect(learnAhead).toHaveValue('5');
	await expect(restDays.getByRole('checkbox', { name: 'Sat' })).toBeChecked();
	await expect(restDays.getByRole('checkbox', { name: 'Sun' })).toBeChecked();
	await expect(restDays.getByRole('checkbox', { name: 'Mon' })).not.toBeChecked();

	for (const name of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) await restDays.getByRole('checkbox', { name }).check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('alert')).toContainText('Rest days must leave at least one study day a week.');
	await expectNoAxeViolations();
});
