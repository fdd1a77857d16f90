import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A database newer than the app (a newer Stride in another tab, or from a device sync) is left
 * alone: every page says so, and afterwards IndexedDB holds exactly what it held before —
 * same version, same stores and indexes, same rows. Everything is set up and read with the raw
 * IndexedDB API on a page of Stride's origin that runs no app code (the favicon).
 */

const UPDATED_ELSEWHERE = 'Stride was updated in another tab or device; reload to continue.';
const NEWER = 999;

interface RawDatabase {
	version: number;
	stores: Record<
		string,
		{ keyPath: unknown; autoIncrement: boolean; indexes: Record<string, unknown>; rows: unknown[] }
	>;
}

/** Every database of the origin, with its version, stores, indexes and rows (raw IndexedDB). */
async function readAll(page: Page): Promise<Record<string, RawDatabase>> {
	return page.evaluate(async () => {
		const request = <T>(req: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
		const all: Record<string, RawDatabase> = {};
		for (const { name } of await indexedDB.databases()) {
			// Without a version: never an upgrade (and abort one, should the database be gone).
			const open = indexedDB.open(name!);
			open.onupgradeneeded = () => open.transaction!.abort();
			const db = await request(open);
			const stores: RawDatabase['stores'] = {};
			for (const store of [...db.objectStoreNames]) {
				const objectStore = db.transaction(store).objectStore(store);
				stores[store] = {
					keyPath: objectStore.keyPath,
					autoIncrement: objectStore.autoIncrement,
					indexes: Object.fromEntries(
						[...objectStore.indexNames].map((index) => {
							const { keyPath, unique, multiEntry } = objectStore.index(index);
							return [index, { keyPath, unique, multiEntry }];
						})
					),
					rows: await request(objectStore.getAll())
				};
			}
			all[name!] = { version: db.version, stores };
			db.close();
		}
		return all;
	});
}

/** A newer Stride's database: other stores (renamed, dropped, added) with a learner's rows. */
async function createNewerWithOtherStores(page: Page): Promise<void> {
	await page.evaluate(
		(version) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('stride', version);
				open.onupgradeneeded = () => {
					const db = open.result;
					const answers = db.createObjectStore('answers', { keyPath: 'id' });
					answers.createIndex('factId', 'factId');
					db.createObjectStore('factStates', { keyPath: 'factId' }).createIndex('due', 'due');
					db.createObjectStore('settings', { keyPath: 'key' });
					db.createObjectStore('syncLog', { autoIncrement: true });
					const tx = open.transaction!;
					for (let i = 0; i < 30; i++) {
						tx.objectStore('answers').add({
							id: `a${i}`,
							factId: `fact-${i % 7}`,
							at: 1768203002222 + i * 60_000,
							grade: 3
						});
					}
					for (let i = 0; i < 7; i++)
						tx.objectStore('factStates').add({ factId: `fact-${i}`, due: 1768300000000 + i, reps: 4 });
					tx.objectStore('settings').add({ key: 'settings', retention: 0.9, syncedFrom: 'laptop' });
					tx.objectStore('syncLog').add({ device: 'laptop', at: 1768203002222 });
				};
				open.onsuccess = () => {
					open.result.close();
					resolve();
				};
				open.onerror = () => reject(open.error);
			}),
		NEWER
	);
}

/** Raises the database to `version` with raw IndexedDB, changing nothing else. */
async function raiseVersion(page: Page, version: number): Promise<void> {
	const outcome = await page.evaluate(
		(to) =>
			new Promise<string>((resolve) => {
				const open = indexedDB.open('stride', to);
				open.onblocked = () => resolve('blocked');
				open.onsuccess = () => {
					open.result.close();
					resolve(`opened at ${open.result.version}`);
				};
				open.onerror = () => resolve(`failed: ${open.error?.name}`);
			}),
		version
	);
	expect(outcome).toBe(`opened at ${version}`);
}

async function expectLeftAlone(page: Page, path: string): Promise<void> {
	await page.goto(path);
	// The layout's notice on every page (the quiz's own failure to load says it again).
	await expect(page.getByRole('alert').filter({ hasText: UPDATED_ELSEWHERE }).first()).toBeVisible();
	// Let any write the page would try settle before looking.
	await page.waitForTimeout(300);
}

test('a version-999 database with other stores: every page says so, and it is left exactly as it was', async ({
	page
}) => {
	await page.goto('/favicon.svg');
	await createNewerWithOtherStores(page);
	const before = await readAll(page);
	expect(Object.keys(before)).toEqual(['stride']);
	expect(before.stride!.version).toBe(NEWER);
	expect(Object.keys(before.stride!.stores).sort()).toEqual(['answers', 'factStates', 'settings', 'syncLog']);

	await expectLeftAlone(page, '/');
	// Not shown as a learner who has studied nothing.
	await expect(page.getByText(/facts studied so far/)).toHaveCount(0);
	await expect(page.getByRole('link', { name: "Start today's quiz" })).toHaveCount(0);

	await expectLeftAlone(page, '/quiz');
	await expect(page.getByText(/Question 1 of/)).toHaveCount(0);

	await expectLeftAlone(page, '/progress');

	// Reloading (as the message asks) with this same, older app still leaves it alone.
	await page.getByRole('button', { name: 'Reload' }).first().click();
	await expect(page.getByRole('alert').filter({ hasText: UPDATED_ELSEWHERE })).toBeVisible();
	await page.waitForTimeout(300);

	await page.goto('/favicon.svg');
	expect(await readAll(page)).toEqual(before);
});

test('the same stores at a higher version: not used silently, nothing written', async ({ page }) => {
	// This app creates its database as it is now (starting a quiz writes its session row)...
	await page.goto('/quiz');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await page.goto('/favicon.svg');
	const ours = (await readAll(page)).stride!;
	expect(ours.version % 10).toBe(0);
	// ...then a newer Stride raises its version, keeping the same stores.
	await raiseVersion(page, NEWER);
	const before = await readAll(page);
	expect(before.stride!.version).toBe(NEWER);
	expect(before.stride!.stores).toEqual(ours.stores);

	await expectLeftAlone(page, '/');
	await expect(page.getByTestId('new-count')).toHaveCount(0);
	await expectLeftAlone(page, '/quiz');
	await expect(page.getByText(/Question 1 of/)).toHaveCount(0);
	await expectLeftAlone(page, '/progress');

	await page.goto('/favicon.svg');
	expect(await readAll(page)).toEqual(before);
});
