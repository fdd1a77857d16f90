import { type DaySummary, summarizeDays } from '../srs/day-summary';
import type { StrideDatabase } from './database';
import { validReviews } from './damage';
import { storageFailure } from './errors';

/**
 * Summaries of the given study days (ascending), read from the `daySummaries` store; days
 * without one are summarized from their log entries and stored. Reads and writes in one
 * transaction, so an answer saved meanwhile can't leave a stale summary behind. The store is a
 * cache: on a full disk the summaries are computed and returned without being stored, so a
 * page that only reads progress never fails for lack of space.
 */
export async function loadDaySummaries(db: StrideDatabase, days: readonly string[]): Promise<DaySummary[]> {
	if (days.length === 0) return [];
	try {
		return await summaries(db, days, 'store');
	} catch (error) {
		if (storageFailure(error) !== 'quota') throw error;
		return summaries(db, days, 'read-only');
	}
}

function summaries(db: StrideDatabase, days: readonly string[], mode: 'store' | 'read-only'): Promise<DaySummary[]> {
	return db.transaction(mode === 'store' ? 'rw' : 'r', db.reviews, db.daySummaries, async () => {
		// Days before the log's first entry are empty: nothing to read or store for them (a new
		// learner's year is mostly such days).
		const firstEntry = await db.reviews.orderBy('day').first();
		const beforeLog = days.filter((day) => firstEntry === undefined || day < firstEntry.day);
		const known = new Map(summarizeDays(beforeLog, []).map((summary) => [summary.day, summary]));
		if (beforeLog.length === days.length) return days.map((day) => known.get(day)!);
		const stored = await db.daySummaries
			.where('day')
			.between(days[beforeLog.length]!, days.at(-1)!, true, true)
			.toArray();
		for (const summary of stored) known.set(summary.day, summary);
		const missing = days.filter((day) => !known.has(day));
		if (missing.length > 0) {
			// One index range over the missing days: summarized days inside it are the rare
			// exception (missing days are those answered on since the last visit, most recent).
			const entries = await db.reviews.where('day').between(missing[0]!, missing.at(-1)!, true, true).toArray();
			const fresh = summarizeDays(missing, validReviews(entries));
			if (mode === 'store') await db.daySummaries.bulkPut(fresh);
			for (const summary of fresh) known.set(summary.day, summary);
		}
		return days.map((day) => known.get(day)!);
	});
}

/**
 * Forgets the summary of a day whose log entries a write changes. Call it inside the write's
 * transaction (which must include `daySummaries`).
 */
export function forgetDaySummary(db: StrideDatabase, day: string): Promise<void> {
	return db.daySummaries.delete(day);
}
