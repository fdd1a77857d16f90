import type { CardState } from './card-state';
import { addDays, daysBetween, studyDay, type DaySettings } from './day';

export interface ForecastDay {
	day: string;
	count: number;
}

export interface Forecast {
	/** One entry per study day from today; today's holds what is overdue too. */
	days: ForecastDay[];
	/** Reviews already overdue from earlier days (counted in today's entry). */
	overdue: number;
	total: number;
	max: number;
}

const FORECAST_DAYS = 30;

/**
 * Reviews falling due per study day over the next `horizon` days, from each studied card's
 * next due date (as Anki's "future due": reviews that answers will add later are not guessed).
 */
export function buildForecast(
	cards: Iterable<CardState>,
	now: number,
	daySettings: DaySettings,
	horizon = FORECAST_DAYS
): Forecast {
	const today = studyDay(now, daySettings);
	const days = Array.from({ length: horizon }, (_, i) => ({ day: addDays(today, i), count: 0 }));
	let overdue = 0;
	for (const card of cards) {
		if (card.phase === 'new') continue;
		const due = studyDay(card.due, daySettings);
		if (due < today) overdue++;
		const index = Math.max(0, daysBetween(today, due));
		if (index < horizon) days[index]!.count++;
	}
	const total = days.reduce((sum, d) => sum + d.count, 0);
	return { days, overdue, total, max: Math.max(0, ...days.map((d) => d.count)) };
}
