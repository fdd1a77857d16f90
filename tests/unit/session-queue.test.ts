import { describe, expect, it } from 'vitest';
import type { CardState } from '$lib/srs';
import {
	afterAnswer,
	afterCountAsRight,
	afterUndo,
	askedAgain,
	currentFact,
	dueWithinLearnAhead,
	missedPracticeQueue,
	position,
	REASK_GAP,
	sessionQueue,
	total,
	type SessionQueue
} from '$lib/quiz/session-queue';

const ten = Array.from({ length: 10 }, (_, i) => `glutes.exercise.f${i}`);

/** Answers the current question of `queue` once per verdict, in order. */
function answerAll(queue: SessionQueue, verdicts: readonly boolean[]): SessionQueue {
	return verdicts.reduce((q, correct) => afterAnswer(q, correct), queue);
}

/** The facts still to ask, from the current one on. */
const ahead = (queue: SessionQueue) => queue.factIds.slice(position(queue));

describe('a session queue', () => {
	it('asks the facts in the order given, one position per answer, and is done after the last', () => {
		let queue = sessionQueue(['a', 'b']);
		expect([position(queue), total(queue), currentFact(queue)]).toEqual([0, 2, 'a']);
		queue = afterAnswer(queue, true);
		expect([position(queue), currentFact(queue)]).toEqual([1, 'b']);
		queue = afterAnswer(queue, true);
		expect([position(queue), total(queue), currentFact(queue)]).toEqual([2, 2, undefined]);
	});

	it('asks a missed fact again three questions later', () => {
		expect(REASK_GAP).toBe(3);
		const queue = afterAnswer(sessionQueue(ten), false);
		expect(ahead(queue).slice(0, 5)).toEqual([ten[1], ten[2], ten[3], ten[0], ten[4]]);
		expect(total(queue)).toBe(11);
	});

	it('asks a missed fact again at the end of a session too short for the gap', () => {
		const queue = afterAnswer(sessionQueue(['a', 'b']), false);
		expect(ahead(queue)).toEqual(['b', 'a']);
		// Missing the next one too puts it after the first re-ask, at the end.
		expect(ahead(afterAnswer(queue, false))).toEqual(['a', 'b']);
	});

	it('keeps asking a fact until it is answered right', () => {
		const queue = answerAll(sessionQueue(['a']), [false, false, true]);
		expect(queue.factIds).toEqual(['a', 'a', 'a']);
		expect(currentFact(queue)).toBeUndefined();
	});

	it('undoing a miss takes back exactly its re-ask and asks the question again', () => {
		const before = answerAll(sessionQueue(ten), [true, false]);
		const missed = afterAnswer(before, false);
		expect(afterUndo(missed)).toEqual(before);
		expect(currentFact(afterUndo(missed))).toBe(ten[2]);
	});

	it('undoing answers one by one, misses among them, walks back to the start', () => {
		const start = sessionQueue(ten);
		let queue = answerAll(start, [false, false, true, false, false]);
		for (let i = 0; i < 5; i++) queue = afterUndo(queue);
		expect(queue).toEqual(start);
	});

	it('undoing a right answer changes only the position', () => {
		const queue = answerAll(sessionQueue(ten), [false, true]);
		expect(afterUndo(queue).factIds).toEqual(queue.factIds);
		expect(position(afterUndo(queue))).toBe(1);
	});

	it('counting a miss as right drops its re-ask and moves on', () => {
		const queue = afterCountAsRight(answerAll(sessionQueue(ten), [true, false]));
		expect(queue.factIds).toEqual(ten);
		expect(currentFact(queue)).toBe(ten[2]);
		// Undone afterwards, nothing else is taken back.
		expect(afterUndo(queue).factIds).toEqual(ten);
	});

	it('spaces the siblings of a missed-facts practice apart', () => {
		const queue = missedPracticeQueue(['calves.exercise.1', 'calves.exercise.2', 'core.injury.3']);
		expect(queue.factIds).toEqual(['calves.exercise.1', 'core.injury.3', 'calves.exercise.2']);
		expect(position(queue)).toBe(0);
	});

	it('asks a right answer again at the end when its next step falls due within learn-ahead', () => {
		const queue = afterAnswer(sessionQueue(['a', 'b', 'c']), true, true);
		expect(ahead(queue)).toEqual(['b', 'c', 'a']);
		expect([total(queue), askedAgain(queue)]).toEqual([4, 1]);
		// The session is not over until that step is taken too.
		const rest = answerAll(queue, [true, true]);
		expect(currentFact(rest)).toBe('a');
	});

	it('undoing a right answer asked again later takes back its re-ask', () => {
		const before = afterAnswer(sessionQueue(ten), false);
		expect(afterUndo(afterAnswer(before, true, true))).toEqual(before);
	});

	it('counting a miss as right puts the fact at the end when its new step is due soon', () => {
		const queue = afterCountAsRight(afterAnswer(sessionQueue(['a', 'b', 'c', 'd', 'e']), false), true);
		expect(ahead(queue)).toEqual(['b', 'c', 'd', 'e', 'a']);
		expect(askedAgain(queue)).toBe(1);
	});
});

describe('learn-ahead', () => {
	const now = Date.UTC(2026, 2, 15, 9);
	const card = (phase: CardState['phase'], dueInMinutes: number): CardState => ({
		factId: 'a',
		phase,
		due: now + dueInMinutes * 60_000,
		stability: 1,
		difficulty: 5,
		scheduledDays: 0,
		learningSteps: 1,
		reps: 1,
		lapses: 0,
		misses: 0,
		lastReview: now
	});

	it('keeps a learning or relearning step due within the window in the session', () => {
		expect(dueWithinLearnAhead(card('learning', 10), now, 20)).toBe(true);
		expect(dueWithinLearnAhead(card('relearning', 20), now, 20)).toBe(true);
	});

	it('leaves a step beyond the window, or any review, for later', () => {
		expect(dueWithinLearnAhead(card('learning', 21), now, 20)).toBe(false);
		expect(dueWithinLearnAhead(card('learning', 10), now, 0)).toBe(false);
		expect(dueWithinLearnAhead(card('review', 10), now, 20)).toBe(false);
	});
});
