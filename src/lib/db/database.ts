import Dexie, { type EntityTable } from 'dexie';
import type { QuestionKind } from '../quiz';
import type { CardState, LogGrade } from '../srs';

/** One answer, append-only. Enough to replay the card state and to refit FSRS later. */
export interface ReviewRow {
	id: string;
	factId: string;
	/** When the answer was given (epoch ms). */
	reviewedAt: number;
	/** The learner's study day it counts for (YYYY-MM-DD), for daily limits and history. */
	day: string;
	/** The answer's grade, or `reset` for a leech the learner reset (not an answer). */
	grade: LogGrade;
	correct: boolean;
	/** Set when the learner corrected a wrong verdict ("I typed it right"). */
	corrected?: boolean;
	/** How long the learner took, for later refits. */
	answerMs: number;
	kind: QuestionKind | 'reset';
	/** What the learner chose or typed. */
	given: string;
	sessionId: string;
	before: CardState;
	after: CardState;
	/** Whether a card row existed before this entry, so an undo can restore "no row". */
	hadCard: boolean;
}

export type CardRow = CardState;

export interface SessionRow {
	id: string;
	startedAt: number;
	finishedAt: number | null;
	day: string;
}

export interface SettingsRow {
	key: 'settings';
	desiredRetention: number;
	newPerDay: number;
	reviewsPerDay: number;
	dayStartHour: number;
}

export type StrideDatabase = Dexie & {
	cards: EntityTable<CardRow, 'factId'>;
	reviews: EntityTable<ReviewRow, 'id'>;
	sessions: EntityTable<SessionRow, 'id'>;
	settings: EntityTable<SettingsRow, 'key'>;
};

export const DATABASE_NAME = 'stride';

/**
 * The schema, one `version()` per change. Never edit a released version: add the next one
 * with an upgrade function and a test that opens data written by the previous one.
 */
export function openDatabase(name = DATABASE_NAME): StrideDatabase {
	const db = new Dexie(name) as StrideDatabase;
	db.version(1).stores({
		cards: 'factId, due, phase',
		reviews: 'id, factId, reviewedAt, day, sessionId, [factId+reviewedAt]',
		sessions: 'id, startedAt, day',
		settings: 'key'
	});
	return db;
}
