import Dexie from 'dexie';
import type { StrideDatabase } from './database';

/**
 * Live queries for the state layer: Dexie's `liveQuery` re-runs a read whenever a table it read
 * changes (in this tab or another). Re-exported here so Dexie stays inside src/lib/db.
 */
export { liveQuery } from 'dexie';

/**
 * Calls `listener` whenever this device's history may have changed — an answer, undo,
 * correction, setting or session written in this tab or another — so sync can pass it on.
 * Returns the unsubscribe.
 */
export function onHistoryWritten(db: StrideDatabase, listener: () => void): () => void {
	const tables = ['reviews', 'history', 'sessions'].map((table) => `idb://${db.name}/${table}/`);
	const subscriber = (parts: Record<string, unknown>) => {
		if (Object.keys(parts).some((part) => tables.some((prefix) => part.startsWith(prefix)))) listener();
	};
	Dexie.on.storagemutated.subscribe(subscriber);
	return () => Dexie.on.storagemutated.unsubscribe(subscriber);
}
