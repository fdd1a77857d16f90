import type { CardState } from '../srs';
import { addDays, CALENDAR_DAYS, type RetentionAnswer } from '../srs/history';
import type { StrideDatabase } from './database';

/**
 * The reads behind the progress page. Each uses an index and reads no more rows than it
 * needs: the cards table whole (one small row per studied fact), review days as index keys
 * only, the answers of the past year for retention, and the few sessions rows there are.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MasteryData {
	cards: CardState[];
}

export interface HistoryData {
	/** The study day of every answer in the past year, one entry per answer. */
	reviewDays: string[];
	/** Study days on which a quiz session was finished, all time. */
	finishedDays: string[];
	/** Answers of the past year to facts that were in review before: for true retention. */
	retention: RetentionAnswer[];
}

export async function loadMasteryData(db: StrideDatabase): Promise<MasteryData> {
	return { cards: await db.cards.toArray() };
}

export async function loadHistoryData(db: StrideDatabase, now: number, today: string): Promise<HistoryData> {
	return db.transaction('r', db.reviews, db.sessions, async () => {
		const from = addDays(today, -(CALENDAR_DAYS - 1));
		// Leech resets are log entries too, but not answers: they count nowhere here.
		const reviewDays: string[] = [];
		await db.reviews
			.where('day')
			.between(from, today, true, true)
			.each((row) => {
				if (row.kind !== 'reset') reviewDays.push(row.day);
			});
		const finished = await db.sessions.filter((session) => session.finishedAt !== null).toArray();
		const retention: RetentionAnswer[] = [];
		await db.reviews
			.where('reviewedAt')
			.aboveOrEqual(now - CALENDAR_DAYS * DAY_MS)
			.each((row) => {
				if (row.before.phase === 'review' && row.kind !== 'reset') {
					retention.push({
						reviewedAt: row.reviewedAt,
						correct: row.correct,
						before: { phase: row.before.phase, lastReview: row.before.lastReview }
					});
				}
			});
		return { reviewDays, finishedDays: finished.map((s) => s.day), retention };
	});
}
