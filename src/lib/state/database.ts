import { openDatabase, type StrideDatabase } from '../db/database';
import { describeOpenFailure, storageFailure } from '../db/errors';
import { reportProblem } from './database-problems';

/**
 * The browser's one database connection, opened on first use. Problems that concern the whole
 * app reach the layout through `onDatabaseProblem` (database-problems.ts):
 * - when another tab opens a newer version of the schema, this tab closes its connection
 *   rather than block that upgrade or write stale data, and asks for a reload;
 * - when the database cannot be opened (a failed upgrade, no storage), it says what happened.
 */
let database: StrideDatabase | undefined;
/** Connections this tab closed for another tab's upgrade: they must never be reopened. */
const closedForUpgrade = new WeakSet<StrideDatabase>();

export const UPDATED_ELSEWHERE = 'Stride was updated in another tab. Reload this page to continue.';

export function getDatabase(): StrideDatabase {
	if (!database) {
		const db = openDatabase();
		database = db;
		db.on('versionchange', () => {
			closedForUpgrade.add(db);
			db.close();
			reportProblem(UPDATED_ELSEWHERE);
			return false;
		});
		db.open().catch((error: unknown) => reportProblem(describeOpenFailure(error)));
	}
	return database;
}

/**
 * Runs a write; if the connection had closed under it (iOS closes background tabs' IndexedDB
 * connections), reopens the database and runs it once more. The write must be idempotent
 * (recordAnswer is, by answer id). A connection this tab closed for another tab's upgrade is
 * never reopened: that would write with an outdated schema.
 */
export async function withReconnect<T>(db: StrideDatabase, write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (storageFailure(error) !== 'closed' || closedForUpgrade.has(db)) throw error;
		if (!db.isOpen()) await db.open();
		return write();
	}
}

/** The learner's time zone, for the study day. */
export function localTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Asks the browser to keep Stride's storage through storage pressure, once the learner has
 * progress worth keeping. Harmless where unsupported or refused.
 */
export function requestPersistentStorage(): void {
	if (typeof navigator === 'undefined') return;
	navigator.storage?.persist?.().catch(() => undefined);
}
