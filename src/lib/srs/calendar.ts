import { addDays, weekdayOf } from './day';

/** A year of answers per study day, as the progress page's wall chart shows it. */

export interface CalendarCell {
	day: string;
	count: number;
	/** 0 for no answers, else 1–4 by the share of the busiest day. */
	level: 0 | 1 | 2 | 3 | 4;
}

export interface Calendar {
	/** Columns of weeks, Monday first; null where a day lies outside the year shown. */
	weeks: (CalendarCell | null)[][];
	/** Where a month starts: the week column and month (0–11), for labels. */
	months: { week: number; month: number }[];
	first: string;
	today: string;
	total: number;
	activeDays: number;
	max: number;
	todayCount: number;
}

export const CALENDAR_DAYS = 365;

/** The past year up to and including `today`, laid out in week columns like a wall chart. */
export function buildCalendar(counts: ReadonlyMap<string, number>, today: string, days = CALENDAR_DAYS): Calendar {
	const first = addDays(today, -(days - 1));
	const start = addDays(first, -weekdayOf(first));
	const inRange = (day: string) => day >= first && day <= today;
	let max = 0;
	let total = 0;
	let activeDays = 0;
	for (const [day, count] of counts) {
		if (!inRange(day) || count <= 0) continue;
		max = Math.max(max, count);
		total += count;
		activeDays++;
	}
	const weeks: (CalendarCell | null)[][] = [];
	const months: { week: number; month: number }[] = [];
	for (let week = 0; addDays(start, week * 7) <= today; week++) {
		const column: (CalendarCell | null)[] = [];
		for (let weekday = 0; weekday < 7; weekday++) {
			const day = addDays(start, week * 7 + weekday);
			if (!inRange(day)) {
				column.push(null);
				continue;
			}
			const count = counts.get(day) ?? 0;
			column.push({ day, count, level: count > 0 ? (Math.ceil((count / max) * 4) as 1 | 2 | 3 | 4) : 0 });
			if (day.endsWith('-01') || day === first) months.push({ week, month: Number(day.slice(5, 7)) - 1 });
		}
		weeks.push(column);
	}
	return { weeks, months, first, today, total, activeDays, max, todayCount: counts.get(today) ?? 0 };
}
