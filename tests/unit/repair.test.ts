import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { repairCards } from '$lib/db/repair';
import { YourData } from '$lib/state/your-data.svelte';
import { dropAll, freshDatabase, seedProgress, snapshot } from './helpers/progress';
import { failWrites, quotaExceeded } from './fault-injection';

afterEach(dropAll);

async function seeded() {
	const db = freshDatabase();
	await seedProgress(db);
	return db;
}

describe('repairCards', () => {
	it('rebuilds exactly the cards the answers produced: an intact database is left as it was', async () => {
		const db = await seeded();
		const before = await snapshot(db);
		expect(await repairCards(db)).toEqual({ rebuilt: 12, changed: 0, removed: 0 });
		expect(await snapshot(db)).toBe(before);
	});

	it('restores lost, garbled and stray card rows from the review log', async () => {
		const db = await seeded();
		const intact = await db.cards.toArray();
		const [lost, garbled, stale] = intact;
		await db.cards.delete(lost!.factId);
		await db.cards.put({ ...garbled!, stability: Number.NaN, phase: 'zzz' as never });
		await db.cards.put({ ...stale!, due: 0, reps: 0 });
		await db.cards.put({ ...intact[3]!, factId: 'calves.exercise.calf-raise-never-answered' });

		expect(await repairCards(db)).toEqual({ rebuilt: 12, changed: 3, removed: 1 });
		expect(await db.cards.toArray()).toEqual(intact);
	});

	it('reads the settings through the settings page’s own schema: a damaged row gives the defaults, not damage', async () => {
		const db = await seeded();
		await db.settings.clear();
		await repairCards(db);
		const withDefaults = await db.cards.toArray();
		await db.settings.put({ key: 'settings', desiredRetention: 5, newPerDay: 10, reviewsPerDay: 100, dayStartHour: 4 });
		await db.cards.clear();
		await repairCards(db);
		const cards = await db.cards.toArray();
		expect(cards.every((card) => Number.isFinite(card.due) && Number.isFinite(card.stability))).toBe(true);
		expect(cards).toEqual(withDefaults);
	});

	it('rebuilds the last answer’s "after" state for every fact', async () => {
		const db = await seeded();
		await db.cards.clear();
		await repairCards(db);
		const reviews = await db.reviews.orderBy('reviewedAt').toArray();
		const latest = new Map(reviews.map((row) => [row.factId, row.after]));
		expect(new Map((await db.cards.toArray()).map((card) => [card.factId, card]))).toEqual(latest);
	});

	it('is one transaction: if writing the cards fails, the damaged rows stay as they were', async () => {
		const db = await seeded();
		await db.cards.delete((await db.cards.toCollection().first())!.factId);
		const damaged = await db.cards.toArray();
		db.close();
		failWrites(db, 'cards', (request) => (request.type === 'add' ? quotaExceeded() : null));

		await db.open();

		await expect(repairCards(db)).rejects.toMatchObject({ name: 'QuotaExceededError' });
		expect(await db.cards.toArray()).toEqual(damaged);
		expect(await db.reviews.count()).toBe(24);

		const page = new YourData(db);
		await page.repair();
		expect(page.repairNote).toEqual({
			kind: 'error',
			text: 'The repair failed and nothing was changed: your device is out of storage space; free some space, then try again.'
		});
	});

	it('reports what it did on the Your data page', async () => {
		const db = await seeded();
		const page = new YourData(db);
		await page.repair();
		expect(page.repairNote).toEqual({
			kind: 'success',
			text: 'All 12 cards already matched your answers; nothing needed repair.'
		});
		await db.cards.delete((await db.cards.toCollection().first())!.factId);
		await page.repair();
		expect(page.repairNote).toEqual({
			kind: 'success',
			text: 'Rebuilt 12 cards from your answers: 1 card differed from your answers and was corrected.'
		});
	});
});
