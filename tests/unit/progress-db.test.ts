import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { isCurrentFact } from '$lib/content/catalogue';
import { DEFAULT_SETTINGS, finishSession, openDatabase, startSession, type StrideDatabase } from '$lib/db';
import fc from 'fast-check';
import { correctToRight, recordAnswer, resetFact, undoAnswer, type Answer } from '$lib/db/answers';
import { exportBackup, replaceProgress } from '$lib/db/backup';
import type { ReviewRow } from '$lib/db/database';
import { loadHistoryData, loadMasteryData, loadRecentEntries } from '$lib/db/progress';
import { LEECH_LAPSES, studyDay } from '$lib/srs';
import { failWrites, quotaExceeded } from './fault-injection';
import { CALENDAR_DAYS } from '$lib/srs/calendar';
import { addDays, daysFrom } from '$lib/srs/day';
import { type DaySummary, summarizeDays } from '$lib/srs/day-summary';
import { addRetentionTallies } from '$lib/srs/retention';

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
		const data = await loadMasteryData(freshDatabase(), isCurrentFact);
		expect(data.cards).toEqual([]);
	});

	it("carries each card's misses and lapses: eight misses while learning are no lapse", async () => {
		const db = freshDatabase();
		// Eight misses in the learning steps: misses are counted, lapses (the leech rule's count) are not.
		for (let i = 0; i < LEECH_LAPSES; i++) await answerAt(db, 'core.exercise.plank', false, now - DAY + i * MINUTE);
		await answerAt(db, 'core.exercise.crunch', false, now - DAY);
		await answerAt(db, 'core.exercise.crunch', true, now - DAY + MINUTE);
		const data = await loadMasteryData(db, isCurrentFact);
		expect(data.cards.map((c) => c.factId).sort()).toEqual(['core.exercise.crunch', 'core.exercise.plank']);
		expect(data.cards.find((c) => c.factId === 'core.exercise.plank')!.lapses).toBe(0);
		expect(data.cards.find((c) => c.factId === 'core.exercise.plank')!.misses).toBe(LEECH_LAPSES);
		expect(data.cards.find((c) => c.factId === 'core.exercise.crunch')!.misses).toBe(1);
	});
});

describe('loadRecentEntries', () => {
	it('reads the entries since the given time only, each with the card it found, and no archived fact', async () => {
		const db = freshDatabase();
		await answerAt(db, 'glutes.exercise.squat', true, now - 10 * DAY);
		const { after } = await answerAt(db, 'glutes.exercise.squat', false, now - DAY);
		await answerAt(db, 'core.exercise.plank', true, now);
		const entries = await loadRecentEntries(db, now - 7 * DAY, isCurrentFact);
		expect(entries.map((e) => [e.factId, e.reviewedAt])).toEqual([
			['glutes.exercise.squat', now - DAY],
			['core.exercise.plank', now]
		]);
		// The week's first squat entry found the card the answer 10 days ago left.
		expect(entries[0]!.before.lastReview).toBe(now - 10 * DAY);
		expect(after.lastReview).toBe(now - DAY);
		expect(await loadRecentEntries(db, now - 7 * DAY, (id) => id !== 'core.exercise.plank')).toHaveLength(1);
	});
});

describe('loadHistoryData', () => {
	const summaryOf = (days: DaySummary[], day: string) => days.find((summary) => summary.day === day)!;

	it('still reads the history on a full disk: the summaries are computed and not stored', async () => {
		const db = freshDatabase();
		// Dexie middleware only applies from the first open: install the fault first, switched off.
		const full = failWrites(db, 'daySummaries', () => quotaExceeded());
		full.enabled = false;
		await answerAt(db, 'glutes.exercise.squat', true, now - 3 * DAY);
		await answerAt(db, 'calves.exercise.calf-raise', false, now);
		const expected = await loadHistoryData(db, today);
		await db.daySummaries.clear();
		full.enabled = true;
		expect(await loadHistoryData(db, today)).toEqual(expected);
		expect(await db.daySummaries.count()).toBe(0);
		// Once there is room again, the next read stores them.
		full.enabled = false;
		expect(await loadHistoryData(db, today)).toEqual(expected);
		expect(await db.daySummaries.count()).toBeGreaterThan(0);
	});

	it('is a year of empty days for an empty database', async () => {
		const data = await loadHistoryData(freshDatabase(), today);
		expect(data.finishedTodayDays).toEqual([]);
		expect(data.days).toHaveLength(CALENDAR_DAYS);
		expect(data.days.at(-1)!.day).toBe(today);
		expect(data.days.every((summary) => summary.answers === 0)).toBe(true);
	});

	it('sums each day of the past year, keeps the days of finished daily quizzes, and tallies review-phase answers', async () => {
		const db = freshDatabase();
		const longAgo = now - 400 * DAY;
		await answerAt(db, 'glutes.exercise.squat', true, longAgo);
		await answerAt(db, 'glutes.exercise.squat', true, longAgo + 10 * MINUTE);
		// After a long gap, the fact is answered again: a review-phase answer, wrong.
		await answerAt(db, 'glutes.exercise.squat', false, now - 2 * DAY);
		await answerAt(db, 'calves.exercise.calf-raise', true, now);
		await answerAt(db, 'calves.exercise.calf-raise', true, now + MINUTE);

		await startSession(db, 'done-long-ago', longAgo, dayOf(longAgo), 'today');
		await finishSession(db, 'done-long-ago', longAgo + 20 * MINUTE);
		await startSession(db, 'left-open', now - 2 * DAY, dayOf(now - 2 * DAY), 'today');
		await startSession(db, 'done-today', now, today, 'today');
		await finishSession(db, 'done-today', now + 5 * MINUTE);
		// A finished drill is not the day's quiz: its day counts only through its answers.
		await startSession(db, 'drill-yesterday', now - DAY, dayOf(now - DAY), 'drill');
		await finishSession(db, 'drill-yesterday', now - DAY + MINUTE);
		// A row written before sessions had a kind was the day's quiz.
		await db.sessions.put({
			id: 'old-row',
			startedAt: longAgo - DAY,
			finishedAt: longAgo - DAY + 1,
			day: dayOf(longAgo - DAY)
		});

		const data = await loadHistoryData(db, today);
		expect(data.days.reduce((sum, summary) => sum + summary.answers, 0)).toBe(3);
		expect(summaryOf(data.days, dayOf(now - 2 * DAY)).answers).toBe(1);
		expect(summaryOf(data.days, today).answers).toBe(2);
		expect(data.finishedTodayDays.sort()).toEqual([dayOf(longAgo - DAY), dayOf(longAgo), today]);
		// The one review-phase answer: wrong, 398 days after the previous review.
		const retention = addRetentionTallies(data.days.map((summary) => summary.retention));
		expect(retention).toEqual([
			{ right: 0, total: 0 },
			{ right: 0, total: 0 },
			{ right: 0, total: 0 },
			{ right: 0, total: 0 },
			{ right: 0, total: 1 }
		]);
	});

	it('reads a summarized day from its summary, not from the log, and stores none before the log', async () => {
		const db = freshDatabase();
		const first = await answerAt(db, 'calves.exercise.calf-raise', true, now - DAY);
		await loadHistoryData(db, today);
		// Yesterday (the log's first day) and today; the empty days before are not stored.
		expect((await db.daySummaries.toArray()).map((summary) => summary.day)).toEqual([dayOf(now - DAY), today]);
		// An entry added behind the app's back (no write path does this): the summary answers.
		await db.reviews.add({ ...first, id: 'added-behind-its-back' });
		expect(summaryOf((await loadHistoryData(db, today)).days, dayOf(now - DAY)).answers).toBe(1);
	});

	it('after each step of any sequence of answers, undos, corrections, resets and imports, equals a summary of the whole log', async () => {
		type Step =
			| { kind: 'answer'; fact: number; correct: boolean; daysAgo: number }
			| { kind: 'undo' | 'correct' | 'import' }
			| { kind: 'reset'; fact: number };
		const facts = ['calves.exercise.calf-raise', 'glutes.exercise.squat', 'core.exercise.plank'];
		const step: fc.Arbitrary<Step> = fc.oneof(
			fc.record({
				kind: fc.constant('answer' as const),
				fact: fc.integer({ min: 0, max: 2 }),
				correct: fc.boolean(),
				daysAgo: fc.integer({ min: 0, max: 3 })
			}),
			fc.record({ kind: fc.constantFrom('undo' as const, 'correct' as const, 'import' as const) }),
			fc.record({ kind: fc.constant('reset' as const), fact: fc.integer({ min: 0, max: 2 }) })
		);
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
				const db = freshDatabase();
				const days = daysFrom(addDays(today, -(CALENDAR_DAYS - 1)), today);
				const rows: ReviewRow[] = [];
				let clock = now - 4 * DAY;
				for (const action of steps) {
					clock += MINUTE;
					const latest = rows.at(-1);
					if (action.kind === 'answer') {
						const at = Math.max(clock, now - action.daysAgo * DAY);
						rows.push(await answerAt(db, facts[action.fact]!, action.correct, at));
						clock = at;
					} else if (action.kind === 'undo' && latest && latest.kind !== 'reset') {
						await undoAnswer(db, latest.id).catch(() => undefined);
					} else if (action.kind === 'correct' && latest && latest.kind !== 'reset') {
						await correctToRight(db, latest.id, DEFAULT_SETTINGS).catch(() => undefined);
					} else if (action.kind === 'reset') {
						await resetFact(db, facts[action.fact]!, clock, dayOf(clock));
					} else if (action.kind === 'import') {
						// A backup with only the first half of the log.
						const backup = await exportBackup(db, { now: clock, appVersion: 'test' });
						await replaceProgress(db, {
							...backup,
							reviews: backup.reviews.slice(0, Math.floor(backup.reviews.length / 2))
						});
					}
					// Read after every step, so each next write finds every day summarized.
					expect((await loadHistoryData(db, today)).days).toEqual(summarizeDays(days, await db.reviews.toArray()));
				}
			}),
			{ numRuns: 40 }
		);
	}, 30_000);
});
