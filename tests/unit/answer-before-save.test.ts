import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, openDatabase, type StrideDatabase } from '$lib/db';
import { planAnswer, recordAnswer, type Answer } from '$lib/db/answers';
import { describeSaveFailure } from '$lib/db/errors';
import { loadFactProgress } from '$lib/db/review-log';
import type { Question, Response } from '$lib/quiz';
import { sameCardState, studyDay } from '$lib/srs';
import { QuizSession } from '$lib/state/quiz-session.svelte';
import { localTimeZone } from '$lib/state/connection';
import { failWrites, quotaExceeded } from './fault-injection';
import { dropAll, freshDatabase, T0 } from './helpers/progress';

/**
 * The verdict shows before the answer is saved: it is planned (planAnswer) from the card and
 * last entry read with the question, and the save plans it again inside its transaction from
 * what is stored then. These check that the two agree when nothing changed, that the stored
 * row wins when another tab answered meanwhile, that a retry never doubles, and that a failed
 * save leaves the session as before the answer.
 */

afterEach(dropAll);

const MINUTE = 60_000;
const FACT = 'glutes.exercise.squat';
const dayOf = (at: number) => studyDay(at, { timeZone: 'UTC', dayStartHour: 4 });

function steppingClock(start = T0): () => number {
	let now = start;
	return () => (now += 1_000);
}

/** The right answer to any question, or a wrong one. */
function responseTo(question: Question, right: boolean): Response {
	if (question.format === 'choice') {
		const index = right ? question.correctIndex : question.correctIndex === 0 ? 1 : 0;
		return { format: 'choice', index };
	}
	if (question.format === 'typed') return { format: 'typed', text: right ? question.accepted[0]! : 'elbow' };
	if (question.format === 'locate')
		return { format: 'locate', groupId: right ? question.groupId : question.groupId === 'core' ? 'calves' : 'core' };
	return { format: 'matching', picks: question.items.map((_, i) => (right ? i : (i + 1) % question.items.length)) };
}

function answerOf(factId: string, correct: boolean, extra: Partial<Answer> = {}): Answer {
	return { factId, correct, answerMs: 2000, kind: 'choose-fact', given: 'Squats', sessionId: 'other-tab', ...extra };
}

/** A session at its first question, with what answering needs loaded (as the page's prefetch does). */
async function readySession(db: StrideDatabase, clock = steppingClock()): Promise<QuizSession> {
	const session = new QuizSession(db, { clock });
	await session.start();
	expect(session.phase).toBe('asking');
	session.prefetch();
	await import('$lib/db/answers');
	await Promise.resolve();
	return session;
}

describe('the verdict before the save', () => {
	it('shows in the same task as the answer, and the session waits for the save before moving on', async () => {
		const db = freshDatabase();
		const session = await readySession(db);
		const question = session.question!;

		const saved = session.answer(responseTo(question, true));
		// No await yet: the verdict, the card's next state and the queue are already there.
		expect(session.phase).toBe('feedback');
		expect(session.answered).toHaveLength(1);
		expect(session.answered[0]!.judgement.correct).toBe(true);
		expect(session.saving).toBe(true);
		expect(session.answerSaving).toBe(true);
		// Next, pressed now, waits for the save.
		const next = session.next();
		expect(session.question).toBe(question);
		await saved;
		expect(session.saving).toBe(false);
		const [row] = await db.reviews.toArray();
		// What the verdict showed is what was stored.
		expect(row!.id).toBe(session.answered[0]!.rowId);
		expect(sameCardState(row!.before, session.answered[0]!.before)).toBe(true);
		expect(sameCardState(row!.after, session.answered[0]!.after)).toBe(true);
		await next;
		expect(session.phase).toBe('asking');
		expect(session.question).not.toBe(question);
	});

	it('a second tab answering the same fact between the question and the save: scheduled from the stored card', async () => {
		const db = freshDatabase();
		const session = await readySession(db);
		const question = session.question!;
		const read = await loadFactProgress(db, question.factId, 'entry');
		expect(read.card).toBeUndefined();

		// Another tab (its own connection) answers the fact wrongly while this one shows the question.
		const otherTab = openDatabase(db.name);
		const other = await recordAnswer(otherTab, answerOf(question.factId, false), T0 + 500, dayOf, DEFAULT_SETTINGS);
		otherTab.close();

		const saved = session.answer(responseTo(question, true));
		// The verdict was planned from what this tab read: a new card.
		expect(session.answered[0]!.before.phase).toBe('new');
		await saved;
		expect(session.error).toBeNull();

		const rows = (await db.reviews.where('factId').equals(question.factId).toArray()).sort(
			(a, b) => a.reviewedAt - b.reviewedAt
		);
		expect(rows.map((row) => row.id)).toEqual([other.id, session.answered[0]!.rowId]);
		const mine = rows[1]!;
		// Scheduled from what the other tab stored, after it; the verdict (right) unchanged.
		expect(sameCardState(mine.before, other.after)).toBe(true);
		expect(mine.hadCard).toBe(true);
		expect(mine.reviewedAt).toBeGreaterThan(other.reviewedAt);
		expect(mine.correct).toBe(true);
		expect(session.answered[0]!.judgement.correct).toBe(true);
		// The session shows what was written.
		expect(sameCardState(session.answered[0]!.before, mine.before)).toBe(true);
		expect(sameCardState(session.answered[0]!.after, mine.after)).toBe(true);
		expect(sameCardState((await db.cards.get(question.factId))!, mine.after)).toBe(true);
	});

	it('a failed save withdraws the verdict: the queue, the answers and the question are as before it', async () => {
		const db = freshDatabase();
		// Middleware is installed before the database opens; the disk fills up later.
		const full = failWrites(db, 'cards', () => quotaExceeded());
		full.enabled = false;
		const session = await readySession(db);
		// One answer saved, then the next question.
		await session.answer(responseTo(session.question!, false));
		await session.next();
		expect(session.phase).toBe('asking');
		const was = {
			question: session.question,
			answered: session.answered,
			position: session.position,
			total: session.total,
			askedAgain: session.askedAgain,
			screen: session.screen
		};

		full.enabled = true;
		const saved = session.answer(responseTo(session.question!, false));
		expect(session.phase).toBe('feedback');
		expect(session.position).toBe(was.position + 1);
		// Next and Undo pressed while it saves: neither acts on a save that fails.
		const next = session.next();
		const undo = session.undo();
		await Promise.all([saved, next, undo]);

		expect(session.error).toBe(describeSaveFailure(quotaExceeded()));
		expect(session.phase).toBe('asking');
		expect(session.question).toBe(was.question);
		expect(session.answered).toEqual(was.answered);
		expect(session.position).toBe(was.position);
		expect(session.total).toBe(was.total);
		expect(session.askedAgain).toBe(was.askedAgain);
		// The question is drawn afresh for another try.
		expect(session.screen).toBeGreaterThan(was.screen);
		expect(await db.reviews.count()).toBe(1);

		// Space is back: the same question saves, once.
		full.enabled = false;
		await session.answer(responseTo(session.question!, true));
		expect(session.error).toBeNull();
		expect(session.phase).toBe('feedback');
		expect(await db.reviews.count()).toBe(2);
		expect(session.answered).toHaveLength(2);
	});

	it('the latest press made while saving acts, once: Next twice moves on one question', async () => {
		const db = freshDatabase();
		const session = await readySession(db);
		const saved = session.answer(responseTo(session.question!, true));
		const presses = [session.next(), session.next(), session.next()];
		await Promise.all([saved, ...presses]);
		expect(session.position).toBe(1);
		expect(session.phase).toBe('asking');
		expect(session.screen).toBe(2);
	});
});

describe('planAnswer and recordAnswer agree', () => {
	const step = fc.record({
		correct: fc.boolean(),
		// Clocks that jump back (a wrong clock) as well as forward.
		gap: fc.integer({ min: -3 * 24 * 60, max: 40 * 24 * 60 }).map((minutes) => minutes * MINUTE),
		retried: fc.boolean()
	});

	it('for any history: the row stored is the one planned from the stored card and last entry, and a retry stores it once', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
				const db = freshDatabase();
				let device = T0;
				for (const [n, { correct, gap, retried }] of steps.entries()) {
					device += gap;
					const { card, last } = await loadFactProgress(db, FACT, 'entry');
					const plan = planAnswer({
						factId: FACT,
						correct,
						stored: card,
						previous: last,
						time: device,
						day: dayOf,
						settings: DEFAULT_SETTINGS
					});
					const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
					const planned = { device, previousId: last?.id };
					// The transaction's own clock is far off: it is not used while nothing changed.
					const record = () =>
						recordAnswer(db, answerOf(FACT, correct, { id }), () => 0, dayOf, DEFAULT_SETTINGS, planned);
					const row = await record();
					expect(row).toEqual({ id, ...answerOf(FACT, correct), ...plan });
					if (retried) expect(await record()).toEqual(row);
				}
				expect(await db.reviews.count()).toBe(steps.length);
				const rows = (await db.reviews.toArray()).sort((a, b) => a.reviewedAt - b.reviewedAt);
				for (const [i, row] of rows.entries()) {
					if (i > 0) expect(row.reviewedAt).toBeGreaterThan(rows[i - 1]!.reviewedAt);
				}
				expect(await db.cards.get(FACT)).toEqual(rows.at(-1)!.after);
				await db.delete();
			}),
			{ numRuns: 25 }
		);
	});

	it('for any other answer written in between: the row is scheduled from it and dated after it', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.boolean(),
				fc.boolean(),
				fc.integer({ min: -2 * 24 * 60, max: 2 * 24 * 60 }),
				async (first, mine, offsetMinutes) => {
					const db = freshDatabase();
					const { card, last } = await loadFactProgress(db, FACT, 'entry');
					const device = T0;
					const plan = planAnswer({
						factId: FACT,
						correct: mine,
						stored: card,
						previous: last,
						time: device,
						day: dayOf,
						settings: DEFAULT_SETTINGS
					});
					const other = await recordAnswer(
						db,
						answerOf(FACT, first),
						T0 + offsetMinutes * MINUTE,
						dayOf,
						DEFAULT_SETTINGS
					);
					const clock = T0 + 1_000;
					const row = await recordAnswer(db, answerOf(FACT, mine, { id: 'mine' }), clock, dayOf, DEFAULT_SETTINGS, {
						device,
						previousId: last?.id
					});
					expect(sameCardState(row.before, other.after)).toBe(true);
					expect(row.reviewedAt).toBe(Math.max(clock, other.reviewedAt + 1));
					expect(row.correct).toBe(mine);
					expect(sameCardState(row.before, plan.before)).toBe(false);
					expect(await db.cards.get(FACT)).toEqual(row.after);
					await db.delete();
				}
			),
			{ numRuns: 25 }
		);
	});
});

describe('the start of a quiz', () => {
	it('reads the settings and today’s plan in one transaction', async () => {
		const db = freshDatabase();
		let transactions = 0;
		db.use({
			stack: 'dbcore',
			name: 'count-transactions',
			create: (down) => ({
				...down,
				transaction(...args: Parameters<typeof down.transaction>) {
					transactions++;
					return down.transaction(...args);
				}
			})
		});
		await db.settings.put({ key: 'settings', ...DEFAULT_SETTINGS, newPerDay: 3 });
		transactions = 0;
		const { loadSettingsAndToday } = await import('$lib/db/quiz-start');
		const { FACTS } = await import('$lib/content/catalogue');
		const { settings, today } = await loadSettingsAndToday(db, FACTS, T0, localTimeZone());
		expect(transactions).toBe(1);
		expect(settings.newPerDay).toBe(3);
		expect(today.queue).toHaveLength(3);
	});
});
