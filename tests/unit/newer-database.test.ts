import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { DATABASE_NAME, openDatabase } from '$lib/db';
import { isNewerDatabase } from '$lib/db/newer-database';
import V3_DATA from './fixtures/schema-v3.json';

/**
 * A database newer than the app (a newer Stride in another tab, or brought by a device sync)
 * is left exactly as it is: the app's own opening path (src/lib/state/connection.ts) reports
 * the problem to the layout, writes nothing, never upgrades over it, and every later database
 * call fails instead of reading or writing. Each test builds the newer database with raw
 * IndexedDB, runs the app's opening path, and compares the raw database before and after.
 */

/** A version far above anything this app declares (Dexie stores version N as N × 10). */
const NEWER = 999;

interface RawStore {
	keyPath: string | string[] | null;
	autoIncrement: boolean;
	/** Index name → key path, uniqueness, multiEntry. */
	indexes: Record<string, { keyPath: string | string[]; unique: boolean; multiEntry: boolean }>;
	rows: unknown[];
}
interface Raw {
	version: number;
	stores: Record<string, RawStore>;
}
type Rows = Record<string, Record<string, unknown>[]>;

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/**
 * Everything in the database, with raw IndexedDB: version, every store's shape and rows.
 * Opens without a version, which never upgrades an existing database.
 */
async function readRaw(name: string): Promise<Raw> {
	const open = indexedDB.open(name);
	open.onupgradeneeded = () => open.transaction!.abort();
	const db = await request(open);
	const stores: Raw['stores'] = {};
	for (const store of [...db.objectStoreNames]) {
		const objectStore = db.transaction(store).objectStore(store);
		stores[store] = {
			keyPath: objectStore.keyPath,
			autoIncrement: objectStore.autoIncrement,
			indexes: Object.fromEntries(
				[...objectStore.indexNames].map((index) => {
					const { keyPath, unique, multiEntry } = objectStore.index(index);
					return [index, { keyPath, unique, multiEntry }];
				})
			),
			rows: await request(objectStore.getAll())
		};
	}
	const version = db.version;
	db.close();
	return { version, stores };
}

/** A newer Stride's database whose stores are not this app's: renamed, dropped, added. */
async function createNewerWithOtherStores(name: string, version: number): Promise<void> {
	const open = indexedDB.open(name, version);
	open.onupgradeneeded = () => {
		const db = open.result;
		const answers = db.createObjectStore('answers', { keyPath: 'id' });
		answers.createIndex('factId', 'factId');
		answers.createIndex('at', 'at');
		db.createObjectStore('factStates', { keyPath: 'factId' }).createIndex('due', 'due');
		db.createObjectStore('settings', { keyPath: 'key' });
		db.createObjectStore('syncLog', { autoIncrement: true });
		const tx = open.transaction!;
		for (const review of V3_DATA.reviews) {
			tx.objectStore('answers').add({
				id: review.id,
				factId: review.factId,
				at: review.reviewedAt,
				grade: review.grade
			});
		}
		for (const card of V3_DATA.cards) tx.objectStore('factStates').add({ ...card, format: 7 });
		tx.objectStore('settings').add({ key: 'settings', retention: 0.9, newPerDay: 10, syncedFrom: 'laptop' });
		tx.objectStore('syncLog').add({ device: 'laptop', at: 1768203002222 });
	};
	(await request(open)).close();
}

/**
 * A newer Stride's database with exactly this app's stores and indexes, only at a higher
 * version (a newer release that changed rows, not stores): written by this app's own schema,
 * then raised to `version` with raw IndexedDB.
 */
async function createNewerWithSameStores(name: string, version: number): Promise<void> {
	const current = openDatabase(name);
	await current.open();
	const fixture = V3_DATA as unknown as Rows;
	for (const table of current.tables) {
		if (fixture[table.name]) await table.bulkAdd(fixture[table.name]!);
	}
	current.close();
	const open = indexedDB.open(name, version);
	open.onupgradeneeded = () => undefined;
	(await request(open)).close();
}

/** The app's opening path, loaded fresh (its connection is module state), and what it reports. */
async function openAsTheApp() {
	const state = await import('$lib/state/connection');
	const { onDatabaseProblem } = await import('$lib/state/database-problems');
	const heard: string[] = [];
	stops.push(onDatabaseProblem((message) => heard.push(message)));
	const db = state.getDatabase();
	opened.push(db);
	// The open settles (successfully or not) within a few turns of the event loop.
	await db.open().catch(() => undefined);
	await new Promise((resolve) => setTimeout(resolve, 10));
	const { UPDATED_ELSEWHERE } = await import('$lib/db/errors');
	return { ...state, db, heard, UPDATED_ELSEWHERE };
}

const stops: (() => void)[] = [];
const opened: { close(): void }[] = [];

afterEach(async () => {
	for (const stop of stops.splice(0)) stop();
	for (const db of opened.splice(0)) db.close();
	await request(indexedDB.deleteDatabase(DATABASE_NAME));
	vi.resetModules();
});

const settingsRow = {
	key: 'settings' as const,
	desiredRetention: 0.9,
	newPerDay: 10,
	reviewsPerDay: 100,
	dayStartHour: 4
};
const cardRow = {
	factId: 'quads.location.front-of-thigh',
	phase: 'review' as const,
	due: 1768203602222,
	stability: 3,
	difficulty: 5,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	lastReview: 1768203002222,
	misses: 0
};

/** Every kind of database call the pages make fails, and none of them writes or reopens. */
async function expectEveryCallFails({ db, withReconnect }: Awaited<ReturnType<typeof openAsTheApp>>): Promise<void> {
	const refused = expect.toSatisfy(isNewerDatabase, 'a refusal to open the newer database');
	await expect(db.settings.put(settingsRow)).rejects.toEqual(refused);
	await expect(withReconnect(db, () => db.cards.put(cardRow))).rejects.toEqual(refused);
	await expect(
		db.transaction('rw', db.cards, db.reviews, async () => {
			await db.cards.put(cardRow);
		})
	).rejects.toEqual(refused);
	await expect(db.reviews.count()).rejects.toEqual(refused);
	await expect(db.cards.toArray()).rejects.toEqual(refused);
	// Even an explicit reopen (what withReconnect does after a lost connection) is refused.
	await expect(db.open()).rejects.toEqual(refused);
	expect(db.isOpen()).toBe(false);
}

describe('a database newer than the app', () => {
	it('with other stores: says Stride was updated elsewhere, and leaves it exactly as it was', async () => {
		await createNewerWithOtherStores(DATABASE_NAME, NEWER);
		const before = await readRaw(DATABASE_NAME);
		expect(before.version).toBe(NEWER);
		expect(Object.keys(before.stores).sort()).toEqual(['answers', 'factStates', 'settings', 'syncLog']);

		const app = await openAsTheApp();
		expect(app.heard).toEqual([app.UPDATED_ELSEWHERE]);
		expect(app.UPDATED_ELSEWHERE).toContain('Stride was updated in another tab or device; reload to continue');
		expect(await readRaw(DATABASE_NAME)).toEqual(before);

		await expectEveryCallFails(app);
		expect(await readRaw(DATABASE_NAME)).toEqual(before);
		// Said once, not once per failed call.
		expect(app.heard).toEqual([app.UPDATED_ELSEWHERE]);
	});

	it('with the same stores at a higher version: not used silently, nothing written', async () => {
		await createNewerWithSameStores(DATABASE_NAME, NEWER);
		const before = await readRaw(DATABASE_NAME);
		expect(before.version).toBe(NEWER);
		expect(before.stores.reviews!.rows).toHaveLength(V3_DATA.reviews.length);
		// This app's declared version, from its schema (Dexie: native = version × 10), is lower.
		expect(openDatabase('never-opened').verno * 10).toBeLessThan(NEWER);

		const app = await openAsTheApp();
		expect(app.heard).toEqual([app.UPDATED_ELSEWHERE]);
		expect(await readRaw(DATABASE_NAME)).toEqual(before);

		await expectEveryCallFails(app);
		expect(await readRaw(DATABASE_NAME)).toEqual(before);
	});

	it('one version above the app’s own is already newer', async () => {
		const ours = openDatabase('never-opened').verno * 10;
		await createNewerWithSameStores(DATABASE_NAME, ours + 10);
		const before = await readRaw(DATABASE_NAME);

		const app = await openAsTheApp();
		expect(app.heard).toEqual([app.UPDATED_ELSEWHERE]);
		await expectEveryCallFails(app);
		expect(await readRaw(DATABASE_NAME)).toEqual(before);
	});
});

describe('databases at or below the app’s version open as before', () => {
	it('creates a missing database, and writes to it', async () => {
		const app = await openAsTheApp();
		expect(app.heard).toEqual([]);
		await app.db.settings.put(settingsRow);
		const raw = await readRaw(DATABASE_NAME);
		expect(raw.version).toBe(app.db.verno * 10);
		expect(raw.stores.settings!.rows).toEqual([settingsRow]);
	});

	it('upgrades an older database and keeps its rows', async () => {
		// Only version 1 of the schema: what the first release left on a device.
		const v1 = new Dexie(DATABASE_NAME);
		v1.version(1).stores({
			cards: 'factId, due, phase',
			reviews: 'id, factId, reviewedAt, day, sessionId, [factId+reviewedAt]',
			sessions: 'id, startedAt, day',
			settings: 'key'
		});
		await v1.open();
		await v1.table('settings').put(settingsRow);
		v1.close();
		expect((await readRaw(DATABASE_NAME)).version).toBe(10);

		const app = await openAsTheApp();
		expect(app.heard).toEqual([]);
		expect(app.db.verno).toBe(openDatabase('never-opened').verno);
		expect(await app.db.settings.get('settings')).toEqual(settingsRow);
		expect((await readRaw(DATABASE_NAME)).version).toBe(app.db.verno * 10);
	});
});
