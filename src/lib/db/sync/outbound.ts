import type { StrideDatabase } from '../database';
import { entryOf, type SyncBody } from './documents';

/**
 * This device's history not yet in the sync replica (`sent` holds the replica's ids): its
 * answers and leech actions, its undo, correction and settings events, and its finished
 * sessions. Keys are compared first, so only what is new is read.
 */
export async function unsentHistory(db: StrideDatabase, sent: ReadonlySet<string>): Promise<SyncBody[]> {
	return db.transaction('r', [db.reviews, db.history, db.sessions], async () => {
		const [reviewIds, eventIds, sessionIds] = await Promise.all([
			db.reviews.toCollection().primaryKeys(),
			db.history.toCollection().primaryKeys(),
			db.sessions.toCollection().primaryKeys()
		]);
		const unsent = (ids: string[]) => ids.filter((id) => !sent.has(id));
		const [rows, events, sessions] = await Promise.all([
			db.reviews.bulkGet(unsent(reviewIds)),
			db.history.bulkGet(unsent(eventIds)),
			db.sessions.bulkGet(unsent(sessionIds))
		]);
		return [
			...rows.flatMap((row) => (row ? [{ type: 'entry' as const, row: entryOf(row) }] : [])),
			...events.flatMap((event) => (event ? [{ type: 'event' as const, event }] : [])),
			// A session passes on once finished: only then is it a streak day, and it changes no more.
			...sessions.flatMap((row) => (row && row.finishedAt !== null ? [{ type: 'session' as const, row }] : []))
		];
	});
}

/** The ids this device's history holds, of every kind: what need not be opened when it comes back. */
export async function historyIds(db: StrideDatabase): Promise<Set<string>> {
	return db.transaction('r', [db.reviews, db.history, db.sessions], async () => {
		const keys = await Promise.all([
			db.reviews.toCollection().primaryKeys(),
			db.history.toCollection().primaryKeys(),
			db.sessions.toCollection().primaryKeys()
		]);
		return new Set(keys.flat());
	});
}

/** How many of this device's answers are not yet on the server (`onServer`: ids known to be there). */
export async function answersWaiting(db: StrideDatabase, onServer: (id: string) => boolean): Promise<number> {
	const ids = await db.reviews.toCollection().primaryKeys();
	return ids.filter((id) => !onServer(id)).length;
}
