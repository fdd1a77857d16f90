import { buildCalendar, type Calendar } from './calendar';
import type { CardState } from './card-state';
import type { DaySettings } from './day';
import type { DaySummary } from './day-summary';
import { buildForecast, type Forecast } from './forecast';
import { addRetentionTallies, retentionFromTally, type Retention } from './retention';
import { streaksOfHistory, type Streaks } from './streaks';

/** The history half of the progress page: what the learner did, and what comes next. */
export interface ProgressHistory {
	calendar: Calendar;
	streaks: Streaks;
	forecast: Forecast;
	retention: Retention;
	desiredRetention: number;
}

export interface ProgressHistoryInput {
	/** Each study day of the past year with answers, oldest first. */
	days: readonly DaySummary[];
	/** Study days on which the day's quiz (a 'today' session) was finished, all time. */
	finishedTodayDays: readonly string[];
	/** The day's goal in answers (dailyGoal): a day of practice alone counts when it reaches it. */
	goal: number;
	/** The learner's planned rest weekdays (0 = Monday). */
	restDays: readonly number[];
	cards: readonly CardState[];
	today: string;
	now: number;
	day: DaySettings;
	desiredRetention: number;
}

/** Builds the progress page's history from what storage read: calendar, streaks, forecast, retention. */
export function buildProgressHistory(input: ProgressHistoryInput): ProgressHistory {
	const { days, today } = input;
	const answersPerDay = new Map(days.map((summary) => [summary.day, summary.answers]));
	return {
		calendar: buildCalendar(answersPerDay, today),
		streaks: streaksOfHistory(input),
		forecast: buildForecast(input.cards, input.now, input.day),
		retention: retentionFromTally(addRetentionTallies(days.map((summary) => summary.retention))),
		desiredRetention: input.desiredRetention
	};
}
