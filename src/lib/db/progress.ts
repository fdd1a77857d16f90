import type { CardState } from '../srs';
import { CALENDAR_DAYS } from '../srs/calendar';
import { addDays, daysFrom } from '../srs/day';
import type { DaySummary } from '../srs/day-summary';
import type { RecentEntry } from '../srs/recent-change';
import type { StrideDatabase } from './database';
import { validCards, validReviews, validSessions } from './damage';
import { loadDaySummaries } from './day-summary-store';

/**
 * The reads behind the progress page. None grows with the length of the log: the cards
 * table (one small row per studied fact), one summary per day of the past year, and the
 * sessions table (one row per session) read whole, which is faster than a filtered cursor.
 */

export interface MasteryData {
	cards: CardState[];
}

export interface HistoryData {
	/** Each study day of the past year, oldest first: its answers and retention tally. */
	days: DaySummary[];
	/**
	 * Study days on which the day's quiz was finished, all time (rows written before sessions
	 * had a kind were all the day's quiz). Drills and practice count through `days` instead.
	 */
	finishedTodayDays: string[];
}

/**
 * The cards of the facts `isCurrent` accepts: cards of facts no longer in the dataset are
 * archived, kept in the data but not in mastery.
 */
export async function loadMasteryData(
	db: StrideDatabase,
	isCurrent: (factId: string) => boolean
): Promise<MasteryData> {
	return { cards: validCards(await db.cards.toArray()).filter((card) => isCurrent(card.factId)) };
}

export async function loadHistoryData(db: StrideDatabase, today: string): Promise<HistoryData> {
	const [days, finishedTodayDays] = await Promise.all([loadYearSummaries(db, today), loadFinishedTodayDays(db)]);
	return { days, finishedTodayDays };
}

/** The summaries of the past year's study days, up to `today`, oldest first. */
export function loadYearSummaries(db: StrideDatabase, today: string): Promise<DaySummary[]> {
	return loadDaySummaries(db, daysFrom(addDays(today, -(CALENDAR_DAYS - 1)), today));
}

/**
 * The study days on which the day's quiz was finished, all time (rows written before sessions
 * had a kind were all the day's quiz).
 */
export async function loadFinishedTodayDays(db: StrideDatabase): Promise<string[]> {
	return validSessions(await db.sessions.toArray())
		.filter((session) => session.finishedAt !== null && (session.kind ?? 'today') === 'today')
		.map((session) => session.day);
}

/**
 * The log entries since `since` (the headline's week) of the facts `isCurrent` accepts: a
 * week of answers, read by the `reviewedAt` index, however long the whole log is.
 */
export async function loadRecentEntries(
	db: StrideDatabase,
	since: number,
	isCurrent: (factId: string) => boolean
): Promise<RecentEntry[]> {
	const rows = validReviews(await db.reviews.where('reviewedAt').aboveOrEqual(since).toArray());
	return rows
		.filter((row) => isCurrent(row.factId))
		.map(({ factId, reviewedAt, kind, before }) => ({ factId, reviewedAt, kind, before }));
}
