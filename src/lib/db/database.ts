import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { QuestionKind } from '../quiz';
import type { CardState, LogAction, LogGrade } from '../srs';
import type { SessionKind } from '../srs/streaks';
import type { DaySummary } from '../srs/day-summary';
import type { MemoryModel } from '../srs/memory-model';
import { countMisses } from './misses';

/** One answer, append-only. Enough to replay the card state and to refit FSRS later. */
export interface ReviewRow {
	id: string;
	factId: string;
	/** When the answer was given (epoch ms). */
	reviewedAt: number;
	/** The learner's study day it counts for (YYYY-MM-DD), for daily limits and history. */
	day: string;
	/** The answer's grade, or the learner's action on a leech (`reset`, `unsuspend`: not answers). */
	grade: LogGrade;
	correct: boolean;
	/** Set when the learner corrected a wrong verdict ("I typed it right"). */
	corrected?: true;
	/** How long the learner took, for later refits. */
	answerMs: number;
	kind: QuestionKind | LogAction;
	/** What the learner chose or typed. */
	given: string;
	sessionId: string;
	before: CardState;
	after: CardState;
	/** Whether a card row existed before this entry, so an undo can restore "no row". */
	hadCard: boolean;
	/**
	 * The device clock's reading, kept only when it was behind the fact's previous entry: the
	 * entry is then dated just after that one (`reviewedAt`), so a fact's time only moves forward.
	 */
	deviceTime?: number;
}

export type CardRow = CardState;

export interface SessionRow {
	id: string;
	startedAt: number;
	finishedAt: number | null;
	day: string;
	/** What the session was; rows written before sessions had a kind were all the day's quiz ('today'). */
	kind?: SessionKind;
}

export interface SettingsRow {
	key: 'settings';
	desiredRetention: number;
	newPerDay: number;
	reviewsPerDay: number;
	dayStartHour: number;
	/**
	 * Learning steps due within this many minutes are asked now (Anki's learn-ahead limit).
	 * Rows written before it existed lack it: they read as the default (settings.ts).
	 */
	learnAheadMinutes?: number;
	/** Planned rest weekdays (0 = Monday … 6 = Sunday), ascending: they never break a streak. Likewise. */
	restDays?: number[];
	/** FSRS parameters fitted to the learner's history, if any, and the last fit's outcome. Likewise. */
	memoryModel?: MemoryModel;
}

/**
 * A study day's answers and retention tally, derived from the log and kept so the progress
 * page reads a year as 365 small rows, not every answer. Any change to a day's log entries
 * deletes that day's summary in the same transaction; a missing summary is rebuilt from the
 * log when next read (see day-summary-store.ts). Not part of a backup: it is rebuilt.
 */
export type DaySummaryRow = DaySummary;

/** A damaged row that repair set aside: kept as it was, counted, exportable, never read as progress. */
export interface QuarantineRow {
	id?: number;
	/** The table it was taken from, and its key there. */
	table: 'cards' | 'reviews' | 'sessions' | 'settings';
	key: string;
	row: unknown;
	/** What is wrong with it, e.g. "stability is not a finite number". */
	problem: string;
	setAsideAt: number;
}

/**
 * A change to the history that is not an answer of its own, kept so another device can make
 * the same change (sync): an undo or a correction of the answer `target`, or the settings as
 * saved (the latest `at` wins; ties go to the larger id). Append-only, like the answers.
 */
export type HistoryEvent =
	| { id: string; type: 'undo' | 'correct'; target: string; at: number }
	| { id: string; type: 'settings'; at: number; settings: Required<Omit<SettingsRow, 'key'>> };

/**
 * How this device syncs, while sync is on. The encryption key is a non-extractable CryptoKey:
 * IndexedDB keeps it, no script can read its bytes, and the passphrase it came from is never
 * stored. The server password is stored (as Anki keeps its login): it only opens the server,
 * whose documents are ciphertext.
 */
export interface SyncConfigRow {
	key: 'sync';
	/** The learner's database, e.g. https://couch.example.org/stride-ana (no credentials). */
	databaseUrl: string;
	user: string;
	password: string;
	cryptoKey: CryptoKey;
	/** Where this device has read the local replica's changes up to (PouchDB's update_seq). */
	readThrough: number;
	/** The local replica's update_seq the server had, at the last completed push. */
	pushedThrough: number;
	/** When the last sync with the server completed (epoch ms), if one has. */
	syncedAt: number | null;
}

export type StrideDatabase = Dexie & {
	cards: EntityTable<CardRow, 'factId'>;
	reviews: EntityTable<ReviewRow, 'id'>;
	sessions: EntityTable<SessionRow, 'id'>;
	settings: EntityTable<SettingsRow, 'key'>;
	daySummaries: EntityTable<DaySummaryRow, 'day'>;
	quarantine: EntityTable<QuarantineRow, 'id'>;
	// A plain Table: Dexie's EntityTable cannot insert a union of row types.
	history: Table<HistoryEvent, string>;
	syncConfig: EntityTable<SyncConfigRow, 'key'>;
};

export const DATABASE_NAME = 'stride';

/**
 * The schema, one `version()` per change. Never edit a released version: add the next one
 * with an upgrade function and a test that opens data written by the previous one.
 */
export function openDatabase(name = DATABASE_NAME, indexedDB?: IDBFactory): StrideDatabase {
	// The factory to open through: the app's refuses databases newer than it (newer-database.ts).
	const db = new Dexie(name, indexedDB ? { indexedDB } : undefined) as StrideDatabase;
	const stores = {
		cards: 'factId, due, phase',
		reviews: 'id, factId, reviewedAt, day, sessionId, [factId+reviewedAt]',
		sessions: 'id, startedAt, day',
		settings: 'key'
	};
	db.version(1).stores(stores);
	// Version 2: cards count their misses (the leech rule), and each log row records whether
	// a card existed before it (exact undo). Same stores; the upgrade derives both from the log.
	db.version(2).stores(stores).upgrade(addMissesAndHadCard);
	// Version 3: per-day summaries of the log. The store starts empty and fills as it is read.
	db.version(3).stores({ ...stores, daySummaries: 'day' });
	// Version 4: damaged rows that repair sets aside. A new, empty store; nothing else changes.
	db.version(4).stores({ ...stores, daySummaries: 'day', quarantine: '++id' });
	// Version 5: sync. The events a device passes on besides its answers, and how it syncs.
	// Two new, empty stores; nothing else changes.
	db.version(5).stores({ ...stores, daySummaries: 'day', quarantine: '++id', history: 'id', syncConfig: 'key' });
	return db;
}

/**
 * The version 1 → 2 upgrade: walks every fact's answers in time order, counting misses into
 * each row's before/after card state and marking whether a card existed before the answer;
 * each card gets its fact's final count. All in Dexie's upgrade transaction: if it fails, the
 * database stays at version 1 as it was.
 */
async function addMissesAndHadCard(tx: Transaction): Promise<void> {
	const reviews = await tx.table<ReviewRow>('reviews').toArray();
	const missesSoFar = countMisses(reviews);
	await tx.table('reviews').bulkPut(reviews);
	await tx
		.table<CardRow>('cards')
		.toCollection()
		.modify((card) => {
			card.misses = missesSoFar.get(card.factId) ?? 0;
		});
}
