import { type Page } from '@playwright/test';
import { expect, Learner, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { readStored } from './storage';

const XSS = '<img src=x onerror=alert(1)>';

async function downloadBackup(page: Page, button = 'Download a backup'): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
	await page
		.getByLabel('Choose a backup file')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Fails the test if any dialog (alert, confirm) opens or any <img> appears in the page. */
function watchForInjection(page: Page): { dialogs: string[] } {
	const seen = { dialogs: [] as string[] };
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return seen;
}

test('the Your data page says whether storage is persistent, and is accessible', async ({
	page,
	expectNoAxeViolations
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Your data' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	await expect(page.getByTestId('persistence')).toContainText(persisted ? 'Persistent.' : 'Not persistent.');
	if (!persisted) await expect(page.getByTestId('persistence')).toContainText('Download a backup now and then');
	await expect(page.getByTestId('current-counts')).toHaveText('Now stored: 0 answers on 0 facts, in 0 sessions.');
	await expectNoAxeViolations();

	await page.setViewportSize({ width: 360, height: 740 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('storage the browser has promised to keep, or agrees to keep when asked', async ({ page, context }) => {
	// Chromium grants persistence by its own engagement heuristics; these stubs stand in for
	// its two answers, so both states of the page are seen.
	await page.addInitScript(() => {
		StorageManager.prototype.persisted = async () => true;
	});
	await page.goto('/data');
	await expect(page.getByTestId('persistence')).toContainText(
		'Persistent. Your browser has promised to keep Stride’s data'
	);
	await expect(page.getByRole('button', { name: 'Ask the browser to keep my data' })).toHaveCount(0);

	const asking = await context.newPage();
	await asking.addInitScript(() => {
		let granted = false;
		StorageManager.prototype.persisted = async () => granted;
		StorageManager.prototype.persist = async () => (granted = true);
	});
	await asking.goto('/data');
	await expect(asking.getByTestId('persistence')).toContainText('Not persistent.');
	await asking.getByRole('button', { name: 'Ask the browser to keep my data' }).click();
	await expect(asking.getByText('Your browser will now keep Stride’s data.')).toBeVisible();
	await expect(asking.getByTestId('persistence')).toContainText('Persistent.');
});

test('export, then import into an empty browser profile: the same progress, offered a backup first', async ({
	page,
	browser,
	learner
}) => {
	await learner.answerFirst(3);
	await page.goto('/data');
	await expect(page.getByTestId('current-counts')).toHaveText('Now stored: 3 answers on 3 facts, in 1 session.');
	const backup = await downloadBackup(page);
	expect(backup.name).toMatch(/^stride-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = JSON.parse(backup.text) as {
		format: string;
		formatVersion: number;
		reviews: unknown[];
		appVersion: string;
	};
	expect(file).toMatchObject({ format: 'stride-backup', formatVersion: 2, appVersion: '0.1.0' });
	expect(file.reviews).toHaveLength(3);
	await expect(page.getByText(`Downloaded ${backup.name}: 3 answers on 3 facts.`)).toBeVisible();
	const original = await readStored(page);

	// Another device: a fresh profile with progress of its own.
	const other = await (await browser.newContext()).newPage();
	await new Learner(other).answerFirst(1);
	await other.goto('/data');
	await chooseFile(other, backup.name, backup.text);
	const confirm = other.getByTestId('import-confirm');
	await expect(confirm).toContainText(`${backup.name} is a valid backup: 3 answers on 3 facts`);
	await expect(confirm).toContainText('replaces your current progress (1 answer on 1 fact)');
	expect((await readStored(other)).reviews).toHaveLength(1);

	const safety = await downloadBackup(other, 'Download my current progress first');
	expect((JSON.parse(safety.text) as { reviews: unknown[] }).reviews).toHaveLength(1);

	await other.getByRole('button', { name: 'Replace my progress with this backup' }).click();
	await expect(other.getByText('Imported: your progress is now the backup’s 3 answers on 3 facts.')).toBeVisible();
	await expect(other.getByTestId('current-counts')).toHaveText('Now stored: 3 answers on 3 facts, in 1 session.');
	const restored = await readStored(other);
	const byId = <T extends { id?: string; factId?: string }>(rows: T[]) =>
		[...rows].sort((a, b) => String(a.id ?? a.factId).localeCompare(String(b.id ?? b.factId)));
	expect(byId(restored.reviews)).toEqual(byId(original.reviews));
	expect(byId(restored.cards)).toEqual(byId(original.cards));
	expect(byId(restored.sessions)).toEqual(byId(original.sessions));

	await other.goto('/');
	await expect(other.getByText(/3 of \d+ facts studied/)).toBeVisible();
	await other.context().close();
});

test('a hostile file is refused with its reason shown as text, and changes nothing', async ({ page, learner }) => {
	const seen = watchForInjection(page);
	await learner.answerFirst(2);
	await page.goto('/data');
	const valid = JSON.parse((await downloadBackup(page)).text) as { reviews: { factId: string }[] };
	const before = await readStored(page);

	valid.reviews[0]!.factId = XSS;
	await chooseFile(page, 'evil.json', JSON.stringify(valid));
	const message = page.getByRole('alert');
	await expect(message).toContainText(`reviews[0].factId must be an id of letters, digits and - . _ :, not "${XSS}"`);
	await expect(page.getByTestId('import-confirm')).toHaveCount(0);

	await chooseFile(page, 'proto.json', '{"__proto__": {"isAdmin": true}, "format": "stride-backup"}');
	await expect(message).toContainText('This file contains the key "__proto__"');
	await chooseFile(page, 'not-json.json', 'hello');
	await expect(message).toContainText('This file is not valid JSON');

	expect(await page.locator('img').count()).toBe(0);
	expect(seen.dialogs).toEqual([]);
	expect(await readStored(page)).toEqual(before);
	expect(await page.evaluate(() => (({}) as Record<string, unknown>).isAdmin)).toBeUndefined();
});

test('a valid file whose answers contain markup imports it as text, shown as text', async ({ page, learner }) => {
	const seen = watchForInjection(page);
	await learner.answerFirst(2);
	await page.goto('/data');
	const file = JSON.parse((await downloadBackup(page)).text) as {
		reviews: { given: string; correct: boolean; grade: string }[];
	};
	for (const review of file.reviews) Object.assign(review, { given: XSS, correct: false, grade: 'again' });

	await chooseFile(page, 'markup.json', JSON.stringify(file));
	await page.getByRole('button', { name: 'Replace my progress with this backup' }).click();
	await expect(page.getByText('Imported: your progress is now the backup’s 2 answers on 2 facts.')).toBeVisible();

	await page.goto('/review');
	await expect(page.getByText(`as “${XSS}”`).first()).toBeVisible();
	expect(await page.locator('img').count()).toBe(0);
	expect(seen.dialogs).toEqual([]);
});

test('repair rebuilds damaged fact states from the answers', async ({ page, learner }) => {
	await learner.answerFirst(3);
	const intact = await readStored(page);
	// Damage the card rows behind the app's back: one garbled, one lost.
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve) => {
			const request = indexedDB.open('stride');
			request.onsuccess = () => resolve(request.result);
		});
		const store = db.transaction('cards', 'readwrite').objectStore('cards');
		const cards = await new Promise<{ factId: string }[]>((resolve) => {
			const request = store.getAll();
			request.onsuccess = () => resolve(request.result);
		});
		store.put({ ...cards[0], phase: 'broken', stability: null });
		store.delete(cards[1]!.factId);
		await new Promise((resolve) => (store.transaction.oncomplete = resolve));
		db.close();
	});
	expect((await readStored(page)).cards).not.toEqual(intact.cards);

	await page.goto('/data');
	await page.getByRole('button', { name: 'Rebuild fact states from my answers' }).click();
	await expect(
		page.getByText(
			'Rebuilt 3 cards from your answers: 1 damaged record was set aside (kept on this page, and downloadable); ' +
				'2 cards differed from your answers and were corrected.'
		)
	).toBeVisible();
	const repaired = await readStored(page);
	expect(repaired.cards).toEqual(intact.cards);
	expect(repaired.reviews).toEqual(intact.reviews);
});
