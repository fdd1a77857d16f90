import Dexie from 'dexie';
import type { ReviewRow, StrideDatabase } from './database';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Facts answered wrong in the last `days` days, newest miss first, one row per fact: the
 * latest wrong answer, so the learner sees what they last gave.
 */
export async function loadRecentMisses(db: StrideDatabase, now: number, days = 7): Promise<ReviewRow[]> {
	const rows = await db.reviews.where('reviewedAt').aboveOrEqual(now - days * DAY_MS).reverse().sortBy('reviewedAt');
	const latestMiss = new Map<string, ReviewRow>();
	for (const row of rows) {
		if (!row.correct && !latestMiss.has(row.factId)) latestMiss.set(row.factId, row);
	}
	return [...latestMiss.values()];
}

/** Ids of the facts studied at least once. */
export async function loadStudiedFactIds(db: StrideDatabase): Promise<Set<string>> {
	return new Set(await db.cards.where('phase').notEqual('new').primaryKeys());
}

/** The latest answer to a fact, if any: its kind and result shape the next question. */
export async function loadLastReview(db: StrideDatabase, factId: string): Promise<ReviewRow | undefined> {
	return db.reviews
		.where('[factId+reviewedAt]')
		.between([factId, Dexie.minKey], [factId, Dexie.maxKey])
		.last();
}
