/**
 * The learner's day. "Today" starts at a settable local hour (default 4:00) in the learner's
 * time zone, so a late-night session still counts for the day it belongs to. Computed from
 * local wall-clock parts, so it stays right across daylight-saving changes.
 *
 * Study days are calendar dates (`YYYY-MM-DD`), so arithmetic on them is done in UTC on the
 * date alone and daylight-saving changes can't shift it.
 */

export interface DaySettings {
	/** IANA time zone, e.g. "Pacific/Auckland", or DEVICE_TIME_ZONE. */
	timeZone: string;
	/** Local hour (0–23) at which a new study day begins. */
	dayStartHour: number;
}

/**
 * The device's own time zone, read through Date's local-time getters rather than by name. The
 * app's study day is always the device's: `Intl`'s first use costs 25–40 ms on a start-up path
 * (its locale data loads), four times that on a slow phone, and Date's getters cost nothing.
 */
export const DEVICE_TIME_ZONE = 'device';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			hourCycle: 'h23'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The study day that `at` falls in, as `YYYY-MM-DD`. */
export function studyDay(at: number, { timeZone, dayStartHour }: DaySettings): string {
	const { year, month, day, hour } = timeZone === DEVICE_TIME_ZONE ? deviceWallClock(at) : wallClock(at, timeZone);
	const date = new Date(Date.UTC(year, month - 1, hour < dayStartHour ? day - 1 : day));
	return date.toISOString().slice(0, 10);
}

interface WallClock {
	year: number;
	/** 1–12. */
	month: number;
	day: number;
	hour: number;
}

function wallClock(at: number, timeZone: string): WallClock {
	const parts = Object.fromEntries(
		formatterFor(timeZone)
			.formatToParts(new Date(at))
			.map((part) => [part.type, part.value])
	);
	return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) };
}

function deviceWallClock(at: number): WallClock {
	const date = new Date(at);
	return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours() };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

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

/** Every study day from `first` to `last`, both included. */
export function daysFrom(first: string, last: string): string[] {
	const days: string[] = [];
	for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
	return days;
}
