import { freshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { FACTS, isCurrentFact } from '$lib/content/catalogue';
import {
	checkSettings,
	DEFAULT_SETTINGS,
	loadMissed,
	loadSettings,
	loadToday,
	type Settings,
	type StrideDatabase
} from '$lib/db';
import {
	correctToRight,
	HistoryConflictError,
	recordAnswer,
	resetFact,
	undoAnswer,
	type Answer
} from '$lib/db/answers';
import { saveSettings } from '$lib/db/save-settings';
import { explainDue, isLeech, LEECH_LAPSES, studyDay } from '$lib/srs';
import { replayReviews } from '$lib/srs/scheduler';

const now = Date.UTC(2026, 5, 1, 9);
const DAY = 86_400_000;
const MINUTE = 60_000;
const UTC = { timeZone: 'UTC', dayStartHour: 4 };
const day = studyDay(now, UTC);
const settings = DEFAULT_SETTINGS;
const factId = 'glutes.exercise.glute-bridge';

function answer(id: string, correct: boolean, kind: Answer['kind'] = 'typed-exercise'): Answer {
	return { factId: id, correct, answerMs: 3000, kind, given: correct ? 'Glute bridges' : 'glute brdg', sessionId: 's' };
}

/** Every row of every table, for "the database is exactly as it was". */
async function snapshot(db: StrideDatabase) {
	return {
		cards: await db.cards.toArray(),
		reviews: await db.reviews.orderBy('reviewedAt').toArray(),
		sessions: await db.sessions.toArray(),
		settings: await db.settings.toArray()
	};
}

describe('undo', () => {
	it('restores the database exactly, for a first answer and for a later one', async () => {
		const db = freshDatabase();
		const empty = await snapshot(db);
		const first = await recordAnswer(db, answer(factId, true), now, day, settings);
		await undoAnswer(db, first.id);
		expect(await snapshot(db)).toEqual(empty);

		await recordAnswer(db, answer(factId, true), now, day, settings);
		await recordAnswer(db, answer('core.exercise.plank', false), now + MINUTE, day, settings);
		const before = await snapshot(db);
		const later = await recordAnswer(db, answer(factId, false), now + 20 * MINUTE, day, settings);
		await undoAnswer(db, later.id);
		expect(await snapshot(db)).toEqual(before);
	});

	it('undoes an answer whose card is stored with its fields in another order: the same card all the same', async () => {
		const db = freshDatabase();
		const row = await recordAnswer(db, answer(factId, true), now, day, settings);
		await db.cards.put(Object.fromEntries(Object.entries(row.after).reverse()) as typeof row.after);
		await undoAnswer(db, row.id);
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('refuses to undo an answer that a later answer to the same fact built on, changing nothing', async () => {
		const db = freshDatabase();
		const first = await recordAnswer(db, answer(factId, true), now, day, settings);
		await recordAnswer(db, answer(factId, true), now + 15 * MINUTE, day, settings);
		const before = await snapshot(db);
		await expect(undoAnswer(db, first.id)).rejects.toBeInstanceOf(HistoryConflictError);
		expect(await snapshot(db)).toEqual(before);
	});
});

describe('correcting a wrong verdict', () => {
	it('rewrites the review as right and the card as if answered right', async () => {
		const rightDb = freshDatabase();
		const asRight = await recordAnswer(rightDb, answer(factId, true), now, day, settings);

		const db = freshDatabase();
		const wrong = await recordAnswer(db, answer(factId, false), now, day, settings);
		const corrected = await correctToRight(db, wrong.id, settings);
		expect(corrected).toMatchObject({ grade: 'good', correct: true, corrected: true, given: 'glute brdg' });
		expect(corrected.after).toEqual(asRight.after);
		expect(await db.cards.get(factId)).toEqual(asRight.after);
		expect(await db.reviews.count()).toBe(1);
	});

	it('then undo restores the database as it was before the answer', async () => {
		const db = freshDatabase();
		const empty = await snapshot(db);
		const wrong = await recordAnswer(db, answer(factId, false), now, day, settings);
		await correctToRight(db, wrong.id, settings);
		await undoAnswer(db, wrong.id);
		expect(await snapshot(db)).toEqual(empty);
	});
});

describe('leeches', () => {
	it(`a fact missed ${LEECH_LAPSES} times while learning is no leech; a reset starts it afresh, keeping the log`, async () => {
		const db = freshDatabase();
		for (let i = 0; i < LEECH_LAPSES; i++) {
			await recordAnswer(db, answer(factId, false), now + i * 2 * MINUTE, day, settings);
		}
		expect(isLeech(await db.cards.get(factId))).toBe(false);
		expect((await loadMissed(db, now + DAY, isCurrentFact)).map((m) => m.factId)).toEqual([factId]);

		await resetFact(db, factId, now + DAY, studyDay(now + DAY, UTC));
		const card = await db.cards.get(factId);
		expect(card).toMatchObject({ phase: 'new', misses: 0 });
		expect(isLeech(card)).toBe(false);
		expect(await db.reviews.count()).toBe(LEECH_LAPSES + 1);
		expect(await loadMissed(db, now + DAY, isCurrentFact)).toEqual([]);
		// The log still rebuilds the card exactly.
		const log = await db.reviews.where('factId').equals(factId).toArray();
		expect(
			replayReviews(
				factId,
				log.map((r) => ({ grade: r.grade, at: r.reviewedAt })),
				settings
			)
		).toEqual(card);
	});
});

describe('review missed list', () => {
	it('includes a fact relearning after a lapse even when the miss is older than a week', async () => {
		const db = freshDatabase();
		const start = now - 60 * DAY;
		await recordAnswer(db, answer(factId, true), start, day, settings);
		await recordAnswer(db, answer(factId, true), start + 15 * MINUTE, day, settings);
		const graduated = await db.cards.get(factId);
		expect(graduated?.phase).toBe('review');
		await recordAnswer(db, answer(factId, false), now - 10 * DAY, day, settings);
		expect((await db.cards.get(factId))?.phase).toBe('relearning');
		expect((await loadMissed(db, now, isCurrentFact)).map((m) => m.factId)).toEqual([factId]);
	});
});

describe('settings', () => {
	it('refuses values out of range with a message naming the setting, and saves nothing', async () => {
		const db = freshDatabase();
		for (const [bad, message] of [
			[{ desiredRetention: 0.99 }, /at most 97%/],
			[{ desiredRetention: 0.5 }, /at least 80%/],
			[{ newPerDay: -1 }, /New facts per day must be at least 0/],
			[{ newPerDay: 2.5 }, /New facts per day must be a whole number/],
			[{ reviewsPerDay: 0 }, /Reviews per day must be at least 1/],
			[{ dayStartHour: 24 }, /hour a new day starts must be at most 23/],
			[{ dayStartHour: Number.NaN }, /The hour a new day starts must be a number/],
			[{ reviewsPerDay: Infinity }, /Reviews per day must be a whole number. Reviews per day must be at most 9999/],
			[{ learnAheadMinutes: 61 }, /Learn-ahead minutes must be at most 60/],
			[{ restDays: [0, 1, 2, 3, 4, 5, 6] }, /Rest days must leave at least one study day a week/],
			[{ restDays: [5, 5] }, /Rest days must each be listed once, in week order/],
			[{ restDays: [7] }, /Rest days must be weekdays from 0 \(Monday\) to 6 \(Sunday\)/]
		] as [Partial<Settings>, RegExp][]) {
			const result = await saveSettings(db, { ...DEFAULT_SETTINGS, ...bad });
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.errors.join(' '), JSON.stringify(bad)).toMatch(message);
		}
		expect(await db.settings.count()).toBe(0);
		// A name that is no setting belongs to no field; a setting's problems belong to its own.
		expect(checkSettings({ ...DEFAULT_SETTINGS, extra: 1 })).toEqual({
			ok: false,
			errors: ['"extra" is not a setting.'],
			fields: {}
		});
		expect(checkSettings({ ...DEFAULT_SETTINGS, dayStartHour: '4' })).toEqual({
			ok: false,
			errors: ['The hour a new day starts must be a number.'],
			fields: { dayStartHour: ['The hour a new day starts must be a number.'] }
		});
		const { newPerDay: _missing, ...incomplete } = DEFAULT_SETTINGS;
		expect(checkSettings(incomplete)).toEqual({
			ok: false,
			errors: ['New facts per day must be a number.'],
			fields: { newPerDay: ['New facts per day must be a number.'] }
		});
		expect(checkSettings({ ...DEFAULT_SETTINGS, newPerDay: 2.5, desiredRetention: 0.99 })).toEqual({
			ok: false,
			errors: ['Desired retention must be at most 97%.', 'New facts per day must be a whole number.'],
			fields: {
				desiredRetention: ['Desired retention must be at most 97%.'],
				newPerDay: ['New facts per day must be a whole number.']
			}
		});
	});

	it('keeps valid settings, and a new retention reschedules cards from their history', async () => {
		const db = freshDatabase();
		await recordAnswer(db, answer(factId, true), now - 30 * DAY, day, settings);
		await recordAnswer(db, answer(factId, true), now - 30 * DAY + 15 * MINUTE, day, settings);
		await recordAnswer(db, answer(factId, true), now - 20 * DAY, day, settings);
		const relaxed = await db.cards.get(factId);

		const stricter = {
			...DEFAULT_SETTINGS,
			desiredRetention: 0.95,
			newPerDay: 5,
			learnAheadMinutes: 0,
			restDays: [2, 6]
		};
		expect((await saveSettings(db, stricter)).ok).toBe(true);
		expect(await loadSettings(db)).toEqual(stricter);
		const rescheduled = await db.cards.get(factId);
		expect(rescheduled!.stability).toBeCloseTo(relaxed!.stability, 6);
		expect(rescheduled!.due).toBeLessThan(relaxed!.due);
		expect(await db.reviews.count()).toBe(3);
	});

	it('falls back to defaults when the stored row is damaged', async () => {
		const db = freshDatabase();
		await db.settings.put({ key: 'settings', ...DEFAULT_SETTINGS, desiredRetention: 7 });
		expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
	});
});

describe('why is this due', () => {
	it('explains a studied fact in plain numbers', async () => {
		const db = freshDatabase();
		const row = await recordAnswer(db, answer(factId, true), now - 10 * DAY, day, settings);
		await recordAnswer(db, answer(factId, true), now - 10 * DAY + 15 * MINUTE, day, settings);
		const card = (await db.cards.get(factId))!;
		const why = explainDue(card, { at: row.reviewedAt, correct: true }, now, UTC, 20);
		expect(why.studied).toBe(true);
		expect(why.stabilityDays).toBeCloseTo(card.stability);
		expect(why.recallNow).toBeGreaterThan(0);
		expect(why.recallNow).toBeLessThan(1);
		expect(why.nextDue).toBe(card.due);
		expect(why.nextDueDay).toBe(studyDay(card.due, UTC));
		expect(why.dueNow).toBe(studyDay(card.due, UTC) <= day);
		expect(why.leech).toBe(false);
	});

	it('counts a learning step due within the learn-ahead window as due now, as Today does', async () => {
		const db = freshDatabase();
		await recordAnswer(db, answer(factId, true), now - 5 * MINUTE, day, settings);
		const card = (await db.cards.get(factId))!;
		// The first right answer's step is 10 minutes: due 5 minutes from now.
		expect(card.due).toBe(now + 5 * MINUTE);
		expect(explainDue(card, null, now, UTC, 20).dueNow).toBe(true);
		expect(explainDue(card, null, now, UTC, 0).dueNow).toBe(false);
	});

	it('explains a fact never studied', () => {
		expect(explainDue(undefined, null, now, UTC, 20)).toMatchObject({
			studied: false,
			recallNow: 0,
			nextDue: null,
			dueNow: false
		});
	});
});

describe("daily limits follow the learner's day, far from UTC", () => {
	it.each([
		// Auckland on the night its DST ends (5 April 2026, 03:00 → 02:00).
		['Pacific/Auckland', Date.UTC(2026, 3, 4, 10, 0), Date.UTC(2026, 3, 4, 15, 59), Date.UTC(2026, 3, 4, 16, 0)],
		// Los Angeles on the night its DST starts (8 March 2026, 02:00 → 03:00).
		['America/Los_Angeles', Date.UTC(2026, 2, 8, 7, 0), Date.UTC(2026, 2, 8, 10, 59), Date.UTC(2026, 2, 8, 11, 0)]
	])(
		'in %s, new facts answered at 23:00 still count at 03:59 and reset at 04:00',
		async (timeZone, lateEvening, beforeFour, atFour) => {
			const db = freshDatabase();
			const zone = { timeZone, dayStartHour: 4 };
			const first = await loadTodayIn(db, lateEvening, timeZone);
			for (const [i, id] of first.queue.entries()) {
				await recordAnswer(db, answer(id, true), lateEvening + i * 1000, studyDay(lateEvening, zone), settings);
			}
			expect(studyDay(beforeFour, zone)).toBe(studyDay(lateEvening, zone));
			expect((await loadTodayIn(db, beforeFour, timeZone)).plan.newFacts).toEqual([]);
			expect(studyDay(atFour, zone)).not.toBe(studyDay(lateEvening, zone));
			expect((await loadTodayIn(db, atFour, timeZone)).plan.newFacts).toHaveLength(10);
		}
	);
});

function loadTodayIn(db: StrideDatabase, at: number, timeZone: string) {
	return loadToday(db, FACTS, at, timeZone, settings);
}
