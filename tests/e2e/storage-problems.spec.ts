import { expect, test } from './fixtures';
import { readStored } from './storage';

/**
 * When the database cannot be opened, the layout says what happened and offers a reload,
 * rather than leaving a blank or silently broken page.
 */
test('a database that fails to open: the layout explains, nothing is blank', async ({ page }) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException(
				'A mutation operation was attempted on a database that did not allow mutations.',
				'InvalidStateError'
			);
		};
	});
	await page.goto('/');
	const problem = page.getByRole('alert').filter({ hasText: 'Stride could not open your saved progress' });
	await expect(problem).toContainText('Nothing was changed: your progress is stored as it was. Reload to try again.');
	await expect(problem.getByRole('button', { name: 'Reload' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
});

test('a window without IndexedDB: the layout says progress cannot be saved here', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/');
	await expect(page.getByRole('alert').filter({ hasText: 'does not let Stride store anything' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
});

/**
 * A full disk (the fullDisk fixture, see full-disk.ts: every transaction that writes is aborted at commit with a
 * QuotaExceededError, as Chromium does). Reads never depend on writes: pages that only read
 * work, and every write that fails says so in the same words.
 */
test.describe('a full disk', () => {
	test('/progress shows the history it could not cache', async ({ page, learner, fullDisk }) => {
		await page.goto('/quiz');
		// The summary reads the streak, which caches today's summary: one answer of extra
		// practice after it leaves that cache out of date, for /progress to store again.
		const answered = (await learner.answerUntilSummary()) + 1;
		await page.goto('/quiz?practice=weakest');
		await learner.answerByKeyboard(true);
		const before = await readStored(page);
		expect(before.reviews).toHaveLength(answered);

		await fullDisk.fill();
		await page.goto('/progress');
		await expect(page.getByTestId('calendar-today')).toHaveText(`Today: ${answered} answers`);
		await expect(page.getByTestId('current-streak')).toHaveText('1 day');
		await expect(page.getByRole('alert')).toHaveCount(0);
		// Reading the history did try to store today's summary, and was refused.
		expect(await fullDisk.refusedWrites()).toContain('daySummaries');
		expect(await readStored(page)).toEqual(before);
	});

	test('a quiz starts, and an answer says the device is full and records nothing', async ({
		page,
		learner,
		fullDisk
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
		await fullDisk.fill();
		await page.goto('/quiz');
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
		// The session row was tried, and refused.
		expect(await fullDisk.refusedWrites()).toContain('sessions');
		const before = await readStored(page);

		const { lastKey } = await learner.prepareKeyboardAnswer(true);
		const prompt = await page.getByRole('heading', { level: 1 }).textContent();
		// The verdict shows before the save; Enter, pressed at once, waits for the save to move on.
		await page.keyboard.press(lastKey);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('alert')).toHaveText(
			'Your device is out of storage space, so this answer was not saved (nothing was recorded). ' +
				'Free some space, then answer again.'
		);
		// The save failed: the verdict is withdrawn and the same question is open again, the
		// session as before the answer (10 questions: a saved right answer of a new fact makes 11).
		await expect(page.getByRole('status')).toBeEmpty();
		await expect(page.getByRole('button', { name: 'Next question' })).toHaveCount(0);
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(prompt!);
		expect(await readStored(page)).toEqual(before);
		expect(before.reviews).toEqual([]);

		// Space is back: the same question saves, and the session it belongs to is stored once the
		// learner moves on.
		await fullDisk.free();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(prompt!);
		await learner.answerByMouse(true);
		await expect(page.getByRole('alert')).toHaveCount(0);
		expect((await readStored(page)).reviews).toHaveLength(1);
		await page.keyboard.press('Enter');
		await expect(page.getByText('Question 2 of 11')).toBeVisible();
		await expect.poll(async () => (await readStored(page)).sessions.length).toBe(1);
		const after = await readStored(page);
		expect(after.reviews).toHaveLength(1);
		expect(after.sessions.map((row) => row.id)).toEqual([after.reviews[0]!.sessionId]);
	});

	test('settings say the device is out of storage space, and keep the stored values', async ({ page, fullDisk }) => {
		await page.goto('/settings');
		const newPerDay = page.getByLabel('New facts per day');
		await newPerDay.fill('12');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByRole('status')).toHaveText('Settings saved.');

		await fullDisk.fill();
		await newPerDay.fill('15');
		await page.getByRole('button', { name: 'Save settings' }).click();
		const problem = page.getByRole('alert');
		await expect(problem).toContainText('your device is out of storage space');
		await expect(problem).not.toContainText('QuotaExceeded');
		await expect(page.getByRole('status')).not.toHaveText('Settings saved.');
		expect(await fullDisk.refusedWrites()).toContain('settings');

		await page.reload();
		await expect(page.getByLabel('New facts per day')).toHaveValue('12');
	});
});
