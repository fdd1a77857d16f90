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
