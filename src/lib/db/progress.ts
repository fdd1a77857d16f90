import Dexie from 'dexie';
import { LEECH_THRESHOLD, type CardState } from '../srs';
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
	/** Wrong answers of the facts that could be leeches by misses (see loadLeechMisses). */
	misses: Map<string, number>;
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
	return db.transaction('r', db.cards, db.reviews, async () => {
		const cards = await db.cards.toArray();
		return { cards, misses: await loadLeechMisses(db, cards) };
	});
}

/**
 * Wrong answers per fact, for the leech flag. Only a card answered at least LEECH_THRESHOLD
 * times can have that many misses, and one with that many lapses is a leech already: only the
 * rest are counted, each through the [factId+reviewedAt] index.
 */
export async function loadLeechMisses(db: StrideDatabase, cards: readonly CardState[]): Promise<Map<string, number>> {
	const candidates = cards.filter((card) => card.reps >= LEECH_THRESHOLD && card.lapses < LEECH_THRESHOLD);
	const counts = await Promise.all(
		candidates.map((card) =>
			db.reviews
				.where('[factId+reviewedAt]')
				.between([card.factId, Dexie.minKey], [card.factId, Dexie.maxKey])
				.filter((row) => !row.correct)
				.count()
		)
	);
	return new Map(candidates.map((card, i) => [card.factId, counts[i]!]));
}

export async function loadHistoryData(db: StrideDatabase, now: number, today: string): Promise<HistoryData> {
	return db.transaction('r', db.reviews, db.sessions, async () => {
		const from = addDays(today, -(CALENDAR_DAYS - 1));
		const reviewDays = (await db.reviews.where('day').between(from, today, true, true).keys()) as string[];
		const finished = await db.sessions.filter((session) => session.finishedAt !== null).toArray();
		const retention: RetentionAnswer[] = [];
		await db.reviews
			.where('reviewedAt')
			.aboveOrEqual(now - CALENDAR_DAYS * DAY_MS)
			.each((row) => {
				if (row.before.phase === 'review') {
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
