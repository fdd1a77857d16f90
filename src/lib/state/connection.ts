import { DATABASE_NAME, openDatabase, type StrideDatabase } from '../db/database';
import { describeOpenFailure, storageFailure, UPDATED_ELSEWHERE } from '../db/errors';
import { factoryLeavingNewerAlone, isNewerDatabase } from '../db/newer-database';
import { DEVICE_TIME_ZONE } from '../srs/day';
import { reportProblem } from './database-problems';

/**
 * The browser's one database connection, opened on first use. Problems that concern the whole
 * app reach the layout through `onDatabaseProblem` (database-problems.ts):
 * - when another tab opens a newer version of the schema, this tab closes its connection
 *   rather than block that upgrade or write stale data, and asks for a reload;
 * - when the stored database is already newer than this app (a newer Stride in another tab
 *   or from a device sync), the app never opens it: nothing is read, written or upgraded,
 *   every database call fails, and it asks for a reload (newer-database.ts);
 * - when the database cannot be opened (a failed upgrade, no storage), it says what happened.
 */
let database: StrideDatabase | undefined;
/**
 * Connections this tab let go of (or never opened) because a newer Stride owns the database:
 * they must never be reopened, which would write with an outdated schema.
 */
const closedForUpgrade = new WeakSet<StrideDatabase>();

/** Said both when another tab upgrades the open database and when it was newer from the start. */

export function getDatabase(): StrideDatabase {
	if (!database) {
		const db = openDatabase(DATABASE_NAME, factoryLeavingNewerAlone(DATABASE_NAME));
		database = db;
		db.on('versionchange', () => {
			closedForUpgrade.add(db);
			db.close();
			reportProblem(UPDATED_ELSEWHERE);
			return false;
		});
		db.open().catch((error: unknown) => {
			if (!isNewerDatabase(error)) return reportProblem(describeOpenFailure(error));
			closedForUpgrade.add(db);
			reportProblem(UPDATED_ELSEWHERE);
		});
	}
	return database;
}

/*
 * Opened as soon as this module loads, not when the page first asks: the browser opens (or, on
 * a first visit, creates) the database in its storage process while Svelte builds the page,
 * and the first read finds it open. Only pages that store progress load this module.
 */
if (typeof window !== 'undefined' && typeof indexedDB !== 'undefined') getDatabase();

/**
 * Runs a write; if the connection had closed under it (iOS closes background tabs' IndexedDB
 * connections), reopens the database and runs it once more. The write must be idempotent
 * (recordAnswer is, by answer id). A connection this tab closed for another tab's upgrade, or
 * never opened because the database is newer, is never reopened.
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

/** The learner's time zone, for the study day: the device's (see DEVICE_TIME_ZONE). */
export function localTimeZone(): string {
	return DEVICE_TIME_ZONE;
}

/**
 * Asks the browser to keep Stride's storage through storage pressure, once the learner has
 * progress worth keeping. Harmless where unsupported or refused.
 */
export function requestPersistentStorage(): void {
	if (typeof navigator === 'undefined') return;
	navigator.storage?.persist?.().catch(() => undefined);
}
