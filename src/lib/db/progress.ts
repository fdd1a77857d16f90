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
	const [days, sessions] = await Promise.all([
		loadDaySummaries(db, daysFrom(addDays(today, -(CALENDAR_DAYS - 1)), today)),
		db.sessions.toArray()
	]);
	return {
		days,
		finishedTodayDays: validSessions(sessions)
			.filter((session) => session.finishedAt !== null && (session.kind ?? 'today') === 'today')
			.map((session) => session.day)
	};
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
