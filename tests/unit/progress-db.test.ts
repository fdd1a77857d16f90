import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, finishSession, openDatabase, startSession, type StrideDatabase } from '$lib/db';
import { recordAnswer, type Answer } from '$lib/db/answers';
import { loadHistoryData, loadMasteryData } from '$lib/db/progress';
import { LEECH_THRESHOLD, studyDay } from '$lib/srs';

const now = Date.UTC(2026, 2, 15, 12);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const daySettings = { timeZone: 'UTC', dayStartHour: 4 };
const dayOf = (at: number) => studyDay(at, daySettings);
const today = dayOf(now);

const opened: StrideDatabase[] = [];
function freshDatabase(): StrideDatabase {
	const db = openDatabase(`test-${crypto.randomUUID()}`);
	opened.push(db);
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

function answer(factId: string, correct: boolean): Answer {
	return { factId, correct, answerMs: 3000, kind: 'choose-fact', given: 'x', sessionId: 's' };
}

async function answerAt(db: StrideDatabase, factId: string, correct: boolean, at: number) {
	return recordAnswer(db, answer(factId, correct), at, dayOf(at), DEFAULT_SETTINGS);
}

describe('loadMasteryData', () => {
	it('reads nothing from an empty database', async () => {
		const data = await loadMasteryData(freshDatabase());
		expect(data.cards).toEqual([]);
	});

	it('carries each card\'s misses, so eight misses while learning make a leech without a lapse', async () => {
		const db = freshDatabase();
		// Eight misses in the learning steps: no lapse is counted, but it is a leech by misses.
		for (let i = 0; i < LEECH_THRESHOLD; i++) await answerAt(db, 'core.exercise.plank', false, now - DAY + i * MINUTE);
		await answerAt(db, 'core.exercise.crunch', false, now - DAY);
		await answerAt(db, 'core.exercise.crunch', true, now - DAY + MINUTE);
		const data = await loadMasteryData(db);
		expect(data.cards.map((c) => c.factId).sort()).toEqual(['core.exercise.crunch', 'core.exercise.plank']);
		expect(data.cards.find((c) => c.factId === 'core.exercise.plank')!.lapses).toBe(0);
		expect(data.cards.find((c) => c.factId === 'core.exercise.plank')!.misses).toBe(LEECH_THRESHOLD);
		expect(data.cards.find((c) => c.factId === 'core.exercise.crunch')!.misses).toBe(1);
	});
});

describe('loadHistoryData', () => {
	it('is empty for an empty database', async () => {
		expect(await loadHistoryData(freshDatabase(), now, today)).toEqual({
			reviewDays: [],
			finishedDays: [],
			retention: []
		});
	});

	it('returns the study day of each answer of the past year, finished sessions, and review-phase answers', async () => {
		const db = freshDatabase();
		const longAgo = now - 400 * DAY;
		await answerAt(db, 'glutes.exercise.squat', true, longAgo);
		await answerAt(db, 'glutes.exercise.squat', true, longAgo + 10 * MINUTE);
		// After a long gap, the fact is answered again: a review-phase answer, wrong.
		await answerAt(db, 'glutes.exercise.squat', false, now - 2 * DAY);
		await answerAt(db, 'calves.exercise.calf-raise', true, now);
		await answerAt(db, 'calves.exercise.calf-raise', true, now + MINUTE);

		await startSession(db, 'done-long-ago', longAgo, dayOf(longAgo));
		await finishSession(db, 'done-long-ago', longAgo + 20 * MINUTE);
		await startSession(db, 'left-open', now - 2 * DAY, dayOf(now - 2 * DAY));
		await startSession(db, 'done-today', now, today);
		await finishSession(db, 'done-today', now + 5 * MINUTE);

		const data = await loadHistoryData(db, now, today);
		expect(data.reviewDays.sort()).toEqual([dayOf(now - 2 * DAY), today, today]);
		expect(data.finishedDays.sort()).toEqual([dayOf(longAgo), today]);
		expect(data.retention).toEqual([
			{ reviewedAt: now - 2 * DAY, correct: false, before: { phase: 'review', lastReview: longAgo + 10 * MINUTE } }
		]);
	});
});
