import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, Learner, test } from './fixtures';
import { expectConsistent, readStored } from './storage';

/** Answers `count` questions of a fresh quiz, right, moving on after each. */
async function answerSome(learner: Learner, count: number): Promise<void> {
	const { page } = learner;
	await page.goto('/quiz');
	for (let i = 0; i < count; i++) {
		await expect(page.getByText(new RegExp(`Question ${i + 1} of`))).toBeVisible();
		await learner.answerByKeyboard(i !== 0);
		await page.keyboard.press('Enter');
	}
}

/** Writes a card row behind the app's back, with the raw IndexedDB API. */
async function damageCard(page: Page, factId: string, fields: Record<string, unknown>): Promise<void> {
	await page.evaluate(
		async ({ factId, fields }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('stride');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction('cards', 'readwrite');
				const store = tx.objectStore('cards');
				const get = store.get(factId);
				get.onsuccess = () => store.put({ ...get.result, ...fields });
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ factId, fields }
	);
}

test('a damaged card: every page still works and points to Repair, which sets it aside', async ({
	page,
	expectNoAxeViolations,
	learner
}) => {
	await answerSome(learner, 3);
	const before = await readStored(page);
	const victim = before.reviews.find((row) => !row.after || row.correct === false)?.factId ?? before.cards[0]!.factId;
	// The tester's two cases at once: a field gone (toFixed of undefined) and an unknown phase.
	await damageCard(page, victim, { stability: undefined, phase: 'bogus' });

	const pages: [string, string][] = [
		['/', 'Today'],
		['/quiz', ''],
		['/review', 'Review missed'],
		['/progress', 'Progress'],
		[`/fact/${victim}`, '']
	];
	for (const [path, heading] of pages) {
		await page.goto(path);
		const alert = page.getByRole('alert').filter({ hasText: 'damaged saved record' });
		await expect(alert, path).toContainText('Stride found 1 damaged saved record and skipped it');
		if (heading) await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
		await expect(page.getByText(/Cannot read properties|Invalid time value|could not be loaded/)).toHaveCount(0);
		if (path === '/progress') await expectNoAxeViolations();
	}
	// The quiz does not ask the damaged fact.
	await page.goto('/quiz');
	await expect(page.getByText(/Question 1 of/)).toBeVisible();

	await page.goto('/progress');
	await page.getByRole('link', { name: 'Open Repair' }).click();
	await expect(page).toHaveURL(/\/data#repair$/);
	await expect(page.getByTestId('damaged')).toHaveText('1 damaged saved record found: Repair sets it aside.');
	await page.getByRole('button', { name: /Repair: rebuild fact states/ }).click();
	await expect(page.getByText(/1 damaged record was set aside/)).toBeVisible();
	await expect(page.getByTestId('damaged')).toHaveCount(0);
	await expect(page.getByTestId('set-aside')).toContainText('1 damaged record is kept aside');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the damaged records' }).click()
	]);
	const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
		rows: { table: string; key: string; row: { phase: string } }[];
	};
	expect(file.rows).toEqual([
		expect.objectContaining({ table: 'cards', key: victim, row: expect.objectContaining({ phase: 'bogus' }) })
	]);
	await expectNoAxeViolations();

	// After a reload: no damage left, the card rebuilt from the log, every answer still there.
	await page.reload();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Today');
	await expect(page.getByRole('alert')).toHaveCount(0);
	const after = await readStored(page);
	expect(after.reviews).toEqual(before.reviews);
	expectConsistent(after);
});

test('answered with the clock at 1970 (a dead clock battery): the backup it downloads restores', async ({
	page,
	learner
}) => {
	await page.clock.setFixedTime(new Date('1970-01-02T08:00:00Z'));
	await answerSome(learner, 2);
	await page.goto('/data');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download a backup' }).click()
	]);
	const text = readFileSync(await download.path(), 'utf8');
	expect(JSON.parse(text)).toMatchObject({ exportedAt: '1970-01-02T08:00:00.000Z', formatVersion: 2 });

	await page
		.getByLabel('Choose a backup file')
		.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: /Replace my progress/ }).click();
	await expect(page.getByText(/Imported: your progress is now the backup’s 2 answers/)).toBeVisible();
	await page.reload();
	expect((await readStored(page)).reviews).toHaveLength(2);
});

test('two tabs answering one fact at the same moment: its history stays in order, every time', async ({ browser }) => {
	for (let trial = 0; trial < 8; trial++) {
		const context = await browser.newContext();
		const [first, second] = [await context.newPage(), await context.newPage()];
		for (const tab of [first, second]) {
			await tab.goto('/quiz');
			await expect(tab.getByText('Question 1 of')).toBeVisible();
		}
		// Both tabs show the same first fact; both answers are prepared, then sent at once. The
		// first tab answers right and the second wrong, so the log tells whose answer is whose.
		const keys = [
			await new Learner(first).prepareKeyboardAnswer(true),
			await new Learner(second).prepareKeyboardAnswer(false)
		];
		await Promise.all([first.keyboard.press(keys[0]!.lastKey), second.keyboard.press(keys[1]!.lastKey)]);
		for (const tab of [first, second]) {
			await expect(tab.getByRole('status')).toContainText(/Right!|Not quite\./);
			// The verdict shows before the save: the store is read once both are saved.
			await expect(tab.getByRole('status')).toHaveAttribute('aria-busy', 'false');
		}

		const stored = await readStored(first);
		expect(stored.reviews, `trial ${trial}`).toHaveLength(2);
		const [earlier, later] = [...stored.reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
		expect(later!.reviewedAt).toBeGreaterThan(earlier!.reviewedAt);
		expectConsistent(stored);

		// The tab whose answer is the latest can undo it; the other is refused, and says why.
		expect(earlier!.factId).toBe(later!.factId);
		const latestTab = later!.correct ? first : second;
		const otherTab = latestTab === first ? second : first;
		await otherTab.getByRole('button', { name: 'Undo' }).click();
		await expect(otherTab.getByText(/answered again since/)).toBeVisible();
		await latestTab.getByRole('button', { name: 'Undo' }).click();
		await expect.poll(async () => (await readStored(first)).reviews.length).toBe(1);
		expectConsistent(await readStored(first));
		await context.close();
	}
});
