import { addDays, daysBetween, weekdayOf } from './day';

/** What a quiz session was: the day's quiz, a drill of one question kind, missed facts, or extra practice. */
export type SessionKind = 'today' | 'drill' | 'missed' | 'extra';

/** Fewest answers that make a practice-only day count: a handful of questions is not a day's study. */
const MIN_DAILY_GOAL = 5;

/** The day's goal in answers: the learner's new facts per day, at least 5. */
export function dailyGoal(settings: { newPerDay: number }): number {
	return Math.max(MIN_DAILY_GOAL, settings.newPerDay);
}

/**
 * A study day counts when a 'today' session was finished that day, or the day's answers reached
 * the goal: a drill or practice counts only when it was a day's worth of study.
 */
export function countedDays(input: {
	finishedTodaySessions: Iterable<string>;
	answersPerDay: ReadonlyMap<string, number>;
	goal: number;
}): Set<string> {
	const counted = new Set(input.finishedTodaySessions);
	for (const [day, answers] of input.answersPerDay) if (answers >= input.goal) counted.add(day);
	return counted;
}

export interface Streaks {
	/** Counted days in the current run (rest days and frozen days keep it, add nothing). */
	current: number;
	longest: number;
	doneToday: boolean;
	/** Today is a planned rest day. */
	restToday: boolean;
	/** Freezes held now: one earned per 7 counted days in a run, at most 2. */
	freezes: number;
	/** Missed non-rest days a freeze covered. */
	frozenDays: string[];
}

/** Counted days in a run that earn a freeze, and how many a learner can hold. */
const DAYS_PER_FREEZE = 7;
const MAX_FREEZES = 2;

/**
 * Streaks from the counted study days. Runners plan rest days, so a planned rest day (a weekday
 * in `restDays`, 0 = Monday) neither breaks a run nor adds to it. A missed day that was not a
 * rest day uses a held freeze if there is one, else ends the run. Today not being done yet
 * breaks nothing: the day is still open.
 */
export function buildStreaks(input: {
	countedDays: Iterable<string>;
	restDays: readonly number[];
	today: string;
}): Streaks {
	const { today } = input;
	const rest = new Set(input.restDays);
	const restToday = rest.has(weekdayOf(today));
	const days = new Set<string>();
	let first: string | undefined;
	for (const day of input.countedDays) {
		if (day > today) continue;
		days.add(day);
		if (first === undefined || day < first) first = day;
	}
	if (first === undefined) return { current: 0, longest: 0, doneToday: false, restToday, freezes: 0, frozenDays: [] };
	// The days from the first counted one to today as offsets, walked as numbers: a five-year
	// history is 1,825 days, and a date string per day was most of the cost.
	const length = daysBetween(first, today) + 1;
	const counted = new Uint8Array(length);
	for (const day of days) counted[daysBetween(first, day)] = 1;
	const firstWeekday = weekdayOf(first);
	let run = 0;
	let longest = 0;
	let freezes = 0;
	let towardFreeze = 0;
	const frozenDays: string[] = [];
	for (let offset = 0; offset < length; offset++) {
		if (counted[offset] === 1) {
			run++;
			longest = Math.max(longest, run);
			towardFreeze++;
			if (towardFreeze === DAYS_PER_FREEZE) {
				freezes = Math.min(MAX_FREEZES, freezes + 1);
				towardFreeze = 0;
			}
		} else if (offset === length - 1 || rest.has((firstWeekday + offset) % 7) || run === 0) {
			continue;
		} else if (freezes > 0) {
			freezes--;
			frozenDays.push(addDays(first, offset));
		} else {
			run = 0;
			towardFreeze = 0;
		}
	}
	return { current: run, longest, doneToday: days.has(today), restToday, freezes, frozenDays };
}

/**
 * The streaks of a history as storage reads it: each day's answer count (the day summaries) and
 * the days the day's quiz was finished. Today and Progress both show these.
 */
export function streaksOfHistory(input: {
	days: readonly { day: string; answers: number }[];
	finishedTodayDays: Iterable<string>;
	goal: number;
	restDays: readonly number[];
	today: string;
}): Streaks {
	const answersPerDay = new Map(input.days.map((summary) => [summary.day, summary.answers]));
	const counted = countedDays({ finishedTodaySessions: input.finishedTodayDays, answersPerDay, goal: input.goal });
	return buildStreaks({ countedDays: counted, restDays: input.restDays, today: input.today });
}
