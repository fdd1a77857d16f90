import type { Browser, BrowserContext, Page } from '@playwright/test';
import { Learner } from './fixtures';
import { readStored, waitForServiceWorker, type Stored } from './storage';
import { expect, test, type LearnerDatabase } from './sync-fixtures';
import { isKeyDocument, seal, unlockKey } from '../../src/lib/sync/crypto';

/**
 * Sync, end to end: two browser contexts are two devices (each its own IndexedDB), syncing
 * through a real CouchDB-protocol server (pouchdb-server, in memory, started by the fixtures).
 * What each device stored is read with raw IndexedDB (storage.ts), never through app code.
 */

const PASSPHRASE = 'tempo run on tuesday';

interface Device {
	context: BrowserContext;
	page: Page;
	learner: Learner;
}

async function newDevice(browser: Browser): Promise<Device> {
	const context = await browser.newContext();
	await context.addInitScript(() => localStorage.setItem('stride.welcome-done', 'yes'));
	const page = await context.newPage();
	return { context, page, learner: new Learner(page) };
}

/** Fills the sync form on the device's sync page and asks to connect. */
async function fillSyncForm(page: Page, database: LearnerDatabase, passphrase = PASSPHRASE, url = database.url) {
	await page.goto('/sync');
	await page.getByLabel('Database address').fill(url);
	await page.getByLabel('User name').fill(database.user);
	await page.getByLabel('Password', { exact: true }).fill(database.password);
	await page.getByLabel('Encryption passphrase').fill(passphrase);
	await page.getByRole('button', { name: 'Connect' }).click();
}

/** Connects a device and accepts the preview; returns the preview's text. */
async function connect(device: Device, database: LearnerDatabase): Promise<string> {
	await fillSyncForm(device.page, database);
	const preview = device.page.getByRole('heading', { name: /^(Start syncing\?|Merge with your other devices\?)$/ });
	await expect(preview).toBeVisible({ timeout: 30_000 });
	const text = (await device.page.locator('section.card').first().innerText()).replace(/\s+/g, ' ');
	await device.page.getByRole('button', { name: /^(Start syncing|Merge and sync)$/ }).click();
	await expectSynced(device.page);
	return text;
}

async function expectSynced(page: Page) {
	if (!page.url().endsWith('/sync')) await page.goto('/sync');
	await expect(page.getByTestId('sync-status')).toHaveText(/^Synced/, { timeout: 30_000 });
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const byFact = <T extends { factId: string }>(rows: T[]) => [...rows].sort((a, b) => a.factId.localeCompare(b.factId));

/** What must be equal on two devices with the same log: every log row and every card, field for field. */
const history = (stored: Stored) => ({ reviews: byId(stored.reviews), cards: byFact(stored.cards) });

/** Waits until the device has stored `count` log rows (sync is live: it gets there on its own). */
async function expectReviews(page: Page, count: number): Promise<Stored> {
	await expect.poll(async () => (await readStored(page)).reviews.length, { timeout: 30_000 }).toBe(count);
	return readStored(page);
}

test.describe.configure({ timeout: 180_000 });

test('an answer on one device reaches the other with identical cards, and an undo follows it', async ({
	browser,
	learnerDatabase
}) => {
	const a = await newDevice(browser);
	const b = await newDevice(browser);
	await a.learner.answerFirst(3);
	const firstPreview = await connect(a, learnerDatabase);
	expect(firstPreview).toContain('This is the first device on this database. 3 answers on this device');

	const preview = await connect(b, learnerDatabase);
	expect(preview).toContain('On this device 0 answers');
	expect(preview).toContain('On the server 3 answers');
	expect(preview).toContain('After merging, everywhere 3 answers');
	const onB = await expectReviews(b.page, 3);
	expect(history(onB)).toEqual(history(await readStored(a.page)));

	// B answers; A sees it. Then A answers one more and takes it back: B follows both.
	await b.learner.answerFirst(2);
	await expectReviews(a.page, 5);
	await a.page.goto('/quiz');
	await expect(a.page.getByText(/Question 1 of \d+/)).toBeVisible();
	await a.learner.answerByKeyboard(true);
	await expectReviews(b.page, 6);
	await a.page.getByRole('button', { name: 'Undo answer' }).click();
	await expectReviews(b.page, 5);
	await expectReviews(a.page, 5);
	await expectSynced(a.page);
	await expectSynced(b.page);
	expect(history(await readStored(b.page))).toEqual(history(await readStored(a.page)));

	// Still so after a reload: what B merged is stored, not held in the page.
	await b.page.reload();
	expect(history(await readStored(b.page))).toEqual(history(await readStored(a.page)));
	await a.context.close();
	await b.context.close();
});

test('answers made offline on both devices, the same facts too, merge to the union with deep-equal cards', async ({
	browser,
	learnerDatabase
}) => {
	const a = await newDevice(browser);
	const b = await newDevice(browser);
	await connect(a, learnerDatabase);
	await connect(b, learnerDatabase);

	await waitForServiceWorker(a.page);
	await waitForServiceWorker(b.page);
	await a.context.setOffline(true);
	await b.context.setOffline(true);
	// Both devices take today's quiz: a new learner meets the same first facts on each.
	await a.learner.answerFirst(4);
	await b.learner.answerFirst(3);
	await a.page.goto('/sync');
	await expect(a.page.getByTestId('sync-status')).toHaveText('Offline — 4 answers waiting');
	const aOffline = await readStored(a.page);
	const bOffline = await readStored(b.page);
	const sharedFacts = aOffline.reviews.filter((row) => bOffline.reviews.some((other) => other.factId === row.factId));
	expect(sharedFacts.length).toBeGreaterThan(0);

	await a.context.setOffline(false);
	await b.context.setOffline(false);
	const onA = await expectReviews(a.page, 7);
	const onB = await expectReviews(b.page, 7);
	expect(byId(onA.reviews).map((row) => row.id)).toEqual(
		byId([...aOffline.reviews, ...bOffline.reviews]).map((row) => row.id)
	);
	await expectSynced(a.page);
	await expectSynced(b.page);
	expect(history(await readStored(a.page))).toEqual(history(await readStored(b.page)));
	// Both answers to a fact answered on both devices are kept, in time order.
	const fact = sharedFacts[0]!.factId;
	expect(onB.reviews.filter((row) => row.factId === fact)).toHaveLength(2);
	await a.context.close();
	await b.context.close();
});

test('the server stores no fact, answer or grade in readable form', async ({
	browser,
	learnerDatabase,
	syncServer
}) => {
	const a = await newDevice(browser);
	await a.learner.answerFirst(3);
	await connect(a, learnerDatabase);
	const { reviews } = await readStored(a.page);
	const documents = await syncServer.allDocs(learnerDatabase.name);
	const text = JSON.stringify(documents);
	expect(documents.length).toBeGreaterThanOrEqual(4);
	for (const row of reviews) {
		expect(text).not.toContain(row.factId);
		if (row.given.length > 2) expect(text).not.toContain(row.given);
	}
	for (const secret of ['factId', 'grade', '"good"', '"again"', 'correct', 'given', 'answerMs', 'desiredRetention']) {
		expect(text).not.toContain(secret);
	}
	// The one plaintext document: how to derive the key (salt, iterations), and a sealed check.
	const plain = documents.filter((doc) => !('data' in doc));
	expect(plain.map((doc) => doc._id)).toEqual(['stride-key']);
	await a.context.close();
});

test('a wrong passphrase, a bad address and a refused password are told, and change nothing', async ({
	browser,
	learnerDatabase,
	syncServer
}) => {
	const a = await newDevice(browser);
	await a.learner.answerFirst(2);
	await connect(a, learnerDatabase);
	const documentsBefore = await syncServer.docCount(learnerDatabase.name);

	const b = await newDevice(browser);
	await b.learner.answerFirst(1);
	const before = await readStored(b.page);
	const alert = b.page.getByRole('alert');

	await fillSyncForm(b.page, learnerDatabase, 'not the passphrase');
	await expect(alert).toHaveText(/That passphrase does not open this sync database/, { timeout: 30_000 });
	await fillSyncForm(b.page, learnerDatabase, PASSPHRASE, 'http://127.0.0.1:9/nowhere');
	await expect(alert).toHaveText(/Stride could not reach http:\/\/127\.0\.0\.1:9\/nowhere/);
	await fillSyncForm(b.page, learnerDatabase, PASSPHRASE, 'http://example.org/stride');
	await expect(alert).toHaveText(/Use an https:\/\/ address/);
	await fillSyncForm(b.page, { ...learnerDatabase, password: 'wrong password' });
	await expect(alert).toHaveText(/The server refused the password/);

	await b.page.reload();
	expect(await readStored(b.page)).toEqual(before);
	expect(await syncServer.docCount(learnerDatabase.name)).toBe(documentsBefore);
	// Nothing of sync was left behind on B: no replica, and the form still asks to connect.
	const databases = await b.page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
	expect(databases).not.toContain('_pouch_stride-sync');
	await b.page.goto('/sync');
	await expect(b.page.getByRole('button', { name: 'Connect' })).toBeVisible();
	await a.context.close();
	await b.context.close();
});

test('a hostile document from the server is refused and reported, and changes nothing', async ({
	browser,
	learnerDatabase,
	syncServer
}) => {
	const a = await newDevice(browser);
	await a.learner.answerFirst(2);
	await connect(a, learnerDatabase);
	const before = await readStored(a.page);

	// The server (or whoever holds it) plants documents: garbage, and one sealed with the right
	// key — the passphrase leaked — whose answer breaks the rules (a grade Stride never writes).
	const keyDocument = (await syncServer.allDocs(learnerDatabase.name)).find((doc) => doc._id === 'stride-key');
	expect(isKeyDocument(keyDocument)).toBe(true);
	const key = (await unlockKey(keyDocument as never, PASSPHRASE))!;
	const { before: _before, after: _after, hadCard: _hadCard, ...entry } = before.reviews[0]!;
	const hostile = { type: 'entry', row: { ...entry, id: 'planted-1', grade: 'excellent' } };
	await syncServer.putDoc(learnerDatabase.name, {
		_id: 'planted-1',
		v: 1,
		...(await seal(key, 'planted-1', JSON.stringify(hostile)))
	});
	await syncServer.putDoc(learnerDatabase.name, { _id: 'planted-2', v: 1, iv: 'AAAA', data: 'bm90IGNpcGhlcnRleHQ=' });

	await a.page.goto('/sync');
	const report = a.page.getByRole('alert');
	await expect(report).toContainText('2 documents from the server failed Stride’s checks and were left out', {
		timeout: 30_000
	});
	await expect(report).toContainText(/Document planted-1: .*grade.*must be one of/);
	await expect(report).toContainText('Document planted-2: it was not sealed with your passphrase');
	expect(await readStored(a.page)).toEqual(before);
	await a.context.close();
});

test('the server dying mid-sync and coming back empty: both devices converge, nothing lost or doubled', async ({
	browser,
	learnerDatabase,
	syncServer
}) => {
	const a = await newDevice(browser);
	const b = await newDevice(browser);
	await a.learner.answerFirst(3);
	await connect(a, learnerDatabase);
	await connect(b, learnerDatabase);
	await expectReviews(b.page, 3);

	// A answers while the server is killed under the replication.
	await a.page.goto('/quiz');
	await expect(a.page.getByText(/Question 1 of \d+/)).toBeVisible();
	await a.learner.answerByKeyboard(true);
	await syncServer.kill();
	await a.page.keyboard.press('Enter');
	await a.learner.answerByKeyboard(false);
	await b.learner.answerFirst(2);
	await a.page.goto('/sync');
	await expect(a.page.getByTestId('sync-status')).toHaveText(
		/^Can’t reach the server — \d answers? waiting\. Stride keeps trying\.$/,
		{
			timeout: 30_000
		}
	);

	// The server comes back with nothing (in memory): the learner's database is set up again.
	await syncServer.restart();
	await syncServer.createLearner(learnerDatabase.name, learnerDatabase.user, learnerDatabase.password);
	const onA = await expectReviews(a.page, 7);
	const onB = await expectReviews(b.page, 7);
	expect(new Set([...onA.reviews, ...onB.reviews].map((row) => row.id)).size).toBe(7);
	await expectSynced(a.page);
	await expectSynced(b.page);
	expect(history(await readStored(a.page))).toEqual(history(await readStored(b.page)));
	// The server holds everything again, the key document too: a third device could join.
	const ids = (await syncServer.allDocs(learnerDatabase.name)).map((doc) => doc._id);
	expect(ids).toContain('stride-key');
	for (const row of onA.reviews) expect(ids).toContain(row.id);
	await a.context.close();
	await b.context.close();
});
