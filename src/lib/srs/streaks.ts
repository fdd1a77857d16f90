import { addDays, daysBetween, weekdayOf } from './day';

// CONTRACT (owner: H1): the smallest version of C3 so Today type-checks; H1's real version
// (rest days and freezes counted) replaces this file at merge.

/** The day's goal in answers: the learner's new facts per day, at least 5. */
export function dailyGoal(settings: { newPerDay: number }): number {
	return Math.max(5, settings.newPerDay);
}

/** A study day counts when a 'today' session was finished that day, or the day's answers reached the goal. */
export function countedDays(input: {
	finishedTodaySessions: Iterable<string>;
	answersPerDay: ReadonlyMap<string, number>;
	goal: number;
}): Set<string> {
	const days = new Set(input.finishedTodaySessions);
	for (const [day, answers] of input.answersPerDay) if (answers >= input.goal) days.add(day);
	return days;
}

export interface Streaks {
	/** Counted days in the current run (rest days and frozen days keep it, add nothing). */
	current: number;
	longest: number;
	doneToday: boolean;
	/** Today is a planned rest day. */
	restToday: boolean;
	/** Held now (one earned per 7 counted days in a run, at most 2). */
	freezes: number;
	/** Missed non-rest days a freeze covered. */
	frozenDays: string[];
}

export function buildStreaks(input: {
	countedDays: Iterable<string>;
	restDays: readonly number[];
	today: string;
}): Streaks {
	const { today } = input;
	const done = new Set([...input.countedDays].filter((day) => day <= today));
	const sorted = [...done].sort();
	let longest = 0;
	let run = 0;
	let previous: string | null = null;
	for (const day of sorted) {
		run = previous !== null && daysBetween(previous, day) === 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}
	const doneToday = done.has(today);
	let current = 0;
	for (let day = doneToday ? today : addDays(today, -1); done.has(day); day = addDays(day, -1)) current++;
	return {
		current,
		longest,
		doneToday,
		restToday: input.restDays.includes(weekdayOf(today)),
		freezes: 0,
		frozenDays: []
	};
}
