import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '$lib/db';
import { loadPlainHistory } from '$lib/db/memory-model';
import { saveMemoryModel, saveSettings } from '$lib/db/save-settings';
import { DEFAULT_MEMORY_MODEL, DEFAULT_PARAMETERS, refitSuggested, type FitRecord } from '$lib/srs/memory-model';
import { replayReviews } from '$lib/srs/scheduler';
import { DAY, SETTINGS, freshDatabase, seedProgress, tables } from './helpers/progress';

const FITTED = SETTINGS.memoryModel.parameters;
const FIT: FitRecord = SETTINGS.memoryModel.lastFit;

/** Every studied card as replaying its answers under `settings` gives it. */
async function replayedCards(db: ReturnType<typeof freshDatabase>, settings: Parameters<typeof replayReviews>[2]) {
	const { reviews } = await tables(db);
	const byFact = new Map<string, { grade: (typeof reviews)[number]['grade']; at: number }[]>();
	for (const row of reviews)
		byFact.set(row.factId, [...(byFact.get(row.factId) ?? []), { grade: row.grade, at: row.reviewedAt }]);
	return [...byFact]
		.map(([factId, list]) => replayReviews(factId, list, settings))
		.sort((a, b) => a.factId.localeCompare(b.factId));
}
const byFact = <T extends { factId: string }>(rows: T[]) => [...rows].sort((a, b) => a.factId.localeCompare(b.factId));

describe('saving a memory model', () => {
	it('stores the parameters with the settings and reschedules every card with them, in one step', async () => {
		const db = freshDatabase();
		await seedProgress(db);
		await saveMemoryModel(db, DEFAULT_MEMORY_MODEL);
		const withDefaults = byFact((await tables(db)).cards);

		await saveMemoryModel(db, { parameters: FITTED, lastFit: FIT, setAside: null });
		expect((await loadSettings(db)).memoryModel).toEqual({ parameters: FITTED, lastFit: FIT, setAside: null });
		const rescheduled = byFact((await tables(db)).cards);
		expect(rescheduled).toEqual(
			await replayedCards(db, { desiredRetention: SETTINGS.desiredRetention, memoryModel: { parameters: FITTED } })
		);
		// The fitted learner forgets faster: reviewed cards come due sooner than the defaults had them.
		const reviewed = rescheduled.filter((card) => card.phase === 'review');
		expect(reviewed.length).toBeGreaterThan(0);
		for (const card of reviewed) expect(card.due).toBeLessThan(withDefaults.find((c) => c.factId === card.factId)!.due);
	});

	it('refuses parameters out of range and changes nothing', async () => {
		const db = freshDatabase();
		await seedProgress(db);
		const before = await tables(db);
		const bad = [...FITTED];
		bad[20] = 5;
		await expect(saveMemoryModel(db, { parameters: bad, lastFit: null, setAside: null })).rejects.toThrow(
			'Parameter w20 must be between 0.1 and 0.8, not 5.'
		);
		expect(await tables(db)).toEqual(before);
	});

	it('is kept when the settings page saves a form it loaded before the fit', async () => {
		const db = freshDatabase();
		await seedProgress(db);
		await saveMemoryModel(db, DEFAULT_MEMORY_MODEL);
		const form = await loadSettings(db);
		await saveMemoryModel(db, { parameters: FITTED, lastFit: FIT, setAside: null });
		const result = await saveSettings(db, { ...form, newPerDay: 3 });
		expect(result.ok).toBe(true);
		const stored = await loadSettings(db);
		expect(stored.newPerDay).toBe(3);
		expect(stored.memoryModel.parameters).toEqual(FITTED);
	});

	it('a new desired retention reschedules with the fitted parameters, not the defaults', async () => {
		const db = freshDatabase();
		await seedProgress(db);
		await saveSettings(db, { ...(await loadSettings(db)), desiredRetention: 0.95 });
		expect(byFact((await tables(db)).cards)).toEqual(
			await replayedCards(db, { desiredRetention: 0.95, memoryModel: { parameters: FITTED } })
		);
	});
});

describe('the history a fit learns from', () => {
	it('is every answer as Again (1) or Good (3), a reset as a fresh start (0), no unsuspend', async () => {
		const db = freshDatabase();
		await seedProgress(db);
		const { reviews } = await tables(db);
		const history = await loadPlainHistory(db);
		const expected = [...reviews]
			.filter((row) => row.grade !== 'unsuspend')
			.sort((a, b) => a.reviewedAt - b.reviewedAt)
			.map((row) => ({
				cardId: row.factId,
				reviewedAt: row.reviewedAt,
				rating: { again: 1, good: 3, reset: 0 }[row.grade as 'again']
			}));
		expect(history).toEqual(expected);
		expect(history.some((review) => review.rating === 1)).toBe(true);
		expect(history.some((review) => review.rating === 3)).toBe(true);
	});
});

describe('the re-fit nudge', () => {
	const at = FIT.at;
	it('never shows before a first fit', () => {
		expect(refitSuggested(null, 10_000, at + 365 * DAY)).toBe(false);
	});
	it('shows after 300 new answers, however soon', () => {
		expect(refitSuggested(FIT, 299, at + DAY)).toBe(false);
		expect(refitSuggested(FIT, 300, at + DAY)).toBe(true);
	});
	it('shows a month on when there is something new to learn from, not after a month of no study', () => {
		expect(refitSuggested(FIT, 50, at + 29 * DAY)).toBe(false);
		expect(refitSuggested(FIT, 50, at + 30 * DAY)).toBe(true);
		expect(refitSuggested(FIT, 49, at + 90 * DAY)).toBe(false);
	});
});

it('the defaults are FSRS-6’s until a fit', async () => {
	const db = freshDatabase();
	expect((await loadSettings(db)).memoryModel).toEqual({ parameters: null, lastFit: null, setAside: null });
	expect(DEFAULT_PARAMETERS).toHaveLength(21);
});
