import { freshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { FACTS, isCurrentFact } from '$lib/content/catalogue';
import { DEFAULT_SETTINGS, loadMissed, loadToday, missedToPractise, type StrideDatabase } from '$lib/db';
import { recordAnswer, resetFact, unsuspendFact } from '$lib/db/answers';
import { exportBackup, parseBackup, replaceProgress, serializeBackup } from '$lib/db/backup';
import { repairCards } from '$lib/db/repair';
import { saveSettings } from '$lib/db/save-settings';
import { isLeech, isSuspended, LEECH_LAPSES, studyDay, unsuspended, type CardState } from '$lib/srs';
import { applyGrade, newCardState, replayReviews } from '$lib/srs/scheduler';

const start = Date.UTC(2026, 2, 1, 8);
const MINUTE = 60_000;
const DAY = 86_400_000;
const settings = DEFAULT_SETTINGS;
const UTC = { timeZone: 'UTC', dayStartHour: 4 };
const dayOf = (at: number) => studyDay(at, UTC);
const factId = 'glutes.exercise.glute-bridge';

/** A learnt card (two right answers take it through the learning steps into review). */
function learnt(): { card: CardState; at: number } {
	let card = newCardState(factId, start);
	card = applyGrade(card, 'good', start, settings);
	card = applyGrade(card, 'good', start + 15 * MINUTE, settings);
	return { card, at: start + 15 * MINUTE };
}

/** The card after `count` lapses: forgotten in review, then relearnt, three days apart. */
function lapse(from: { card: CardState; at: number }, count: number): { card: CardState; at: number } {
	let { card, at } = from;
	for (let i = 0; i < count; i++) {
		at += 3 * DAY;
		card = applyGrade(card, 'again', at, settings);
		at += 15 * MINUTE;
		card = applyGrade(card, 'good', at, settings);
	}
	return { card, at };
}

describe('leeches are counted from lapses', () => {
	it(`a fact missed ${LEECH_LAPSES} times while still being learnt is no leech: no lapse was counted`, () => {
		let card = newCardState(factId, start);
		for (let miss = 1; miss <= LEECH_LAPSES; miss++) card = applyGrade(card, 'again', start + miss * MINUTE, settings);
		expect(card).toMatchObject({ phase: 'learning', lapses: 0, misses: LEECH_LAPSES });
		expect(isLeech(card)).toBe(false);
		expect(isSuspended(card)).toBe(false);
	});

	it(`a fact forgotten ${LEECH_LAPSES} times after it was learnt is a leech, and suspended`, () => {
		const almost = lapse(learnt(), LEECH_LAPSES - 1);
		expect(almost.card.phase).toBe('review');
		expect(almost.card.lapses).toBe(LEECH_LAPSES - 1);
		expect(isSuspended(almost.card)).toBe(false);
		const leech = lapse(almost, 1).card;
		expect(leech.lapses).toBe(LEECH_LAPSES);
		expect(isLeech(leech)).toBe(true);
		expect(isSuspended(leech)).toBe(true);
		expect(isSuspended(undefined)).toBe(false);
	});

	it('a reset card starts again from no lapses', () => {
		const leech = lapse(learnt(), LEECH_LAPSES);
		const reset = replayReviews(factId, [{ grade: 'reset', at: leech.at + DAY }], settings);
		expect(reset.lapses).toBe(0);
		expect(isLeech(reset)).toBe(false);
	});
});

describe('unsuspend', () => {
	it(`takes a leech back until ${LEECH_LAPSES / 2} more lapses, then sets it aside again`, () => {
		const leech = lapse(learnt(), LEECH_LAPSES);
		const back = { card: unsuspended(leech.card), at: leech.at };
		expect(isSuspended(back.card)).toBe(false);
		expect(isLeech(back.card)).toBe(true);
		const threeMore = lapse(back, LEECH_LAPSES / 2 - 1);
		expect(isSuspended(threeMore.card)).toBe(false);
		expect(isSuspended(lapse(threeMore, 1).card)).toBe(true);
	});
});

describe('the log keeps an unsuspend', () => {
	/** Answers a fact through the database: learnt, then `lapses` times forgotten and relearnt. */
	async function answerLapses(db: StrideDatabase, lapses: number, from = start): Promise<number> {
		const record = (correct: boolean, at: number) =>
			recordAnswer(
				db,
				{ factId, correct, answerMs: 2000, kind: 'true-false', given: correct ? 'True' : 'False', sessionId: 's' },
				at,
				dayOf,
				settings
			);
		let at = from;
		await record(true, at);
		await record(true, (at += 15 * MINUTE));
		for (let i = 0; i < lapses; i++) {
			await record(false, (at += 3 * DAY));
			await record(true, (at += 15 * MINUTE));
		}
		return at;
	}

	async function suspendedThenUnsuspended(): Promise<{ db: StrideDatabase; at: number }> {
		const db = freshDatabase();
		const at = await answerLapses(db, LEECH_LAPSES);
		expect(isSuspended(await db.cards.get(factId))).toBe(true);
		await unsuspendFact(db, factId, at + DAY, dayOf);
		return { db, at: at + DAY };
	}

	it('is logged as its own entry, and a fact not suspended is left as it was', async () => {
		const { db, at } = await suspendedThenUnsuspended();
		const card = await db.cards.get(factId);
		expect(isSuspended(card)).toBe(false);
		const entries = await db.reviews.where('factId').equals(factId).sortBy('reviewedAt');
		expect(entries.at(-1)).toMatchObject({ kind: 'unsuspend', grade: 'unsuspend', reviewedAt: at, after: card });
		await unsuspendFact(db, factId, at + MINUTE, dayOf);
		expect(await db.reviews.count()).toBe(entries.length);
	});

	it('survives a repair, a new desired retention and a backup round trip', async () => {
		const { db } = await suspendedThenUnsuspended();
		const card = await db.cards.get(factId);

		await db.cards.clear();
		await repairCards(db);
		expect(await db.cards.get(factId)).toEqual(card);

		await saveSettings(db, { ...settings, desiredRetention: 0.95 });
		expect(isSuspended(await db.cards.get(factId))).toBe(false);
		expect((await db.cards.get(factId))?.suspendAtLapses).toBe(LEECH_LAPSES + LEECH_LAPSES / 2);

		const check = parseBackup(serializeBackup(await exportBackup(db, { now: start + 90 * DAY, appVersion: '0.1.0' })));
		if (!check.ok) throw new Error(check.message);
		const restored = freshDatabase();
		await replaceProgress(restored, check.backup);
		expect(await restored.cards.get(factId)).toEqual(await db.cards.get(factId));
	});

	it('a reset after an unsuspend starts the fact afresh, its history kept', async () => {
		const { db, at } = await suspendedThenUnsuspended();
		const entries = await db.reviews.count();
		await resetFact(db, factId, at + MINUTE, dayOf);
		expect(await db.cards.get(factId)).toEqual(newCardState(factId, at + MINUTE));
		expect(await db.reviews.count()).toBe(entries + 1);
	});
});

describe('a suspended leech waits on its fact page', () => {
	async function suspendedLeech(): Promise<{ db: StrideDatabase; at: number }> {
		const db = freshDatabase();
		const { card, at } = lapse(learnt(), LEECH_LAPSES);
		// Overdue, and missed within the week: it would be in both quizzes but for being set aside.
		await db.cards.put({ ...card, due: at });
		await recordAnswer(
			db,
			{ factId, correct: false, answerMs: 2000, kind: 'true-false', given: 'False', sessionId: 's' },
			at + 3 * DAY,
			dayOf,
			settings
		);
		return { db, at: at + 3 * DAY };
	}

	it('is in neither today’s reviews nor its new facts', async () => {
		const { db, at } = await suspendedLeech();
		expect(isSuspended(await db.cards.get(factId))).toBe(true);
		const today = await loadToday(db, FACTS, at + DAY, 'UTC', settings);
		expect(today.queue).not.toContain(factId);
		expect(today.plan.newFacts).not.toContain(factId);
		expect(today.plan.reviews).not.toContain(factId);
	});

	it('is listed in Review missed but not practised there', async () => {
		const { db, at } = await suspendedLeech();
		const missed = await loadMissed(db, at + MINUTE, isCurrentFact);
		expect(missed.map((m) => m.factId)).toEqual([factId]);
		expect(missedToPractise(missed)).toEqual([]);
	});
});
