import { freshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/db';
import { recordAnswer, resetFact, type Answer } from '$lib/db/answers';
import { exportRevlog } from '$lib/db/review-log-export';
import { studyDay } from '$lib/srs';

const NOW = Date.UTC(2026, 0, 10, 9);
const MINUTE = 60_000;
const DAY = 86_400_000;
const dayOf = (at: number) => studyDay(at, { timeZone: 'UTC', dayStartHour: 4 });

function answer(factId: string, correct: boolean): Answer {
	return { factId, correct, answerMs: 3000, kind: 'choose-fact', given: 'Squats', sessionId: 'session-1' };
}

describe('exportRevlog', () => {
	it('writes the stored log as the revlog CSV, a reset as a manual entry after which the card is new, damaged rows left out', async () => {
		const db = freshDatabase();
		const squat = 'glutes.exercise.squat';
		const bridge = 'glutes.exercise.glute-bridge';
		await recordAnswer(db, answer(squat, false), NOW, dayOf, DEFAULT_SETTINGS);
		await recordAnswer(db, answer(bridge, true), NOW + MINUTE, dayOf, DEFAULT_SETTINGS);
		await recordAnswer(db, answer(squat, true), NOW + 10 * MINUTE, dayOf, DEFAULT_SETTINGS);
		await resetFact(db, squat, NOW + DAY, dayOf);
		await recordAnswer(db, answer(squat, true), NOW + 2 * DAY, dayOf, DEFAULT_SETTINGS);
		const stored = await db.reviews.toArray();
		await db.reviews.put({ ...stored[0]!, id: 'damaged', reviewedAt: Number.NaN });

		const file = await exportRevlog(db, NOW + 3 * DAY);
		expect(file.fileName).toBe('stride-revlog-2026-01-13.csv');
		expect(file.text.trimEnd().split('\n')).toEqual([
			'card_id,review_time,review_rating,review_state,review_duration',
			`1,${NOW},1,0,3000`,
			`2,${NOW + MINUTE},3,0,3000`,
			`1,${NOW + 10 * MINUTE},3,1,3000`,
			`1,${NOW + DAY},0,4,0`,
			`1,${NOW + 2 * DAY},3,0,3000`
		]);
		expect({ answers: file.answers, facts: file.facts }).toEqual({ answers: 4, facts: 2 });
	});
});
