import type { CardState } from '../srs/card-state';
import { factFamily, spaceSiblings } from '../srs/order';

/**
 * A missed fact comes back this many questions later (its one-minute learning step), or at
 * the end of a shorter session. Answers in practice are real retrieval attempts: they go to
 * FSRS like any other, which handles same-day reviews through its short-term memory model.
 */
export const REASK_GAP = 3;

/**
 * The order of one quiz session, as a value: every change returns a new queue. A wrong answer
 * puts its fact back later in the session, so each fact is asked until answered right.
 */
export interface SessionQueue {
	/** Fact ids in the order asked; a missed fact is inserted again as the session goes. */
	readonly factIds: readonly string[];
	/** One entry per question answered so far: the index it was put back at to be asked again, or null. */
	readonly reasks: readonly (number | null)[];
}

/** Today's session, in the order the plan gave. */
export function sessionQueue(factIds: readonly string[]): SessionQueue {
	return { factIds, reasks: [] };
}

/** Practice of missed facts: they were missed in any order, so siblings are spaced apart first. */
export function missedPracticeQueue(factIds: readonly string[]): SessionQueue {
	return sessionQueue(spaceSiblings(factIds, factFamily));
}

/** How many questions have been answered. */
export function position(queue: SessionQueue): number {
	return queue.reasks.length;
}

/** How many questions the session holds, re-asks included. */
export function total(queue: SessionQueue): number {
	return queue.factIds.length;
}

/** How many of the session's questions are facts put back to be asked again. */
export function askedAgain(queue: SessionQueue): number {
	return queue.reasks.filter((at) => at !== null).length;
}

/**
 * Learn-ahead (Anki's learn-ahead limit): a fact whose next learning or relearning step falls
 * due within `learnAheadMinutes` is asked again in this session, so "All done for today" is
 * not contradicted ten minutes later. Review-phase cards are due on days, never minutes.
 */
export function dueWithinLearnAhead(card: CardState, now: number, learnAheadMinutes: number): boolean {
	const learning = card.phase === 'learning' || card.phase === 'relearning';
	return learning && card.due <= now + learnAheadMinutes * 60_000;
}

/** The fact asked now (or next, once the current one is answered); undefined when all are. */
export function currentFact(queue: SessionQueue): string | undefined {
	return queue.factIds[position(queue)];
}

/**
 * The current fact answered: the queue moves past it. A miss comes back REASK_GAP later (its
 * one-minute step). A right answer whose next step is due within the learn-ahead window
 * (`stepSoon`, see dueWithinLearnAhead) comes back at the end of the session, as Anki's
 * learn-ahead does: asked early rather than waited for, since the rest of the session keeps
 * the learner busy meanwhile and FSRS's short-term model takes the early answer as it is.
 */
export function afterAnswer(queue: SessionQueue, correct: boolean, stepSoon = false): SessionQueue {
	const factId = currentFact(queue);
	if (factId === undefined) return queue;
	if (correct && !stepSoon) return { factIds: queue.factIds, reasks: [...queue.reasks, null] };
	const at = correct ? total(queue) : Math.min(position(queue) + 1 + REASK_GAP, total(queue));
	return {
		factIds: [...queue.factIds.slice(0, at), factId, ...queue.factIds.slice(at)],
		reasks: [...queue.reasks, at]
	};
}

/** The last answer undone: its question is current again, and its re-ask is taken back. */
export function afterUndo(queue: SessionQueue): SessionQueue {
	if (queue.reasks.length === 0) return queue;
	return { factIds: withoutLastReask(queue), reasks: queue.reasks.slice(0, -1) };
}

/**
 * The last answer, a miss, counted as right: its re-ask is taken back, and the fact comes back
 * at the end instead if its step (now a right answer's) is due within the learn-ahead window.
 */
export function afterCountAsRight(queue: SessionQueue, stepSoon = false): SessionQueue {
	if (queue.reasks.length === 0) return queue;
	return afterAnswer(afterUndo(queue), true, stepSoon);
}

/**
 * The order without the last answer's re-ask. Re-asks only ever go later than those before
 * them, so the last one's index is still where it was put.
 */
function withoutLastReask(queue: SessionQueue): readonly string[] {
	const at = queue.reasks.at(-1) ?? null;
	return at === null ? queue.factIds : queue.factIds.filter((_, index) => index !== at);
}
