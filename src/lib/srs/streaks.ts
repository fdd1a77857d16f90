import { addDays, daysBetween } from './day';

export interface Streaks {
	/** Days in a row with the quiz done, up to today (or up to yesterday while today is open). */
	current: number;
	longest: number;
	doneToday: boolean;
}

/**
 * Streaks from the study days on which the day's quiz was done. Today not being done yet
 * doesn't break the current streak: it runs up to yesterday until today is over.
 */
export function buildStreaks(doneDays: Iterable<string>, today: string): Streaks {
	const done = new Set([...doneDays].filter((day) => day <= today));
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
	return { current, longest, doneToday };
}

/** CONTRACT (owner: H1): C3, the day's goal in answers: the learner's new facts per day, at least 5. */
export function dailyGoal(settings: { newPerDay: number }): number {
	return Math.max(5, settings.newPerDay);
}

/** CONTRACT (owner: H1): C3, a study day counts when a session was finished that day, or the day's answers reached the goal. */
export function countedDays(input: {
	finishedTodaySessions: Iterable<string>;
	answersPerDay: ReadonlyMap<string, number>;
	goal: number;
}): Set<string> {
	const days = new Set(input.finishedTodaySessions);
	for (const [day, answers] of input.answersPerDay) if (answers >= input.goal) days.add(day);
	return days;
}
