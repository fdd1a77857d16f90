import { gradeFor, type CardState, type Grade, type SchedulerSettings } from '../srs';
import { applyGrade, newCardState } from '../srs/scheduler';
import type { ReviewRow } from './database';
import { DamagedRowError, cardProblem, refuseInvalid } from './rows';

/**
 * What an answer's log entry will hold, worked out from the fact's card and previous entry:
 * pure code, no Dexie. The quiz plans an answer with it from what it read while preparing the
 * question, to show the verdict at once; recordAnswer plans it again inside the save's
 * transaction, from what is stored then. One implementation, so the two agree whenever the
 * fact's history is what the quiz read (see recordAnswer).
 */

/**
 * When a new log entry happens: the device clock, read inside the entry's transaction (so two
 * tabs' entries are dated in the order they are written), or a fixed time (tests, imports, an
 * answer planned before its save).
 */
export type EntryTime = number | (() => number);
/** The study day of an entry: fixed, or computed from the entry's time. */
export type EntryDay = string | ((at: number) => string);

/** The part of a fact's previous entry that dates the next one. */
export type PreviousEntry = Pick<ReviewRow, 'id' | 'reviewedAt'>;

/**
 * The time of a fact's next entry: the clock, but never at or before the fact's previous
 * entry. A clock behind that (a wrong clock, a device that synced late) is noted in
 * `deviceTime`, not fatal: the entry is dated a millisecond after.
 */
export function entryTime(time: EntryTime, day: EntryDay, previous: PreviousEntry | undefined) {
	const device = typeof time === 'function' ? time() : time;
	const at = previous && device <= previous.reviewedAt ? previous.reviewedAt + 1 : device;
	return { at, day: typeof day === 'function' ? day(at) : day, ...(at !== device && { deviceTime: device }) };
}

/**
 * The card a fact's next entry starts from. A stored card that breaks the row rules is
 * damaged: nothing is scheduled from it (ts-fsrs would spread NaN into the log) until repair
 * sets it aside and rebuilds it from the log.
 */
export function startingCard(stored: CardState | undefined, factId: string, at: number): CardState {
	if (stored === undefined) return newCardState(factId, at);
	const problem = cardProblem(stored);
	if (problem) throw new DamagedRowError(`the saved progress of this fact is damaged (its ${problem})`);
	return stored;
}

/** Schedules a card and checks the result: what the scheduler returns is never written unchecked. */
export function scheduled(state: CardState, grade: Grade, at: number, settings: SchedulerSettings): CardState {
	const after = applyGrade(state, grade, at, settings);
	refuseInvalid('the card scheduled for this answer', cardProblem(after));
	return after;
}

/** An answer's entry, but for the answer's own fields: when, its grade, and the card before and after. */
export interface AnswerPlan {
	reviewedAt: number;
	day: string;
	grade: Grade;
	before: CardState;
	after: CardState;
	hadCard: boolean;
	/** The device's clock, when it was at or before the previous entry (see entryTime). */
	deviceTime?: number;
}

/**
 * Plans one answer to a fact from its stored card and previous entry: dated by `time` (never
 * at or before the previous entry), started from the stored card (a new one if none; a
 * damaged one is refused), scheduled by its grade, the result checked. Deterministic: the same
 * inputs give the same plan (ts-fsrs's fuzz is seeded from the card and the time).
 */
export function planAnswer(input: {
	factId: string;
	correct: boolean;
	stored: CardState | undefined;
	previous: PreviousEntry | undefined;
	time: EntryTime;
	day: EntryDay;
	settings: SchedulerSettings;
}): AnswerPlan {
	const when = entryTime(input.time, input.day, input.previous);
	const before = startingCard(input.stored, input.factId, when.at);
	const grade = gradeFor(input.correct);
	return {
		reviewedAt: when.at,
		day: when.day,
		grade,
		before,
		after: scheduled(before, grade, when.at, input.settings),
		hadCard: input.stored !== undefined,
		...(when.deviceTime !== undefined && { deviceTime: when.deviceTime })
	};
}
