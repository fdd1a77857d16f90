import { studyDay, type DaySettings } from './day';
import type { CardState } from './card-state';

/**
 * Review history as the progress page shows it: a calendar of answers per day, streaks, a
 * forecast of what falls due and true retention. Pure: study days (`YYYY-MM-DD`) and times
 * come in, nothing reads a clock. Days are calendar dates, so day arithmetic is done in UTC
 * on the date alone and daylight-saving changes can't shift it.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function parseDay(day: string): number {
	const [year, month, date] = day.split('-').map(Number);
	return Date.UTC(year!, month! - 1, date!);
}

export function addDays(day: string, days: number): string {
	return new Date(parseDay(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((parseDay(to) - parseDay(from)) / DAY_MS);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf(day: string): number {
	return (new Date(parseDay(day)).getUTCDay() + 6) % 7;
}

// ── Calendar ────────────────────────────────────────────────────────────────────────────────

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

// ── Streaks ─────────────────────────────────────────────────────────────────────────────────

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

// ── Forecast ────────────────────────────────────────────────────────────────────────────────

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

export const FORECAST_DAYS = 30;

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

// ── True retention ──────────────────────────────────────────────────────────────────────────

/** What retention needs of a review log row. */
export interface RetentionAnswer {
	reviewedAt: number;
	correct: boolean;
	before: Pick<CardState, 'phase' | 'lastReview'>;
}

export interface RetentionRate {
	right: number;
	total: number;
	/** right / total, or null with no answers. */
	rate: number | null;
}

export interface RetentionBucket extends RetentionRate {
	label: string;
	/** Interval since the previous review, in days: from (inclusive) … to (exclusive, null = open). */
	fromDays: number;
	toDays: number | null;
}

export interface Retention {
	buckets: RetentionBucket[];
	overall: RetentionRate;
	/** Anki's split: intervals under 21 days ("young") and from 21 days ("mature"). */
	young: RetentionRate;
	mature: RetentionRate;
}

export const RETENTION_BUCKETS: readonly { label: string; fromDays: number; toDays: number | null }[] = [
	{ label: 'Under 2 days', fromDays: 0, toDays: 2 },
	{ label: '2–6 days', fromDays: 2, toDays: 7 },
	{ label: '1–3 weeks', fromDays: 7, toDays: 21 },
	{ label: '3 weeks – 3 months', fromDays: 21, toDays: 90 },
	{ label: '3 months or more', fromDays: 90, toDays: null }
];

export const MATURE_DAYS = 21;

function rate(right: number, total: number): RetentionRate {
	return { right, total, rate: total > 0 ? right / total : null };
}

/** Right and total answers per retention bucket (in RETENTION_BUCKETS order). */
export type RetentionTally = { right: number; total: number }[];

function emptyRetentionTally(): RetentionTally {
	return RETENTION_BUCKETS.map(() => ({ right: 0, total: 0 }));
}

/**
 * True retention, as Anki measures it: the share of answers that were right, counting only
 * answers to facts that were in the review phase before (learning steps and relearning are
 * left out: they test minutes-old memories), bucketed by the time since the previous review.
 * This tallies the answers into buckets; `retentionFromTally` turns a tally into rates.
 */
export function tallyRetention(answers: Iterable<RetentionAnswer>): RetentionTally {
	const tally = emptyRetentionTally();
	for (const answer of answers) {
		const { phase, lastReview } = answer.before;
		if (phase !== 'review' || lastReview === null) continue;
		const elapsed = Math.max(0, (answer.reviewedAt - lastReview) / DAY_MS);
		const bucket =
			tally[RETENTION_BUCKETS.findIndex((b) => elapsed >= b.fromDays && (b.toDays === null || elapsed < b.toDays))]!;
		bucket.total++;
		if (answer.correct) bucket.right++;
	}
	return tally;
}

export function addRetentionTallies(tallies: Iterable<RetentionTally>): RetentionTally {
	const sum = emptyRetentionTally();
	for (const tally of tallies) {
		tally.forEach((bucket, i) => {
			sum[i]!.right += bucket.right;
			sum[i]!.total += bucket.total;
		});
	}
	return sum;
}

/** Rates per bucket, overall, and Anki's young/mature split (the buckets split at 21 days). */
export function retentionFromTally(tally: RetentionTally): Retention {
	const young = { right: 0, total: 0 };
	const mature = { right: 0, total: 0 };
	RETENTION_BUCKETS.forEach((bucket, i) => {
		const side = bucket.fromDays < MATURE_DAYS ? young : mature;
		side.right += tally[i]!.right;
		side.total += tally[i]!.total;
	});
	return {
		buckets: RETENTION_BUCKETS.map((bucket, i) => ({ ...bucket, ...rate(tally[i]!.right, tally[i]!.total) })),
		overall: rate(young.right + mature.right, young.total + mature.total),
		young: rate(young.right, young.total),
		mature: rate(mature.right, mature.total)
	};
}

// ── Day summaries ───────────────────────────────────────────────────────────────────────────

/** What the history shows of one study day: how many answers, and their retention tally. */
export interface DaySummary {
	day: string;
	answers: number;
	retention: RetentionTally;
}

/** A log entry as a day summary reads it: leech resets are entries but not answers. */
export interface SummarizedEntry extends RetentionAnswer {
	day: string;
	kind: string;
}

/**
 * Summarizes each of `days` from the log entries of those days (a day without entries gets
 * a summary of zero, so it is known to be empty).
 */
export function summarizeDays(days: readonly string[], entries: Iterable<SummarizedEntry>): DaySummary[] {
	const byDay = new Map<string, SummarizedEntry[]>(days.map((day) => [day, []]));
	for (const entry of entries) if (entry.kind !== 'reset') byDay.get(entry.day)?.push(entry);
	return days.map((day) => {
		const answers = byDay.get(day)!;
		return { day, answers: answers.length, retention: tallyRetention(answers) };
	});
}

/** Every study day from `first` to `last`, both included. */
export function daysFrom(first: string, last: string): string[] {
	const days: string[] = [];
	for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
	return days;
}
