import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, openDatabase, type StrideDatabase } from '$lib/db';
import { recordAnswer } from '$lib/db/answers';
import { describeSaveFailure, storageFailure } from '$lib/db/errors';
import type { Question, Response } from '$lib/quiz';
import { localTimeZone } from '$lib/state/connection';
import { QuizSession } from '$lib/state/quiz-session.svelte';
import { studyDay } from '$lib/srs';
import { FactStatus } from '$lib/state/fact-status.svelte';
import { SettingsForm } from '$lib/state/settings-form.svelte';
import { TodayOverview } from '$lib/state/today-overview.svelte';
import { dropAll, freshDatabase, T0 } from './helpers/progress';
import { failWrites, quotaExceeded } from './fault-injection';

afterEach(dropAll);

/** A clock that moves one second per reading, from a fixed start. */
function steppingClock(start = T0): () => number {
	let now = start;
	return () => (now += 1_000);
}

/** Some answer to any question (right or wrong does not matter here). */
function anyResponse(question: Question): Response {
	if (question.format === 'choice') return { format: 'choice', index: 0 };
	if (question.format === 'typed') return { format: 'typed', text: 'squats' };
	if (question.format === 'locate') return { format: 'locate', groupId: 'core' };
	return { format: 'matching', picks: question.items.map((_, i) => i) };
}

const quota = quotaExceeded;

async function startedSession(db: StrideDatabase) {
	const session = new QuizSession(db, { clock: steppingClock() });
	await session.start();
	expect(session.phase).toBe('asking');
	return session;
}

describe('a full disk during an answer', () => {
	it('says so, records nothing, keeps the question open, and saves once space is back', async () => {
		const db = freshDatabase();
		const fault = failWrites(db, 'cards', quota);
		fault.enabled = false;
		const session = await startedSession(db);
		const question = session.question!;

		fault.enabled = true;
		await session.answer(anyResponse(question));
		expect(session.error).toBe(
			'Your device is out of storage space, so this answer was not saved (nothing was recorded). ' +
				'Free some space, then answer again.'
		);
		expect(session.phase).toBe('asking');
		expect(session.question).toBe(question);
		expect(session.answered).toEqual([]);
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);

		fault.enabled = false;
		await session.answer(anyResponse(question));
		expect(session.error).toBeNull();
		expect(session.phase).toBe('feedback');
		expect(await db.reviews.count()).toBe(1);
		expect(await db.cards.get(question.factId)).toEqual(session.answered[0]!.after);
	});
});

describe('a full disk on the settings page', () => {
	it('says the device is out of space in the words every page uses, and changes nothing', async () => {
		const db = freshDatabase();
		const full = failWrites(db, 'settings', () => quotaExceeded());
		full.enabled = false;
		const form = new SettingsForm(db);
		await form.load();
		full.enabled = true;
		form.values = { ...form.values!, newPerDay: 20 };
		await form.save();
		expect(form.saved).toBe(false);
		expect(form.errors).toEqual([
			'Your settings could not be saved (nothing changed): your device is out of storage space; free some space, then try again.'
		]);
		full.enabled = false;
		expect(await db.settings.get('settings')).toBeUndefined();
	});
});

/** A full disk for every store a quiz writes: each switch turns its store's fault off. */
function fullDisk(db: StrideDatabase) {
	const faults = ['sessions', 'reviews', 'cards'].map((table) => failWrites(db, table, () => quotaExceeded()));
	return {
		set full(on: boolean) {
			for (const fault of faults) fault.enabled = on;
		}
	};
}

/** Answers (rightly or not) and moves on until the summary; returns how many were answered. */
async function answerToTheEnd(session: QuizSession): Promise<number> {
	let answered = 0;
	while (session.phase !== 'done') {
		expect(session.phase).toBe('asking');
		await session.answer(anyResponse(session.question!));
		expect(session.error).toBeNull();
		answered++;
		await session.next();
	}
	return answered;
}

describe('a full disk when a quiz starts', () => {
	it('still asks the first question; an answer says the disk is full, in the answer’s own words', async () => {
		const db = freshDatabase();
		const disk = fullDisk(db);
		const session = new QuizSession(db, { clock: steppingClock() });
		await session.start();
		expect(session.phase).toBe('asking');
		expect(session.question).not.toBeNull();
		expect(session.error).toBeNull();

		await session.answer(anyResponse(session.question!));
		expect(session.error).toBe(describeSaveFailure(quotaExceeded()));
		expect(session.error).toMatch(/^Your device is out of storage space, so this answer was not saved/);
		expect(session.phase).toBe('asking');
		disk.full = false;
		expect(await db.sessions.count()).toBe(0);
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('stores the refused session row, as it started, once an answer is saved and the learner moves on', async () => {
		const db = freshDatabase();
		const disk = fullDisk(db);
		const clock = steppingClock();
		const session = new QuizSession(db, { clock });
		await session.start();
		const startedAt = T0 + 1_000; // The clock's first reading: the quiz's start.
		disk.full = false;

		await session.answer(anyResponse(session.question!));
		expect(session.error).toBeNull();
		expect(await db.sessions.count()).toBe(0);
		await session.next();
		const rows = await db.sessions.toArray();
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).toBe(session.sessionId);
		expect(rows[0]!.finishedAt).toBeNull();
		// The session's own start, not the time of the retry (after the answer).
		expect(rows[0]!.startedAt).toBe(startedAt);
		expect(rows[0]!.startedAt).toBeLessThan((await db.reviews.toArray())[0]!.reviewedAt);
		expect(rows[0]!.day).toBe(
			studyDay(startedAt, { timeZone: localTimeZone(), dayStartHour: DEFAULT_SETTINGS.dayStartHour })
		);
		expect((await db.reviews.toArray()).map((row) => row.sessionId)).toEqual([session.sessionId]);

		await answerToTheEnd(session);
		const [finished] = await db.sessions.toArray();
		expect(finished).toEqual({ ...rows[0], finishedAt: expect.any(Number) });
		expect(await db.sessions.count()).toBe(1);
	});

	it('a session row refused until the last answer is stored, finished, at the summary', async () => {
		const db = freshDatabase();
		const sessionsFull = failWrites(db, 'sessions', () => quotaExceeded());
		const session = new QuizSession(db, { clock: steppingClock() });
		await session.start();
		// Answers save (the cards and log have room); the session row keeps being refused until
		// the last answer is saved.
		while (session.phase !== 'done') {
			if (session.phase === 'asking') await session.answer(anyResponse(session.question!));
			else {
				if (session.position >= session.total) {
					expect(await db.sessions.count()).toBe(0);
					sessionsFull.enabled = false;
				}
				await session.next();
			}
			expect(session.error).toBeNull();
		}
		expect(sessionsFull.enabled).toBe(false);
		const rows = await db.sessions.toArray();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ id: session.sessionId, finishedAt: expect.any(Number) });
	});

	it('a quiz never finished on a full disk leaves no session row behind', async () => {
		const db = freshDatabase();
		const disk = fullDisk(db);
		const session = new QuizSession(db, { clock: steppingClock() });
		await session.start();
		await session.answer(anyResponse(session.question!));
		await session.next(); // Not moved on: nothing was saved, the question is still open.
		expect(session.phase).toBe('asking');
		disk.full = false;
		expect(await db.sessions.count()).toBe(0);
	});
});

describe('a connection closed under the app (iOS closes background tabs’ IndexedDB)', () => {
	it('reopens the database and saves the answer exactly once', async () => {
		const db = freshDatabase();
		const session = await startedSession(db);
		db.close();
		expect(db.isOpen()).toBe(false);

		await session.answer(anyResponse(session.question!));
		expect(session.error).toBeNull();
		expect(session.phase).toBe('feedback');
		expect(db.isOpen()).toBe(true);
		expect(await db.reviews.count()).toBe(1);
	});

	it('retries a save that failed on a lost connection without recording it twice', async () => {
		const db = freshDatabase();
		let failures = 1;
		failWrites(db, 'cards', () =>
			failures-- > 0 ? Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }) : null
		);

		const session = await startedSession(db);
		await session.answer(anyResponse(session.question!));
		// The card write was refused once, then written once: the retry happened.
		expect(failures).toBe(-1);
		expect(session.error).toBeNull();
		expect(await db.reviews.count()).toBe(1);
		expect(await db.cards.count()).toBe(1);
	});

	it('gives up with a clear message when the connection stays lost', async () => {
		const db = freshDatabase();
		failWrites(db, 'reviews', () =>
			Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' })
		);
		const session = await startedSession(db);
		await session.answer(anyResponse(session.question!));
		expect(session.error).toBe(
			'The connection to your saved progress was lost, so this answer was not saved (nothing was recorded). ' +
				'Reload the page, then answer again.'
		);
		expect(session.phase).toBe('asking');
		expect(await db.reviews.count()).toBe(0);
	});
});

describe('finishing a session on a full disk', () => {
	it('the summary says the session was not saved as finished, and Try again finishes it', async () => {
		const db = freshDatabase();
		const sessionsFull = failWrites(db, 'sessions', () => quotaExceeded());
		sessionsFull.enabled = false;
		const session = await startedSession(db);
		while (session.phase !== 'done') {
			if (session.phase === 'asking') await session.answer(anyResponse(session.question!));
			else {
				// The last answer is saved; only stamping the session finished is refused.
				if (session.position >= session.total) sessionsFull.enabled = true;
				await session.next();
			}
		}
		expect(session.error).toBe(
			'This session could not be saved as finished: your device is out of storage space; free some space, then try again.'
		);
		expect(session.unfinished).toBe(true);
		sessionsFull.enabled = false;
		expect((await db.sessions.get(session.sessionId))!.finishedAt).toBeNull();

		await session.finish();
		expect(session.error).toBeNull();
		expect(session.unfinished).toBe(false);
		expect((await db.sessions.get(session.sessionId))!.finishedAt).toEqual(expect.any(Number));
	});
});

describe('undo and "count it as right" save as answers do', () => {
	it('an undo refused by a full disk says so and leaves the answer standing', async () => {
		const db = freshDatabase();
		const full = failWrites(db, 'reviews', () => quotaExceeded());
		full.enabled = false;
		const session = await startedSession(db);
		await session.answer(anyResponse(session.question!));
		full.enabled = true;
		await session.undo();
		expect(session.error).toBe(
			'That answer could not be undone: your device is out of storage space; free some space, then try again.'
		);
		expect(session.phase).toBe('feedback');
		expect(session.answered).toHaveLength(1);
		full.enabled = false;
		expect(await db.reviews.count()).toBe(1);
	});

	it('an undo on a connection the browser closed reopens it and undoes once', async () => {
		const db = freshDatabase();
		const session = await startedSession(db);
		const question = session.question!;
		await session.answer(anyResponse(question));
		db.close();
		await session.undo();
		expect(session.error).toBeNull();
		expect(session.phase).toBe('asking');
		expect(session.question).toBe(question);
		expect(await db.reviews.count()).toBe(0);
	});

	it('counting a typed answer as right on a closed connection reopens it and counts it', async () => {
		const db = freshDatabase();
		const session = new QuizSession(db, { clock: steppingClock(), source: { kind: 'today', drill: 'typed-exercise' } });
		await session.start();
		expect(session.question!.format).toBe('typed');
		await session.answer({ format: 'typed', text: 'not an exercise' });
		expect(session.lastAnswer!.judgement.correct).toBe(false);
		db.close();
		await session.countAsRight();
		expect(session.error).toBeNull();
		expect(session.lastAnswer!.judgement.correct).toBe(true);
		expect((await db.reviews.toArray()).map((row) => row.correct)).toEqual([true]);
	});
});

describe('resetting a leech on a full disk', () => {
	it('says the fact could not be reset, keeps the explanation, and changes nothing', async () => {
		const db = freshDatabase();
		const factId = 'glutes.exercise.squat';
		const full = failWrites(db, 'reviews', () => quotaExceeded());
		full.enabled = false;
		const status = new FactStatus(db, factId, () => T0);
		await status.load();
		full.enabled = true;
		await status.reset();
		expect(status.actionError).toBe(
			'This fact could not be reset (nothing changed): your device is out of storage space; free some space, then try again.'
		);
		expect(status.explanation).not.toBeNull();
		full.enabled = false;
		expect(await db.reviews.count()).toBe(0);
	});
});

describe('recordAnswer is idempotent by answer id', () => {
	it('saving the same answer twice records it once and returns the first row', async () => {
		const db = freshDatabase();
		const answer = {
			id: 'answer-1',
			factId: 'glutes.exercise.squat',
			correct: true,
			answerMs: 3000,
			kind: 'choose-fact' as const,
			given: 'Squats',
			sessionId: 's'
		};
		const first = await recordAnswer(db, answer, T0, '2026-01-10', DEFAULT_SETTINGS);
		const again = await recordAnswer(db, answer, T0 + 5_000, '2026-01-10', DEFAULT_SETTINGS);
		expect(again).toEqual(first);
		expect(await db.reviews.count()).toBe(1);
		expect(await db.cards.get(answer.factId)).toEqual(first.after);
	});
});

describe('storage failures by name', () => {
	it('recognises quota, closed connections (Dexie and Safari) and a missing IndexedDB', () => {
		expect(storageFailure(quota())).toBe('quota');
		expect(storageFailure({ name: 'AbortError', inner: quota() })).toBe('quota');
		expect(storageFailure({ name: 'DatabaseClosedError', message: '' })).toBe('closed');
		expect(
			storageFailure(
				new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError')
			)
		).toBe('closed');
		expect(storageFailure({ name: 'MissingAPIError', message: 'IndexedDB API missing' })).toBe('unavailable');
		expect(storageFailure(new Error('boom'))).toBe('other');
		expect(describeSaveFailure(new Error('boom'))).toBe(
			'Your answer could not be saved, so nothing was recorded (boom). Try again.'
		);
	});
});

describe('two tabs on one database', () => {
	it('both answer, alternately: every answer is logged once, and each builds on the other’s', async () => {
		const name = `two-tabs-${crypto.randomUUID()}`;
		const tabA = freshDatabase(name);
		const tabB = openDatabase(name);
		const clock = steppingClock();
		const sessionA = new QuizSession(tabA, { clock });
		const sessionB = new QuizSession(tabB, { clock });
		await sessionA.start();
		await sessionB.start();
		// Both tabs built the same session: as long, opening with the same new fact.
		expect(sessionB.total).toBe(sessionA.total);
		expect(sessionB.question!.factId).toBe(sessionA.question!.factId);

		for (let i = 0; i < 6; i++) {
			for (const session of [sessionA, sessionB]) {
				await session.answer(anyResponse(session.question!));
				expect(session.error).toBeNull();
				await session.next();
			}
		}

		const reviews = await tabA.reviews.orderBy('reviewedAt').toArray();
		expect(reviews).toHaveLength(12);
		expect(new Set(reviews.map((r) => r.id)).size).toBe(12);
		expect(reviews.filter((r) => r.sessionId === sessionA.sessionId)).toHaveLength(6);
		// No lost update: each answer's "before" is the card the previous answer left.
		const lastAfter = new Map<string, unknown>();
		for (const row of reviews) {
			if (lastAfter.has(row.factId)) expect(row.before).toEqual(lastAfter.get(row.factId));
			else expect(row.before.phase).toBe('new');
			lastAfter.set(row.factId, row.after);
		}
		for (const [factId, after] of lastAfter) expect(await tabB.cards.get(factId)).toEqual(after);
		tabB.close();
	});

	it('counts on Today update live when the other tab answers', async () => {
		const name = `live-${crypto.randomUUID()}`;
		const tabA = freshDatabase(name);
		const tabB = openDatabase(name);
		const overview = new TodayOverview(tabA, () => T0);
		const day = studyDay(T0, { timeZone: localTimeZone(), dayStartHour: DEFAULT_SETTINGS.dayStartHour });
		const stop = overview.load();
		await vi.waitFor(() => expect(overview.today?.plan.newFacts).toHaveLength(10));
		const first = overview.today!.queue[0]!;

		await recordAnswer(
			tabB,
			{ factId: first, correct: true, answerMs: 1000, kind: 'choose-fact', given: 'x', sessionId: 'b' },
			T0,
			day,
			DEFAULT_SETTINGS
		);
		await vi.waitFor(() => expect(overview.today?.studiedCount).toBe(1));
		expect(overview.today!.plan.newFacts).not.toContain(first);

		stop();
		await recordAnswer(
			tabB,
			{
				factId: overview.today!.queue[0]!,
				correct: true,
				answerMs: 1000,
				kind: 'choose-fact',
				given: 'x',
				sessionId: 'b'
			},
			T0,
			day,
			DEFAULT_SETTINGS
		);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(overview.today!.studiedCount).toBe(1);
		tabB.close();
	});
});
