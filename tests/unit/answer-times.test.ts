import { freshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/db';
import { loadRecentAnswerTimes } from '$lib/db/answer-times';
import { recordAnswer, resetFact } from '$lib/db/answers';

const now = Date.UTC(2026, 0, 10, 9);
const day = '2026-01-10';

function answerIn(answerMs: number, factId = 'glutes.exercise.squat') {
	return { factId, correct: true, answerMs, kind: 'choose-fact' as const, given: 'Squats', sessionId: 's' };
}

describe('loadRecentAnswerTimes', () => {
	it('is empty before any answer', async () => {
		expect(await loadRecentAnswerTimes(freshDatabase())).toEqual([]);
	});

	it("gives the latest 50 answers' times, newest first, leaving out leech resets", async () => {
		const db = freshDatabase();
		for (let i = 0; i < 55; i++) await recordAnswer(db, answerIn(1000 + i), now + i * 1000, day, DEFAULT_SETTINGS);
		await resetFact(db, 'glutes.exercise.squat', now + 60_000, day);
		const times = await loadRecentAnswerTimes(db);
		expect(times).toHaveLength(50);
		expect(times[0]).toBe(1054);
		expect(times.at(-1)).toBe(1005);
	});
});
