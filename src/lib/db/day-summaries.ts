import { summarizeDays, type DaySummary } from '../srs/history';
import type { ReviewRow, StrideDatabase } from './database';

/**
 * Summaries of the given study days (ascending), read from the `daySummaries` store; days
 * without one are summarized from their log entries and stored. Reads and writes in one
 * transaction, so an answer saved meanwhile can't leave a stale summary behind.
 */
export async function loadDaySummaries(db: StrideDatabase, days: readonly string[]): Promise<DaySummary[]> {
	if (days.length === 0) return [];
	return db.transaction('rw', db.reviews, db.daySummaries, async () => {
		// Days before the log's first entry are empty: nothing to read or store for them (a new
		// learner's year is mostly such days).
		const firstEntry = await db.reviews.orderBy('day').first();
		const beforeLog = days.filter((day) => firstEntry === undefined || day < firstEntry.day);
		const known = new Map(summarizeDays(beforeLog, []).map((summary) => [summary.day, summary]));
		if (beforeLog.length === days.length) return days.map((day) => known.get(day)!);
		const stored = await db.daySummaries.where('day').between(days[beforeLog.length]!, days.at(-1)!, true, true).toArray();
		for (const summary of stored) known.set(summary.day, summary);
		const missing = days.filter((day) => !known.has(day));
		if (missing.length > 0) {
			const entries = (await Promise.all(runsOf(missing, days).map(([first, last]) => entriesBetween(db, first, last)))).flat();
			const fresh = summarizeDays(missing, entries);
			await db.daySummaries.bulkPut(fresh);
			for (const summary of fresh) known.set(summary.day, summary);
		}
		return days.map((day) => known.get(day)!);
	});
}

/**
 * Forgets the summaries of the days whose log entries a write changes. Call it inside the
 * write's transaction (which must include `daySummaries`).
 */
export function forgetDaySummaries(db: StrideDatabase, days: readonly string[]): Promise<void> {
	return db.daySummaries.bulkDelete([...days]);
}

function entriesBetween(db: StrideDatabase, first: string, last: string): Promise<ReviewRow[]> {
	return db.reviews.where('day').between(first, last, true, true).toArray();
}

/** The missing days as runs of consecutive days of `days`: one index range read each. */
function runsOf(missing: readonly string[], days: readonly string[]): [string, string][] {
	const position = new Map(days.map((day, i) => [day, i]));
	const runs: [string, string][] = [];
	for (const day of missing) {
		const run = runs.at(-1);
		if (run && position.get(day) === position.get(run[1])! + 1) run[1] = day;
		else runs.push([day, day]);
	}
	return runs;
}
