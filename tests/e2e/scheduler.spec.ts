import { expect, test } from './fixtures';

test('a missed fact shows in Review missed, is practised until right, and stays listed as put right', async ({
	page,
	quiz
}) => {
	await quiz.answerByKeyboard(false);
	// Leave the session before the fact comes back (the quiz has no navigation: its way out is Today).
	await page.getByRole('link', { name: 'Leave the quiz' }).click();
	await page.getByRole('link', { name: 'Review missed' }).click();
	const list = page.getByRole('list', { name: 'Missed facts' });
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await page.reload();
	await expect(list.getByRole('listitem')).toHaveCount(1);

	await page.getByRole('link', { name: /Practise 1 missed fact/ }).click();
	// Wrong again: the fact comes straight back (it is the only one) until answered right.
	await expect(page.getByText('Question 1 of 1')).toBeVisible();
	await quiz.answerByKeyboard(false);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of 2')).toBeVisible();
	await quiz.answerByKeyboard(true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

	// Issue 14: the week's misses stay listed, with their latest result; nothing is left to practise.
	await page.goto('/review');
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await expect(list.getByRole('listitem')).toContainText('answered right since');
	await expect(page.getByRole('link', { name: /Practise/ })).toHaveCount(0);
});

test('undo by button and by Ctrl+Z puts the answer back exactly, also after a reload', async ({ page, learner }) => {
	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('10');
	await page.goto('/quiz');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	const first = await learner.readQuestion();
	await learner.answerByKeyboard(true);
	await page.getByRole('button', { name: 'Undo answer' }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	expect((await learner.readQuestion()).prompt).toBe(first.prompt);

	await learner.answerByKeyboard(false);
	await page.keyboard.press('Control+z');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('');

	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('10');
	await page.goto('/review');
	await expect(page.getByTestId('missed-empty')).toBeVisible();
});

test('a typed answer marked wrong can be counted as right', async ({ page, learner }) => {
	await page.goto('/quiz?kind=typed-exercise');
	await expect(page.getByText('Question 1 of')).toBeVisible();
	await learner.answerByKeyboard(false);
	await page.getByRole('button', { name: 'I typed it right — count it' }).click();
	await expect(page.getByRole('status')).toContainText('Counted as right');
	await page.goto('/review');
	await expect(page.getByTestId('missed-empty')).toBeVisible();
});

test('settings: a bad value is refused with a message; a good one is kept and used after a reload', async ({
	page,
	learner
}) => {
	await page.goto('/settings');
	const newPerDay = page.getByLabel('New facts per day');
	await expect(newPerDay).toHaveValue('10');
	await page.getByLabel('Desired retention (%)').fill('99');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('alert')).toContainText('Desired retention must be at most 97%.');

	await page.reload();
	await expect(page.getByLabel('Desired retention (%)')).toHaveValue('90');
	await newPerDay.fill('3');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toContainText('Settings saved.');
	await page.reload();
	await expect(newPerDay).toHaveValue('3');

	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('3');
	await page.getByRole('link', { name: "Start today's quiz" }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	// Three new facts, each asked again at its ten-minute step (learn-ahead).
	expect(await learner.answerUntilSummary()).toBe(6);
});

test('why is this due: the fact page explains a studied fact', async ({ page, quiz }) => {
	await quiz.answerByKeyboard(true);
	await page.getByRole('link', { name: 'Why is this due?' }).click();
	await expect(page.getByRole('heading', { name: 'Why is this due?' })).toBeVisible();
	await expect(page.getByText('Chance you recall it now')).toBeVisible();
	await expect(page.getByText(/Last answer/)).toBeVisible();
	await expect(page.getByText(/: right$/)).toBeVisible();
});
