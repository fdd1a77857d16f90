/**
 * Stride's own scheduling records. Times are epoch milliseconds so records index, compare and
 * serialise without Date objects; only scheduler.ts knows the shape ts-fsrs wants.
 */

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** The memory state of one fact. Stored one row per fact, keyed by `factId`. */
export interface CardState {
	factId: string;
	phase: CardPhase;
	/** When the fact is next due (epoch ms). */
	due: number;
	/** FSRS stability: days until recall probability falls to 90%. */
	stability: number;
	/** FSRS difficulty, 1–10. */
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** Wrong answers since the fact was new (or last reset): 8 make it a leech. */
	misses: number;
	lastReview: number | null;
}

/** Automatic grading: a wrong answer is Again, a right one Good (FSRS authors' advice). */
export type Grade = 'again' | 'good';

/**
 * What a review-log entry did to a card: an answer's grade, or `reset` when the learner reset
 * a leech to start it afresh (like ts-fsrs's "forget", logged so a replay can follow it).
 */
export type LogGrade = Grade | 'reset';

export function gradeFor(correct: boolean): Grade {
	return correct ? 'good' : 'again';
}

export interface SchedulerSettings {
	/** Desired retention, 0.80–0.97: higher means more reviews. */
	desiredRetention: number;
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = { desiredRetention: 0.9 };

/**
 * Whether two card states are the same: the same fields holding the same values, in any order
 * (a card rebuilt by repair, or written by an older Stride or by hand, may list its fields in
 * another order). A stored row may be damaged: a field only one of them has is a difference,
 * and a NaN matches nothing.
 */
export function sameCardState(a: CardState, b: CardState): boolean {
	const fields = Object.keys(a) as (keyof CardState)[];
	return fields.length === Object.keys(b).length && fields.every((field) => field in b && a[field] === b[field]);
}
