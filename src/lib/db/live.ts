/**
 * Live queries for the state layer: Dexie's `liveQuery` re-runs a read whenever a table it read
 * changes (in this tab or another). Re-exported here so Dexie stays inside src/lib/db.
 */
export { liveQuery } from 'dexie';
