import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS } from 'ts-fsrs';
import type { CardPhase, CardState, Grade, LogGrade, SchedulerSettings } from './card-state';
import { isSuspended, unsuspended } from './leech';

/**
 * The adapter over ts-fsrs's scheduler (FSRS-6, the learner's fitted parameters or the
 * defaults): answering a card. Only
 * src/lib/srs imports ts-fsrs — this file for scheduling, recall.ts for the forgetting curve
 * alone, which keeps the scheduler off pages that only read progress.
 */

// The mappings are tables inside functions, not module-level constants: reading ts-fsrs's
// enums at load time would count as a side effect and keep the whole scheduler in every
// bundle that touches src/lib/srs, even pages that never answer a card.
function phaseOf(state: State): CardPhase {
	return (['new', 'learning', 'review', 'relearning'] as const)[state];
}

function stateOf(phase: CardPhase): State {
	return { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning }[phase];
}

function ratingOf(grade: Grade): Rating.Again | Rating.Good {
	return grade === 'again' ? Rating.Again : Rating.Good;
}

const schedulers = new Map<string, FSRS>();

function schedulerFor(settings: SchedulerSettings): FSRS {
	const parameters = settings.memoryModel?.parameters ?? null;
	const key = `${settings.desiredRetention} ${parameters?.join(',') ?? 'defaults'}`;
	let scheduler = schedulers.get(key);
	if (!scheduler) {
		// Fuzz spreads intervals so facts learnt together don't fall due together; ts-fsrs
		// seeds it from the card and review time, so results stay deterministic.
		scheduler = fsrs({
			request_retention: settings.desiredRetention,
			enable_fuzz: true,
			...(parameters && { w: [...parameters] })
		});
		schedulers.set(key, scheduler);
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
		state: stateOf(state.phase),
		last_review: state.lastReview === null ? undefined : new Date(state.lastReview)
	};
}

function fromCard(factId: string, card: Card, misses: number): CardState {
	return {
		factId,
		phase: phaseOf(card.state),
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
export function applyGrade(state: CardState, grade: Grade, now: number, settings: SchedulerSettings): CardState {
	const { card } = schedulerFor(settings).next(toCard(state), new Date(now), ratingOf(grade));
	const after = fromCard(state.factId, card, state.misses + (grade === 'again' ? 1 : 0));
	// An unsuspended leech's limit is the learner's decision: answers carry it until a reset.
	return state.suspendAtLapses === undefined ? after : { ...after, suspendAtLapses: state.suspendAtLapses };
}

export interface GradedReview {
	grade: LogGrade;
	/** When it was answered (epoch ms). */
	at: number;
}

/**
 * Rebuilds a card by replaying its log entries (answers, resets, unsuspends) in time order
 * from a new card: how a damaged card row is repaired, and how cards are rescheduled when
 * desired retention or the memory model's parameters change (the memory state follows from
 * the history and the parameters; the intervals from the settings).
 */
export function replayReviews(
	factId: string,
	reviews: readonly GradedReview[],
	settings: SchedulerSettings
): CardState {
	const ordered = [...reviews].sort((a, b) => a.at - b.at);
	let card = newCardState(factId, ordered[0]?.at ?? 0);
	for (const review of ordered) card = afterEntry(card, review.grade, review.at, settings);
	return card;
}

/**
 * The card after one log entry, as answers.ts recorded it and as every replay applies it: an
 * answer schedules the card, a reset starts it afresh, an unsuspend takes a suspended leech
 * back (a merged log may put another device's answers between the leech and its unsuspend).
 */
function afterEntry(before: CardState, grade: LogGrade, at: number, settings: SchedulerSettings): CardState {
	if (grade === 'reset') return newCardState(before.factId, at);
	if (grade === 'unsuspend') return isSuspended(before) ? unsuspended(before) : before;
	return applyGrade(before, grade, at, settings);
}

/** What a log entry contributes to replaying it: which fact, when, and what happened. */
export interface ReplayedEntry {
	id: string;
	factId: string;
	reviewedAt: number;
	grade: LogGrade;
}

/** One entry's place in its fact's history once replayed: the card before and after it. */
export interface ReplayedStep {
	before: CardState;
	after: CardState;
	/** Whether the fact had a card before this entry (what an undo restores). */
	hadCard: boolean;
}

/** The one order every device replays a log in: by time, and by id when two entries share a millisecond. */
function logOrder(a: ReplayedEntry, b: ReplayedEntry): number {
	return a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Replays a whole log from no cards at all, as a device does after merging another device's
 * history: each entry in `logOrder`, from its fact's card so far (a new card at its first
 * entry), as `afterEntry` applies it. Deterministic: the same entries and settings give
 * deep-equal steps and cards, whatever order they are passed in.
 */
export function replayLog(
	entries: readonly ReplayedEntry[],
	settings: SchedulerSettings
): { steps: Map<string, ReplayedStep>; cards: Map<string, CardState> } {
	const steps = new Map<string, ReplayedStep>();
	const cards = new Map<string, CardState>();
	for (const entry of [...entries].sort(logOrder)) {
		const stored = cards.get(entry.factId);
		const before = stored ?? newCardState(entry.factId, entry.reviewedAt);
		const after = afterEntry(before, entry.grade, entry.reviewedAt, settings);
		steps.set(entry.id, { before, after, hadCard: stored !== undefined });
		cards.set(entry.factId, after);
	}
	return { steps, cards };
}
