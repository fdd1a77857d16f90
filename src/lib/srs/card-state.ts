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
	/**
	 * Wrong answers since the fact was new (or last reset), misses while learning included.
	 * Kept in the log and backups; the leech rule counts `lapses` instead.
	 */
	misses: number;
	lastReview: number | null;
	/**
	 * Set when the learner took this leech back from suspension: the lapse count at which it is
	 * set aside again (see leech.ts). Absent until then, and after a reset.
	 */
	suspendAtLapses?: number;
}

/** Automatic grading: a wrong answer is Again, a right one Good (FSRS authors' advice). */
export type Grade = 'again' | 'good';

/**
 * Log entries that are the learner's decisions about a fact, not answers: `reset` starts a
 * leech afresh (like ts-fsrs's "forget"), `unsuspend` takes a suspended leech back. Logged so a
 * replay can follow them; such an entry's `kind` and `grade` both name the action.
 */
export type LogAction = 'reset' | 'unsuspend';

/** What a review-log entry did to a card: an answer's grade, or the learner's action. */
export type LogGrade = Grade | LogAction;

/** Whether a log entry is an answer (not a reset or an unsuspend): only answers are counted and shown as answers. */
export function isAnswer<T extends { kind: string }>(entry: T): entry is T & { kind: Exclude<T['kind'], LogAction> } {
	return entry.kind !== 'reset' && entry.kind !== 'unsuspend';
}

export function gradeFor(correct: boolean): Grade {
	return correct ? 'good' : 'again';
}

export interface SchedulerSettings {
	/** Desired retention, 0.80–0.97: higher means more reviews. */
	desiredRetention: number;
	/** The FSRS-6 parameters fitted to the learner's own history; absent or null: the defaults. */
	memoryModel?: { parameters: readonly number[] | null };
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
