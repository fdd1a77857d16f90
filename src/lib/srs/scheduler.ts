import {
	createEmptyCard,
	fsrs,
	Rating,
	State,
	type Card,
	type FSRS
} from 'ts-fsrs';
import type { CardPhase, CardState, Grade, LogGrade, SchedulerSettings } from './types';

/**
 * The one adapter over ts-fsrs (FSRS-6, default parameters). Nothing else in Stride imports
 * ts-fsrs: if its card shape changes, only this file does.
 */

const PHASE_OF: Record<State, CardPhase> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};
const STATE_OF: Record<CardPhase, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};
const RATING_OF: Record<Grade, Rating.Again | Rating.Good> = {
	again: Rating.Again,
	good: Rating.Good
};

const schedulers = new Map<number, FSRS>();

function schedulerFor(settings: SchedulerSettings): FSRS {
	let scheduler = schedulers.get(settings.desiredRetention);
	if (!scheduler) {
		// Fuzz spreads intervals so facts learnt together don't fall due together; ts-fsrs
		// seeds it from the card and review time, so results stay deterministic.
		scheduler = fsrs({ request_retention: settings.desiredRetention, enable_fuzz: true });
		schedulers.set(settings.desiredRetention, scheduler);
	}
	return scheduler;
}

function toCard(state: CardState): Card {
	return {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: 0,
		scheduled_days: state.scheduledDays,
		learning_steps: state.learningSteps,
		reps: state.reps,
		lapses: state.lapses,
		state: STATE_OF[state.phase],
		last_review: state.lastReview === null ? undefined : new Date(state.lastReview)
	};
}

function fromCard(factId: string, card: Card, misses: number): CardState {
	return {
		factId,
		phase: PHASE_OF[card.state],
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		misses,
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

/** A fact never reviewed: due now, no memory yet. */
export function newCardState(factId: string, now: number): CardState {
	return fromCard(factId, createEmptyCard(new Date(now)), 0);
}

/** The card after answering it at `now` with `grade`. */
export function applyGrade(
	state: CardState,
	grade: Grade,
	now: number,
	settings: SchedulerSettings
): CardState {
	const { card } = schedulerFor(settings).next(toCard(state), new Date(now), RATING_OF[grade]);
	return fromCard(state.factId, card, state.misses + (grade === 'again' ? 1 : 0));
}

/** Probability (0–1) of recalling the fact at `at`; 0 for a fact never reviewed. */
export function recallProbability(state: CardState, at: number): number {
	if (state.phase === 'new' || state.lastReview === null) return 0;
	// The forgetting curve depends on stability alone, not on desired retention.
	return schedulerFor({ desiredRetention: 0.9 }).get_retrievability(toCard(state), new Date(at), false);
}

export interface GradedReview {
	grade: LogGrade;
	/** When it was answered (epoch ms). */
	at: number;
}

/**
 * Rebuilds a card by replaying its answers in time order from a new card: how a damaged card
 * row is repaired, and how cards are rescheduled when desired retention changes (the memory
 * state follows from the history; the intervals from the new settings).
 */
export function replayReviews(
	factId: string,
	reviews: readonly GradedReview[],
	settings: SchedulerSettings
): CardState {
	const ordered = [...reviews].sort((a, b) => a.at - b.at);
	let card = newCardState(factId, ordered[0]?.at ?? 0);
	for (const review of ordered) {
		card = review.grade === 'reset' ? newCardState(factId, review.at) : applyGrade(card, review.grade, review.at, settings);
	}
	return card;
}
