import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Looks at what Stride really stored: each helper opens IndexedDB "stride" from inside the page
 * with the raw API (no app code), reads, and closes its connection again.
 */

export interface StoredCard {
	factId: string;
	phase: string;
	due: number;
	reps: number;
	[field: string]: unknown;
}
export interface StoredReview {
	id: string;
	factId: string;
	reviewedAt: number;
	sessionId: string;
	before: StoredCard;
	after: StoredCard;
	given: string;
	[field: string]: unknown;
}
export interface Stored {
	reviews: StoredReview[];
	cards: StoredCard[];
	sessions: { id: string }[];
}

export async function readStored(page: Page): Promise<Stored> {
	return page.evaluate(async () => {
		const known = await indexedDB.databases();
		if (!known.some((db) => db.name === 'stride')) return { reviews: [], cards: [], sessions: [] };
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('stride');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const all = (store: string) =>
			new Promise<unknown[]>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		const [reviews, cards, sessions] = await Promise.all([all('reviews'), all('cards'), all('sessions')]);
		db.close();
		return { reviews, cards, sessions } as never;
	});
}

export async function countReviews(page: Page): Promise<number> {
	return (await readStored(page)).reviews.length;
}

/**
 * The invariant that a crash must never break: every answer in the log has its card, and each
 * card is exactly the state its fact's latest answer left — no log row without its card
 * update, no card update without its log row.
 */
export function expectConsistent({ reviews, cards }: Stored): void {
	const latest = new Map<string, StoredReview>();
	for (const row of [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
		const previous = latest.get(row.factId);
		if (previous) expect(row.before, `${row.id} follows ${previous.id}`).toEqual(previous.after);
		latest.set(row.factId, row);
	}
	expect(cards.map((c) => c.factId).sort()).toEqual([...latest.keys()].sort());
	for (const card of cards) expect(card).toEqual(latest.get(card.factId)!.after);
	expect(new Set(reviews.map((r) => r.id)).size).toBe(reviews.length);
}

/** Waits until the service worker has installed (precached everything) and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
		timeout: 15_000
	});
}

/** Cuts the network, and proves it: a request nothing has cached must fail. */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
	await context.setOffline(true);
	const probe = await page.evaluate(() =>
		fetch(`/never-cached-${Date.now()}.txt`, { cache: 'no-store' }).then(
			(response) => `answered ${response.status}`,
			(error: unknown) => `failed: ${String(error)}`
		)
	);
	expect(probe).toMatch(/^failed: TypeError/);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

/**
 * Writes rows as Stride stores them, behind the app's back (raw IndexedDB, no app code): a
 * history the browser tests could not reach by answering in a few minutes. Open a page of the
 * app first and wait until it shows stored data (the app has then created the database: seeding
 * before would create an empty one), and reload after.
 */
export async function seedStored(page: Page, rows: { cards: StoredCard[]; reviews: StoredReview[] }): Promise<void> {
	await page.evaluate(async ({ cards, reviews }) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('stride');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(['cards', 'reviews'], 'readwrite');
			for (const card of cards) tx.objectStore('cards').put(card);
			for (const review of reviews) tx.objectStore('reviews').put(review);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, rows);
}
