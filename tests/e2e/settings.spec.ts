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

test('an invalid value: its message at its field, the value kept, focus on the first, nothing saved', async ({
	page,
	expectNoAxeViolations
}) => {
	await page.goto('/settings');
	const retention = page.getByLabel('Desired retention (%)');
	const newPerDay = page.getByLabel('New facts per day');
	const reviews = page.getByLabel('Reviews per day (at most)');
	await expect(retention).toHaveValue('90');
	const storedNew = await newPerDay.inputValue();

	await newPerDay.fill('150');
	await retention.fill('99');
	await reviews.fill('');
	await page.getByRole('button', { name: 'Save settings' }).click();

	// The first field in the form to correct has focus, and each says what is wrong beside it.
	await expect(retention).toBeFocused();
	await expect(retention).toHaveAttribute('aria-invalid', 'true');
	await expect(retention).toHaveAccessibleDescription(/Desired retention must be at most 97%\./);
	await expect(retention).toHaveValue('99');
	await expect(newPerDay).toHaveAttribute('aria-invalid', 'true');
	await expect(newPerDay).toHaveAccessibleDescription(/^New facts per day must be at most 100\.$/);
	await expect(newPerDay).toHaveValue('150');
	await expect(reviews).toHaveAccessibleDescription(/^Reviews per day must be a number\.$/);
	await expect(page.getByLabel('Learn ahead (minutes)')).not.toHaveAttribute('aria-invalid');
	await expect(page.getByRole('alert')).toContainText('Nothing was saved');
	await expect(page.getByRole('status')).not.toContainText('Settings saved.');
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectNoAxeViolations();
	}

	// Corrected, the messages go; a reload shows the refused values were never stored.
	await retention.fill('95');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(newPerDay).toBeFocused();
	await expect(retention).not.toHaveAttribute('aria-invalid');
	await page.reload();
	await expect(retention).toHaveValue('90');
	await expect(newPerDay).toHaveValue(storedNew);
	await expect(reviews).not.toHaveValue('');
});
