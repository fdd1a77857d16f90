import { freshDatabase } from './fresh-database';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { FACTS, isCurrentFact } from '$lib/content/catalogue';
import { DEFAULT_SETTINGS, loadMissed, loadToday, type ReviewRow, type StrideDatabase } from '$lib/db';
import { correctToRight, recordAnswer, resetFact, undoAnswer, type Answer } from '$lib/db/answers';
import { clearDamagedRows, onDamagedRows } from '$lib/db/damage-reports';
import { describeSaveFailure } from '$lib/db/errors';
import { loadHistoryData, loadMasteryData } from '$lib/db/progress';
import { repairCards } from '$lib/db/repair';
import { cardProblem, reviewProblem } from '$lib/db/rows';
import { studyDay } from '$lib/srs';
import { applyGrade, newCardState } from '$lib/srs/scheduler';

const NOW = Date.UTC(2026, 0, 10, 9);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const dayOf = (at: number) => studyDay(at, { timeZone: 'UTC', dayStartHour: 4 });
const FACT = 'glutes.exercise.squat';

function answer(factId: string, correct: boolean, extra: Partial<Answer> = {}): Answer {
	return { factId, correct, answerMs: 3000, kind: 'choose-fact', given: 'Squats', sessionId: 'session-1', ...extra };
}

const answerAt = (db: StrideDatabase, factId: string, correct: boolean, at: number | (() => number)) =>
	recordAnswer(db, answer(factId, correct), at, dayOf, DEFAULT_SETTINGS);

async function logOf(db: StrideDatabase, factId: string): Promise<ReviewRow[]> {
	return (await db.reviews.where('factId').equals(factId).toArray()).sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/** The log of every fact is a chain: each entry starts where the previous one left the card, later in time. */
async function expectChained(db: StrideDatabase): Promise<void> {
	const reviews = await db.reviews.toArray();
	for (const factId of new Set(reviews.map((row) => row.factId))) {
		const log = await logOf(db, factId);
		for (let i = 1; i < log.length; i++) {
			expect(log[i]!.reviewedAt).toBeGreaterThan(log[i - 1]!.reviewedAt);
			expect(log[i]!.before).toEqual(log[i - 1]!.after);
		}
		expect(await db.cards.get(factId)).toEqual(log.at(-1)!.after);
	}
}

describe('the row rules', () => {
	it('hold for every card the scheduler returns, over any answers at any times from 1970 to 9999', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: Date.UTC(9999, 0, 1) }),
				fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 400 * DAY })), { maxLength: 30 }),
				(start, answers) => {
					let card = newCardState(FACT, start);
					let at = start;
					for (const [correct, gap] of answers) {
						at += gap;
						card = applyGrade(card, correct ? 'good' : 'again', at, DEFAULT_SETTINGS);
						expect(cardProblem(card)).toBeNull();
					}
				}
			)
		);
	});

	it('name what is wrong with a damaged card', () => {
		const card = newCardState(FACT, NOW);
		expect(cardProblem(card)).toBeNull();
		expect(cardProblem({ ...card, stability: Number.NaN })).toBe('stability is not a finite number');
		expect(cardProblem({ ...card, phase: 'bogus' })).toBe('phase is not one of new, learning, review, relearning');
		expect(cardProblem({ ...card, due: Number.NaN })).toBe('due is not a time');
		const { difficulty: _gone, ...missing } = card;
		expect(cardProblem(missing)).toBe('difficulty is missing');
		expect(cardProblem({ ...card, extra: 1 })).toBe('extra is not a field');
		expect(cardProblem(null)).toBe('is not a record');
	});
});

describe('nothing invalid is written', () => {
	it('a damaged card is never scheduled from: the answer is refused, points to Repair, and writes nothing', async () => {
		const db = freshDatabase();
		await answerAt(db, FACT, true, NOW);
		const damaged = { ...(await db.cards.get(FACT))!, stability: Number.NaN };
		await db.cards.put(damaged);

		const failure = answerAt(db, FACT, false, NOW + DAY);
		await expect(failure).rejects.toMatchObject({ name: 'DamagedRowError' });
		const message = describeSaveFailure(await failure.catch((error: unknown) => error));
		expect(message).toBe(
			'The saved progress of this fact is damaged (its stability is not a finite number), so this answer was not ' +
				'saved (nothing was recorded). To fix it, open Your data and choose “Repair”, which sets damaged records aside ' +
				'and rebuilds the rest.'
		);
		expect(await db.reviews.count()).toBe(1);
		expect(await db.cards.get(FACT)).toEqual(damaged);
		await expect(resetFact(db, FACT, NOW + DAY, dayOf)).rejects.toMatchObject({ name: 'DamagedRowError' });
		expect(await db.reviews.count()).toBe(1);
	});

	it('what the scheduler returns is checked before it is written: a clock at the end of time saves nothing', async () => {
		const db = freshDatabase();
		const endOfTime = 8.64e15 - MINUTE;
		await expect(answerAt(db, FACT, true, endOfTime)).rejects.toMatchObject({ name: 'InvalidRowError' });
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});
});

describe('time only moves forward per fact', () => {
	it('a clock days behind the last review is noted, not fatal (it was "Invalid delta_t -3")', async () => {
		const db = freshDatabase();
		const first = await answerAt(db, FACT, true, NOW);
		const behind = await answerAt(db, FACT, false, NOW - 3 * DAY);
		expect(behind.reviewedAt).toBe(first.reviewedAt + 1);
		expect(behind.deviceTime).toBe(NOW - 3 * DAY);
		expect(behind.day).toBe(dayOf(first.reviewedAt + 1));
		expect(behind.before).toEqual(first.after);
		expect(reviewProblem(behind)).toBeNull();
		await expectChained(db);
		// Undo and repair agree with the log.
		expect((await repairCards(db)).changed).toBe(0);
		await undoAnswer(db, behind.id);
		expect(await db.cards.get(FACT)).toEqual(first.after);
	});

	it('a clock an hour back: the answer is dated after the previous one, its undo is allowed, repair changes nothing', async () => {
		const db = freshDatabase();
		await answerAt(db, FACT, false, NOW);
		const second = await answerAt(db, FACT, true, NOW - HOUR);
		const corrected = await correctToRight(db, second.id, DEFAULT_SETTINGS);
		expect(corrected.reviewedAt).toBe(second.reviewedAt);
		expect(await repairCards(db)).toMatchObject({ changed: 0, setAside: 0 });
		await expect(undoAnswer(db, second.id)).resolves.toMatchObject({ id: second.id });
		await expectChained(db);
	});

	it('an entry with a right clock keeps its time and notes nothing', async () => {
		const db = freshDatabase();
		await answerAt(db, FACT, true, NOW);
		const next = await answerAt(db, FACT, true, NOW + MINUTE);
		expect(next.reviewedAt).toBe(NOW + MINUTE);
		expect('deviceTime' in next).toBe(false);
	});

	it('answers racing from two tabs, with any clocks, form one chain per fact; undo and repair agree', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						fact: fc.constantFrom(FACT, 'core.exercise.plank'),
						correct: fc.boolean(),
						skew: fc.integer({ min: -3 * DAY, max: DAY })
					}),
					{ minLength: 2, maxLength: 8 }
				),
				async (answers) => {
					const db = freshDatabase();
					// All started at once, as two tabs would: each clock is read inside its transaction.
					await Promise.all(answers.map((a) => answerAt(db, a.fact, a.correct, () => NOW + a.skew)));
					await expectChained(db);
					expect((await repairCards(db)).changed).toBe(0);
					const latest = (await logOf(db, FACT)).at(-1) ?? (await logOf(db, 'core.exercise.plank')).at(-1)!;
					// Undoing the newest entry of the chain puts back the card it started from.
					await expect(undoAnswer(db, latest.id)).resolves.toMatchObject({ id: latest.id });
					expect(await db.cards.get(latest.factId)).toEqual(latest.hadCard ? latest.before : undefined);
					await db.delete();
				}
			),
			{ numRuns: 30 }
		);
	}, 30_000);
});

describe('pages read around damage and point to Repair', () => {
	afterEach(clearDamagedRows);

	it('Today, Progress and Review missed work with a damaged card and a damaged log entry, and report them', async () => {
		const db = freshDatabase();
		await answerAt(db, FACT, false, NOW - HOUR);
		const other = await answerAt(db, 'core.exercise.plank', false, NOW - HOUR);
		await db.cards.put({ ...(await db.cards.get(FACT))!, stability: undefined as never });
		await db.reviews.put({ ...other, id: 'garbage', before: undefined as never });
		const reported: number[] = [];
		const stop = onDamagedRows((found) => reported.push(found));

		const today = await loadToday(db, FACTS, NOW, 'UTC', { ...DEFAULT_SETTINGS, dayStartHour: 4 });
		// The damaged fact is neither new nor due until repaired.
		expect(today.queue).not.toContain(FACT);
		expect(today.queue.length).toBeGreaterThan(0);
		const mastery = await loadMasteryData(db, isCurrentFact);
		expect(mastery.cards.map((card) => card.factId)).toEqual(['core.exercise.plank']);
		// The calendar counts the day's two sound answers and leaves the damaged entry out.
		expect((await loadHistoryData(db, dayOf(NOW))).days.at(-1)).toMatchObject({ day: dayOf(NOW), answers: 2 });
		expect((await loadMissed(db, NOW, isCurrentFact)).map((miss) => miss.factId)).toEqual(['core.exercise.plank']);
		expect(reported.at(-1)).toBe(2);
		stop();

		expect(await repairCards(db, NOW)).toMatchObject({ setAside: 2 });
		expect(await db.quarantine.count()).toBe(2);
		expect((await loadToday(db, FACTS, NOW, 'UTC', { ...DEFAULT_SETTINGS, dayStartHour: 4 })).plan.reviews).toContain(
			FACT
		);
	});
});

describe('answers to facts no longer in the dataset', () => {
	it('are kept, never asked, and never block Review missed', async () => {
		const db = freshDatabase();
		const removed = 'glutes.exercise.moonwalk';
		await answerAt(db, removed, false, NOW - HOUR);
		await answerAt(db, FACT, false, NOW - HOUR);
		expect((await loadMissed(db, NOW, isCurrentFact)).map((miss) => miss.factId)).toEqual([FACT]);
		const today = await loadToday(db, FACTS, NOW, 'UTC', { ...DEFAULT_SETTINGS, dayStartHour: 4 });
		expect(today.queue).not.toContain(removed);
		expect(today.studiedCount).toBe(1);
		expect((await loadMasteryData(db, isCurrentFact)).cards.map((card) => card.factId)).toEqual([FACT]);
		expect(await db.reviews.where('factId').equals(removed).count()).toBe(1);
	});
});
