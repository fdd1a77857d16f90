import { buildCalendar, type Calendar } from './calendar';
import type { CardState } from './card-state';
import type { DaySettings } from './day';
import type { DaySummary } from './day-summary';
import { buildForecast, type Forecast } from './forecast';
import { addRetentionTallies, retentionFromTally, type Retention } from './retention';
import { buildStreaks, type Streaks } from './streaks';

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
	/** Study days on which a quiz session was finished. */
	finishedDays: readonly string[];
	cards: readonly CardState[];
	today: string;
	now: number;
	day: DaySettings;
	desiredRetention: number;
}

/** Builds the progress page's history from what storage read: calendar, streaks, forecast, retention. */
export function buildProgressHistory(input: ProgressHistoryInput): ProgressHistory {
	const { days, today } = input;
	return {
		calendar: buildCalendar(new Map(days.map((summary) => [summary.day, summary.answers])), today),
		streaks: buildStreaks({ countedDays: input.finishedDays, restDays: [], today }),
		forecast: buildForecast(input.cards, input.now, input.day),
		retention: retentionFromTally(addRetentionTallies(days.map((summary) => summary.retention))),
		desiredRetention: input.desiredRetention
	};
}
