import { expect, Learner, test } from './fixtures';
import { countReviews, expectConsistent, readStored } from './storage';

test('two tabs answer alternately: every answer logged exactly once, none lost', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	for (const page of [first, second]) {
		await page.goto('/quiz');
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
	}

	let expected = 0;
	for (let round = 0; round < 5; round++) {
		for (const tab of [new Learner(first), new Learner(second)]) {
			const { page } = tab;
			await tab.answerByKeyboard(round !== 2);
			expected += 1;
			expect(await countReviews(first)).toBe(expected);
			await page.keyboard.press('Enter');
			// A miss puts its fact back later in the session, so the total can grow.
			await expect(page.getByText(new RegExp(`Question ${round + 2} of \\d+`))).toBeVisible();
		}
	}

	const stored = await readStored(second);
	expect(stored.reviews).toHaveLength(10);
	// Both tabs asked the same five facts in turn: each fact answered once in each tab, the
	// second answer building on the card the first one left.
	expect(new Set(stored.reviews.map((r) => r.sessionId)).size).toBe(2);
	expect(new Set(stored.reviews.map((r) => r.factId)).size).toBe(5);
	expectConsistent(stored);
});

test('Today in one tab counts the answers given in another, live', async ({ context }) => {
	const today = await context.newPage();
	const quiz = await context.newPage();
	const learner = new Learner(quiz);
	await today.goto('/');
	await expect(today.getByTestId('new-count')).toHaveText('10');

	await quiz.goto('/quiz');
	await expect(quiz.getByText('Question 1 of 10')).toBeVisible();
	await learner.answerByKeyboard(true);
	await expect(today.getByTestId('new-count')).toHaveText('9');
	await quiz.keyboard.press('Enter');
	await expect(quiz.getByText('Question 2 of 11')).toBeVisible();
	await learner.answerByKeyboard(false);
	await expect(today.getByTestId('new-count')).toHaveText('8');
	await expect(today.getByText(/^\s*2 of \d+ facts studied/)).toBeVisible();
});

test('a newer version opening the database: the older tab lets go and asks for a reload', async ({ context }) => {
	const older = await context.newPage();
	await older.goto('/');
	await expect(older.getByTestId('new-count')).toHaveText('10');
	const version = await older.evaluate(
		async () => (await indexedDB.databases()).find((db) => db.name === 'stride')?.version
	);
	// Dexie stores schema version N as IndexedDB version N × 10 (the current schema is 3 or later).
	expect(version! % 10).toBe(0);
	expect(version).toBeGreaterThanOrEqual(30);

	// Another tab runs a newer Stride: it opens the database at a higher version.
	const newer = await context.newPage();
	await newer.goto('/favicon.svg');
	const outcome = await newer.evaluate(
		(to) =>
			new Promise<string>((resolve) => {
				const request = indexedDB.open('stride', to);
				request.onblocked = () => resolve('blocked');
				request.onsuccess = () => {
					request.result.close();
					resolve(`opened at ${request.result.version}`);
				};
				request.onerror = () => resolve(`failed: ${request.error?.name}`);
			}),
		version! + 10
	);
	expect(outcome).toBe(`opened at ${version! + 10}`);

	await expect(older.getByRole('alert')).toContainText(
		'Stride was updated in another tab or device; reload to continue.'
	);
	// The older tab writes nothing now: its quiz can't start on the closed connection.
	await older.getByRole('link', { name: "Start today's quiz" }).click();
	await expect(older.getByRole('alert').filter({ hasText: 'could not be loaded' })).toBeVisible();
	expect(await countReviews(newer)).toBe(0);

	// The reload loads the same build again (this test serves one), which is older than the
	// database now: it leaves the database alone rather than use it (issue 12). Served the
	// newer build, as after a real update, the reloaded tab would be that newer Stride.
	await older.getByRole('button', { name: 'Reload' }).click();
	// The layout's notice (the quiz page, whose start read one transaction, says the same reason).
	await expect(
		older
			.getByRole('alert')
			.filter({ hasText: 'Stride was updated in another tab or device' })
			.filter({ has: older.getByRole('button', { name: 'Reload' }) })
	).toBeVisible();
	await expect(older.getByText(/Question 1 of/)).toHaveCount(0);
	const after = await newer.evaluate(
		async () => (await indexedDB.databases()).find((db) => db.name === 'stride')?.version
	);
	expect(after).toBe(version! + 10);
	expect(await countReviews(newer)).toBe(0);
});
