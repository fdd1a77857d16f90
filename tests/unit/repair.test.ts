import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { isCurrentFact } from '$lib/content/catalogue';
import { loadHistoryData, loadMasteryData } from '$lib/db/progress';
import { countDamaged } from '$lib/db/damage';
import { repairCards } from '$lib/db/repair';
import { cardProblem } from '$lib/db/rows';
import { YourData } from '$lib/state/your-data.svelte';
import { dropAll, freshDatabase, seedProgress, snapshot } from './helpers/progress';
import { failWrites, quotaExceeded } from './fault-injection';

afterEach(dropAll);

const T0 = Date.UTC(2026, 1, 9, 8);

async function seeded() {
	const db = freshDatabase();
	await seedProgress(db);
	return db;
}

describe('repairCards', () => {
	it('rebuilds exactly the cards the answers produced: an intact database is left as it was', async () => {
		const db = await seeded();
		const before = await snapshot(db);
		expect(await repairCards(db)).toEqual({ rebuilt: 12, changed: 0, removed: 0, setAside: 0 });
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

		expect(await repairCards(db)).toEqual({ rebuilt: 12, changed: 3, removed: 1, setAside: 1 });
		expect(await db.cards.toArray()).toEqual(intact);
		// The garbled row is kept aside as it was, with what is wrong with it.
		expect(await db.quarantine.toArray()).toEqual([
			expect.objectContaining({
				table: 'cards',
				key: garbled!.factId,
				problem: 'phase is not one of new, learning, review, relearning'
			})
		]);
		expect((await db.quarantine.toArray())[0]!.row).toMatchObject({ stability: Number.NaN, phase: 'zzz' });
	});

	it('sets a garbage log entry aside instead of replaying it: no card gets a NaN due, progress reads again', async () => {
		const db = await seeded();
		const intact = await db.cards.toArray();
		const [victim] = await db.reviews.orderBy('reviewedAt').toArray();
		// The tester's case: a row with garbage fields, then "Rebuild fact states".
		await db.reviews.put({
			...victim!,
			id: 'garbage',
			reviewedAt: 'yesterday' as never,
			grade: 'meh' as never,
			before: null as never
		});
		await db.sessions.put({ id: 'bad-session', startedAt: Number.NaN, finishedAt: null, day: 'soon' });

		expect(await countDamaged(db)).toBe(2);
		const report = await repairCards(db, T0);
		expect(report).toMatchObject({ rebuilt: 12, changed: 0, setAside: 2 });
		expect(await db.cards.toArray()).toEqual(intact);
		expect((await db.cards.toArray()).every((card) => cardProblem(card) === null)).toBe(true);
		expect(await db.reviews.get('garbage')).toBeUndefined();
		expect((await db.quarantine.toArray()).map((row) => [row.table, row.key, row.setAsideAt])).toEqual([
			['reviews', 'garbage', T0],
			['sessions', 'bad-session', T0]
		]);
		expect(await countDamaged(db)).toBe(0);
		// What failed before ("Invalid time value") now reads.
		await expect(loadHistoryData(db, '2026-02-09')).resolves.toBeDefined();
		await expect(loadMasteryData(db, isCurrentFact)).resolves.toMatchObject({ cards: intact });
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

	it('compares cards field by field: one stored with its fields in another order already matches', async () => {
		const db = await seeded();
		const card = (await db.cards.toCollection().first())!;
		const reversed = Object.fromEntries(Object.entries(card).reverse()) as typeof card;
		await db.cards.put(reversed);
		expect(Object.keys((await db.cards.get(card.factId))!)).toEqual(Object.keys(reversed));

		expect(await repairCards(db)).toEqual({ rebuilt: 12, changed: 0, removed: 0, setAside: 0 });
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

	it('downloads the rows it set aside as they were, in a file of their own', async () => {
		const db = await seeded();
		const garbled = { ...(await db.cards.toCollection().first())!, stability: -1 };
		await db.cards.put(garbled);
		const downloads: { fileName: string; text: string }[] = [];
		const page = new YourData(db, {
			clock: () => T0,
			download: (fileName, text) => downloads.push({ fileName, text })
		});
		await page.repair();

		await page.exportSetAside();
		expect(downloads).toHaveLength(1);
		expect(downloads[0]!.fileName).toBe('stride-set-aside-2026-02-09.json');
		const file = JSON.parse(downloads[0]!.text);
		expect(file).toMatchObject({
			format: 'stride-set-aside',
			rows: [{ table: 'cards', key: garbled.factId, row: garbled }]
		});
		expect(page.repairNote).toEqual({
			kind: 'success',
			text: 'Downloaded stride-set-aside-2026-02-09.json: 1 damaged record.'
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
