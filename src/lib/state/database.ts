import { openDatabase, type StrideDatabase } from '../db';

/**
 * The browser's one database connection, opened on first use. When another tab opens a newer
 * version of the schema, this tab closes its connection rather than block that upgrade, and
 * reports it through `onDatabaseClosed` so the page can ask for a reload.
 */
let database: StrideDatabase | undefined;
const closedListeners = new Set<(reason: string) => void>();

export function getDatabase(): StrideDatabase {
	if (!database) {
		database = openDatabase();
		database.on('versionchange', () => {
			database?.close();
			for (const listener of closedListeners) {
				listener('Stride was updated in another tab. Reload this page to continue.');
			}
			return false;
		});
	}
	return database;
}

export function onDatabaseClosed(listener: (reason: string) => void): () => void {
	closedListeners.add(listener);
	return () => closedListeners.delete(listener);
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
