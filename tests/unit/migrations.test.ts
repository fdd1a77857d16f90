import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { FACTS } from '$lib/content/catalogue';
import { loadLastReview, loadToday, openDatabase, type StrideDatabase } from '$lib/db';
import { recordAnswer } from '$lib/db/answers';
import { exportBackup, parseBackup, serializeBackup } from '$lib/db/backup';
import { describeOpenFailure } from '$lib/db/errors';
import { loadHistoryData } from '$lib/db/progress';
import { DEFAULT_MEMORY_MODEL } from '$lib/srs/memory-model';
import V1_DATA from './fixtures/schema-v1.json';
import V2_DATA from './fixtures/schema-v2.json';
import V3_DATA from './fixtures/schema-v3.json';
import V4_DATA from './fixtures/schema-v4.json';
import V5_DATA from './fixtures/schema-v5.json';

/**
 * The schema upgrade harness. For every schema version Stride ever released there is a frozen
 * description of its object stores (below, copied — never derived from the current code) and
 * a fixture of realistic rows written by that version (tests/unit/fixtures/schema-vN.json).
 * Each test builds a database at an old version with raw IndexedDB, exactly as that version
 * left it on a learner's device, opens it with the current code, and checks every row.
 *
 * Adding schema version N+1: freeze version N's stores here if they changed, add
 * `fixtures/schema-v(N+1).json` and an entry to HISTORY, and say in `migrate` what the
 * upgrade does to each older version's rows. The first test fails until HISTORY covers every
 * version the code declares.
 */

interface StoreSpec {
	keyPath: string;
	/** Keys the store numbers itself (Dexie's `++id`); absent when false. */
	autoIncrement?: true;
	/** Index name → key path (Dexie names a compound index "[a+b]"). */
	indexes: Record<string, string | string[]>;
}
type SchemaSpec = Record<string, StoreSpec>;
type Rows = Record<string, Record<string, unknown>[]>;

/** Version 1, as released: four stores. */
const SCHEMA_V1: SchemaSpec = {
	cards: { keyPath: 'factId', indexes: { due: 'due', phase: 'phase' } },
	reviews: {
		keyPath: 'id',
		indexes: {
			factId: 'factId',
			reviewedAt: 'reviewedAt',
			day: 'day',
			sessionId: 'sessionId',
			'[factId+reviewedAt]': ['factId', 'reviewedAt']
		}
	},
	sessions: { keyPath: 'id', indexes: { startedAt: 'startedAt', day: 'day' } },
	settings: { keyPath: 'key', indexes: {} }
};

/** Version 3, as released: version 1's stores and the per-day summaries of the log. */
const SCHEMA_V3: SchemaSpec = { ...SCHEMA_V1, daySummaries: { keyPath: 'day', indexes: {} } };

/** Version 4, as released: version 3's stores and the damaged rows repair set aside. */
const SCHEMA_V4: SchemaSpec = { ...SCHEMA_V3, quarantine: { keyPath: 'id', autoIncrement: true, indexes: {} } };

/** Version 5, as released: version 4's stores, the history events sync passes on, and the sync settings. */
const SCHEMA_V5: SchemaSpec = {
	...SCHEMA_V4,
	history: { keyPath: 'id', indexes: {} },
	syncConfig: { keyPath: 'key', indexes: {} }
};

/** Every released version: its stores and the rows that version wrote. */
const HISTORY: { version: number; schema: SchemaSpec; rows: Rows }[] = [
	{ version: 1, schema: SCHEMA_V1, rows: V1_DATA },
	// Version 2 kept version 1's stores and added fields to rows.
	{ version: 2, schema: SCHEMA_V1, rows: V2_DATA },
	{ version: 3, schema: SCHEMA_V3, rows: V3_DATA },
	{ version: 4, schema: SCHEMA_V4, rows: V4_DATA as Rows },
	{ version: 5, schema: SCHEMA_V5, rows: V5_DATA as Rows }
];

/** The current version's stores; and what upgrading does to rows written by `fromVersion`. */
const CURRENT_SCHEMA = SCHEMA_V5;
function migrate(rows: Rows, fromVersion: number): Rows {
	expect(fromVersion).toBeGreaterThanOrEqual(1);
	if (fromVersion < 2) rows = addMissesAndHadCard(rows);
	// Version 3's summaries start empty: they are built from the log when first read.
	if (fromVersion < 3) rows = { ...rows, daySummaries: [] };
	// Version 4's set-aside rows start empty: only repair puts rows there.
	if (fromVersion < 4) rows = { ...rows, quarantine: [] };
	// Version 5's stores start empty: events are logged from then on, and sync starts off.
	if (fromVersion < 5) rows = { ...rows, history: [], syncConfig: [] };
	return rows;
}

/**
 * Version 1 → 2, restated here from the rule (not from the code): a card's `misses` is the
 * number of wrong answers to its fact; every log row carries the count before and after it in
 * its card states, and `hadCard` is false only for a fact's first answer.
 */
function addMissesAndHadCard(rows: Rows): Rows {
	type Row = Record<string, unknown> & { factId: string; reviewedAt: number; correct: boolean };
	const reviews = rows.reviews as Row[];
	const answersOf = (factId: string) =>
		reviews.filter((r) => r.factId === factId).sort((a, b) => a.reviewedAt - b.reviewedAt);
	const migratedReviews = reviews.map((row) => {
		const earlier = answersOf(row.factId).filter((r) => r.reviewedAt < row.reviewedAt);
		const missesBefore = earlier.filter((r) => !r.correct).length;
		return {
			...row,
			hadCard: earlier.length > 0,
			before: { ...(row.before as object), misses: missesBefore },
			after: { ...(row.after as object), misses: missesBefore + (row.correct ? 0 : 1) }
		};
	});
	const cards = (rows.cards as { factId: string }[]).map((card) => ({
		...card,
		misses: answersOf(card.factId).filter((r) => !r.correct).length
	}));
	return { ...rows, reviews: migratedReviews, cards };
}

const CURRENT_VERSION = Math.max(...HISTORY.map((h) => h.version));
/** Dexie stores version N as IndexedDB version N × 10. */
const native = (version: number) => version * 10;

const names: string[] = [];
function dbName(): string {
	const name = `migration-${crypto.randomUUID()}`;
	names.push(name);
	return name;
}
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/** Creates the database as `version` left it, with raw IndexedDB: stores, indexes, rows. */
async function createAt(name: string, version: number, schema: SchemaSpec, rows: Rows): Promise<void> {
	const open = indexedDB.open(name, native(version));
	open.onupgradeneeded = () => {
		const db = open.result;
		for (const [store, spec] of Object.entries(schema)) {
			const created = db.createObjectStore(store, {
				keyPath: spec.keyPath,
				autoIncrement: spec.autoIncrement ?? false
			});
			for (const [index, keyPath] of Object.entries(spec.indexes)) created.createIndex(index, keyPath);
		}
		const tx = open.transaction!;
		for (const [store, storeRows] of Object.entries(rows)) {
			for (const row of storeRows) tx.objectStore(store).add(row);
		}
	};
	const db = await request(open);
	db.close();
}

/** Everything in the database, read with raw IndexedDB (no Dexie), plus its shape. */
async function readRaw(name: string) {
	const db = await request(indexedDB.open(name));
	const stores: SchemaSpec = {};
	const rows: Rows = {};
	for (const store of [...db.objectStoreNames]) {
		const objectStore = db.transaction(store).objectStore(store);
		stores[store] = {
			keyPath: objectStore.keyPath as string,
			...(objectStore.autoIncrement && { autoIncrement: true as const }),
			indexes: Object.fromEntries(
				[...objectStore.indexNames].map((index) => [index, objectStore.index(index).keyPath as string | string[]])
			)
		};
		rows[store] = (await request(objectStore.getAll())) as Record<string, unknown>[];
	}
	const version = db.version;
	db.close();
	return { version, stores, rows };
}

const byKey = (rows: Rows, schema: SchemaSpec): Rows =>
	Object.fromEntries(
		Object.entries(rows).map(([store, storeRows]) => {
			const key = schema[store]!.keyPath;
			return [store, [...storeRows].sort((a, b) => String(a[key]).localeCompare(String(b[key])))];
		})
	);

describe('schema upgrade harness', () => {
	it('has a frozen schema and a fixture for every version the code declares', async () => {
		const db = openDatabase(dbName());
		await db.open();
		expect(db.verno).toBe(CURRENT_VERSION);
		expect(HISTORY.map((h) => h.version)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
		for (const { rows } of HISTORY) {
			expect(rows.reviews!.length).toBeGreaterThan(10);
			expect(rows.cards!.length).toBeGreaterThan(5);
		}
		db.close();
	});

	it('creates a new database with exactly the current schema', async () => {
		const name = dbName();
		const db = openDatabase(name);
		await db.open();
		db.close();
		const raw = await readRaw(name);
		expect(raw.version).toBe(native(CURRENT_VERSION));
		expect(raw.stores).toEqual(CURRENT_SCHEMA);
	});

	describe.each(HISTORY)('a database left by version $version', ({ version, schema, rows }) => {
		async function openedWithCurrentCode(): Promise<{ name: string; db: StrideDatabase }> {
			const name = dbName();
			await createAt(name, version, schema, rows);
			const db = openDatabase(name);
			await db.open();
			return { name, db };
		}

		it('opens at the current version, with the current stores and indexes', async () => {
			const { name, db } = await openedWithCurrentCode();
			expect(db.verno).toBe(CURRENT_VERSION);
			db.close();
			const raw = await readRaw(name);
			// Exactly N × 10: had a released version's schema been edited in the code, Dexie
			// would have patched the database to a version in between.
			expect(raw.version).toBe(native(CURRENT_VERSION));
			expect(raw.stores).toEqual(CURRENT_SCHEMA);
		});

		it('keeps every row, migrated', async () => {
			const { name, db } = await openedWithCurrentCode();
			const viaDexie: Rows = {};
			for (const table of db.tables) viaDexie[table.name] = await table.toArray();
			db.close();
			const expected = byKey(migrate(structuredClone(rows), version), CURRENT_SCHEMA);
			expect(byKey(viaDexie, CURRENT_SCHEMA)).toEqual(expected);
			expect(byKey((await readRaw(name)).rows, CURRENT_SCHEMA)).toEqual(expected);
		});

		it('works with the app: today’s plan, the last answer, a new answer, a backup', async () => {
			const { db } = await openedWithCurrentCode();
			const reviews = rows.reviews as unknown as { factId: string; reviewedAt: number; day: string }[];
			const last = reviews.reduce((a, b) => (b.reviewedAt > a.reviewedAt ? b : a));
			const now = last.reviewedAt + 60_000;
			const settings = {
				desiredRetention: 0.9,
				newPerDay: 10,
				reviewsPerDay: 100,
				dayStartHour: 4,
				learnAheadMinutes: 20,
				restDays: [],
				memoryModel: DEFAULT_MEMORY_MODEL
			};

			const history = await loadHistoryData(db, last.day);
			const answered = reviews as unknown as { day: string; kind: string }[];
			expect(history.days.reduce((sum, day) => sum + day.answers, 0)).toBe(
				answered.filter((r) => r.kind !== 'reset').length
			);

			const today = await loadToday(db, FACTS, now, 'UTC', settings);
			expect(today.studiedCount).toBe(rows.cards!.length);
			expect(today.answeredToday).toBe(reviews.filter((r) => r.day === last.day).length);
			expect((await loadLastReview(db, last.factId))?.reviewedAt).toBe(last.reviewedAt);

			const row = await recordAnswer(
				db,
				{
					factId: last.factId,
					correct: true,
					answerMs: 2000,
					kind: 'choose-fact',
					given: 'x',
					sessionId: 'after-upgrade'
				},
				now,
				last.day,
				settings
			);
			const migratedCard = migrate(structuredClone(rows), version).cards!.find((c) => c.factId === last.factId);
			expect(row.before).toEqual(migratedCard);
			expect(await db.reviews.count()).toBe(reviews.length + 1);

			const backup = serializeBackup(await exportBackup(db, { now, appVersion: '0.1.0' }));
			expect(parseBackup(backup).ok).toBe(true);
			db.close();
		});
	});
});

describe('a failing upgrade', () => {
	/** A next version whose upgrade changes rows, then throws: as a buggy upgrade would. */
	function openWithFailingUpgrade(name: string): Dexie {
		const db = new Dexie(name);
		db.version(CURRENT_VERSION).stores({
			cards: 'factId, due, phase',
			reviews: 'id, factId, reviewedAt, day, sessionId, [factId+reviewedAt]',
			sessions: 'id, startedAt, day',
			settings: 'key',
			daySummaries: 'day'
		});
		db.version(CURRENT_VERSION + 1)
			.stores({ reviews: 'id, factId, reviewedAt, day, sessionId, [factId+reviewedAt], grade' })
			.upgrade(async (tx) => {
				await tx.table('reviews').toCollection().modify({ grade: 'corrupted' });
				await tx.table('cards').clear();
				throw new Error('upgrade bug: cannot convert a review');
			});
		return db;
	}

	it('leaves the old database exactly as it was, and says so', async () => {
		const name = dbName();
		const { version, schema, rows } = HISTORY.at(-1)!;
		await createAt(name, version, schema, rows);
		const before = await readRaw(name);

		const upgrading = openWithFailingUpgrade(name);
		const failure = await upgrading.open().then(
			() => null,
			(error: unknown) => error
		);
		upgrading.close();
		expect(failure).toMatchObject({ message: expect.stringContaining('upgrade bug') });
		expect(describeOpenFailure(failure)).toBe(
			'Stride could not open your saved progress (upgrade bug: cannot convert a review). Nothing was ' +
				'changed: your progress is stored as it was. Reload to try again.'
		);

		const after = await readRaw(name);
		expect(after.version).toBe(native(version));
		expect(after).toEqual(before);

		// And the current code still opens it, every row intact.
		const db = openDatabase(name);
		expect(await db.reviews.count()).toBe(rows.reviews!.length);
		expect(await db.cards.count()).toBe(rows.cards!.length);
		db.close();
	});
});

describe('the app’s connection (src/lib/state/connection.ts)', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		vi.resetModules();
	});

	it('reports an open failure to the layout, even to a listener that subscribes later', async () => {
		const { getDatabase } = await import('$lib/state/connection');
		const { onDatabaseProblem } = await import('$lib/state/database-problems');
		vi.spyOn(Dexie.dependencies.indexedDB!, 'open').mockImplementation(() => {
			throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'InvalidStateError');
		});
		const heard: string[] = [];
		const db = getDatabase();
		await expect(db.open()).rejects.toBeDefined();
		await new Promise((resolve) => setTimeout(resolve, 0));
		const stop = onDatabaseProblem((message) => heard.push(message));
		expect(heard).toEqual([
			'Stride could not open your saved progress (The operation failed for reasons unrelated to the database ' +
				'itself.). Nothing was changed: your progress is stored as it was. Reload to try again.'
		]);
		stop();
	});

	it('closes for a newer version opened elsewhere, asks for a reload, and never reopens', async () => {
		const { getDatabase, withReconnect } = await import('$lib/state/connection');
		const { UPDATED_ELSEWHERE } = await import('$lib/db/errors');
		const { onDatabaseProblem } = await import('$lib/state/database-problems');
		names.push('stride');
		const heard: string[] = [];
		const stop = onDatabaseProblem((message) => heard.push(message));
		const db = getDatabase();
		await db.open();
		await db.settings.put({
			key: 'settings',
			desiredRetention: 0.9,
			newPerDay: 10,
			reviewsPerDay: 100,
			dayStartHour: 4
		});

		// Another tab runs a newer Stride: its upgrade is not blocked by this tab.
		const newer = new Dexie('stride');
		newer.version(CURRENT_VERSION).stores({ settings: 'key' });
		newer.version(CURRENT_VERSION + 1).stores({ extra: 'id' });
		await newer.open();
		expect(newer.verno).toBe(CURRENT_VERSION + 1);

		expect(heard).toEqual([UPDATED_ELSEWHERE]);
		expect(db.isOpen()).toBe(false);
		await expect(withReconnect(db, () => db.settings.count())).rejects.toMatchObject({ name: 'DatabaseClosedError' });
		expect(db.isOpen()).toBe(false);
		newer.close();
		stop();
	});
});
