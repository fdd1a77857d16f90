import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openDatabase, type StrideDatabase } from '$lib/db';

const opened: StrideDatabase[] = [];

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

/** A fresh, empty database (fake-indexeddb) for one test, deleted after it. */
export function freshDatabase(): StrideDatabase {
	const db = openDatabase(`test-${crypto.randomUUID()}`);
	opened.push(db);
	return db;
}
