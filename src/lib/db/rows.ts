import { QUESTION_KINDS } from '../quiz/question';
import type { CardState } from '../srs';
import type { SessionKind } from '../srs/streaks';
import type { ReviewRow, SessionRow } from './database';

/**
 * What a valid stored row is: one description of every field of a card and a log entry,
 * read two ways. `rowProblem` checks a row before it is written (scheduler output, repair,
 * import) and spots damaged rows when they are read; backup/file-schema.ts turns the same
 * description into the import schema with its messages. Plain data and a small loop, not a
 * validation library: this runs on the answer's path and ships in the quiz page's bundle.
 */

/** Stride's rows store times as epoch ms anywhere a Date can hold, so odd clocks still round-trip. */
export const MIN_TIME = -8.64e15;
export const MAX_TIME = 8.64e15;

export type FieldRule =
	| { type: 'number'; min: number; max: number; whole?: boolean }
	| { type: 'time'; nullable?: boolean }
	| { type: 'id'; maxLength: number; emptyAllowed?: boolean }
	| { type: 'text'; maxLength: number }
	| { type: 'day' }
	| { type: 'oneOf'; options: readonly string[] }
	| { type: 'boolean' }
	/** A flag that is either absent or `true`. */
	| { type: 'flag' }
	| { type: 'card' };

export type RowRules = Readonly<Record<string, FieldRule>>;

const PHASES = ['new', 'learning', 'review', 'relearning'] as const;
const LOG_GRADES = ['again', 'good', 'reset', 'unsuspend'] as const;
const SESSION_KINDS = ['today', 'drill', 'missed', 'extra'] as const satisfies readonly SessionKind[];
/** Question kinds, and the learner's actions on a leech: `reset` and `unsuspend` entries. */
const LOG_KINDS = [...QUESTION_KINDS, 'reset', 'unsuspend'] as const;
const MAX_GIVEN_LENGTH = 1_000;

/** Ids are UUIDs (answers, sessions) or dotted fact ids: letters, digits and - . _ : only. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export const CARD_RULES = {
	factId: { type: 'id', maxLength: 100 },
	phase: { type: 'oneOf', options: PHASES },
	due: { type: 'time' },
	stability: { type: 'number', min: 0, max: 1_000_000 },
	difficulty: { type: 'number', min: 0, max: 10 },
	scheduledDays: { type: 'number', min: 0, max: 1_000_000 },
	learningSteps: { type: 'number', min: 0, max: 1_000, whole: true },
	reps: { type: 'number', min: 0, max: 10_000_000, whole: true },
	lapses: { type: 'number', min: 0, max: 10_000_000, whole: true },
	misses: { type: 'number', min: 0, max: 10_000_000, whole: true },
	lastReview: { type: 'time', nullable: true },
	suspendAtLapses: { type: 'number', min: 0, max: 10_000_000, whole: true }
} as const satisfies Record<keyof CardState, FieldRule>;

/** Card fields a row may lack: a leech's unsuspend limit is set only once the learner takes it back. */
export const OPTIONAL_CARD_FIELDS: ReadonlySet<string> = new Set(['suspendAtLapses']);

export const REVIEW_RULES = {
	id: { type: 'id', maxLength: 64 },
	factId: { type: 'id', maxLength: 100 },
	reviewedAt: { type: 'time' },
	day: { type: 'day' },
	grade: { type: 'oneOf', options: LOG_GRADES },
	correct: { type: 'boolean' },
	corrected: { type: 'flag' },
	answerMs: { type: 'number', min: 0, max: 1e11 },
	kind: { type: 'oneOf', options: LOG_KINDS },
	given: { type: 'text', maxLength: MAX_GIVEN_LENGTH },
	// A leech reset or unsuspend belongs to no session: its session id is empty.
	sessionId: { type: 'id', maxLength: 64, emptyAllowed: true },
	before: { type: 'card' },
	after: { type: 'card' },
	hadCard: { type: 'boolean' },
	/** The device clock's reading, kept when it was behind the fact's previous entry. */
	deviceTime: { type: 'time' }
} as const satisfies Record<keyof ReviewRow, FieldRule>;

/** Fields a row may lack (the others are required). */
export const OPTIONAL_REVIEW_FIELDS: ReadonlySet<string> = new Set(['corrected', 'deviceTime']);

export const SESSION_RULES = {
	id: { type: 'id', maxLength: 64 },
	startedAt: { type: 'time' },
	finishedAt: { type: 'time', nullable: true },
	day: { type: 'day' },
	kind: { type: 'oneOf', options: SESSION_KINDS }
} as const satisfies Record<keyof SessionRow, FieldRule>;

/** Rows written before sessions had a kind lack it: they read as the day's quiz. */
export const OPTIONAL_SESSION_FIELDS: ReadonlySet<string> = new Set(['kind']);

/** A calendar date as YYYY-MM-DD that exists (no 30 February). */
export function isCalendarDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const at = Date.parse(`${value}T00:00:00Z`);
	return Number.isFinite(at) && new Date(at).toISOString().slice(0, 10) === value;
}

/** Why `value` breaks `rule`, or null when it keeps it. */
function fieldProblem(value: unknown, rule: FieldRule): string | null {
	switch (rule.type) {
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value)) return 'is not a finite number';
			if (value < rule.min || value > rule.max) return `is outside ${rule.min}–${rule.max}`;
			return rule.whole && !Number.isInteger(value) ? 'is not a whole number' : null;
		case 'time':
			if (value === null && rule.nullable) return null;
			return typeof value === 'number' && Number.isInteger(value) && value >= MIN_TIME && value <= MAX_TIME
				? null
				: 'is not a time';
		case 'id':
			if (typeof value !== 'string') return 'is not text';
			if (value === '' && rule.emptyAllowed) return null;
			return value.length <= rule.maxLength && ID_PATTERN.test(value) ? null : 'is not an id';
		case 'text':
			return typeof value === 'string' && value.length <= rule.maxLength ? null : 'is not text of the right length';
		case 'day':
			return typeof value === 'string' && isCalendarDay(value) ? null : 'is not a date';
		case 'oneOf':
			return typeof value === 'string' && rule.options.includes(value)
				? null
				: `is not one of ${rule.options.join(', ')}`;
		case 'boolean':
			return typeof value === 'boolean' ? null : 'is not true or false';
		case 'flag':
			return value === true ? null : 'is not true';
		case 'card':
			return cardProblem(value);
	}
}

/**
 * The first problem of a row against its rules, as "stability is not a finite number", or null
 * for a valid row. Fields outside the rules are problems too: a row is exactly its fields.
 */
function rowProblem(row: unknown, rules: RowRules, optional: ReadonlySet<string> = new Set()): string | null {
	if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'is not a record';
	const record = row as Record<string, unknown>;
	for (const [field, rule] of Object.entries(rules)) {
		if (!(field in record) || record[field] === undefined) {
			if (optional.has(field)) continue;
			return `${field} is missing`;
		}
		const problem = fieldProblem(record[field], rule);
		if (problem) return `${field} ${problem}`;
	}
	for (const field of Object.keys(record)) if (!(field in rules)) return `${field} is not a field`;
	return null;
}

export function cardProblem(card: unknown): string | null {
	return rowProblem(card, CARD_RULES, OPTIONAL_CARD_FIELDS);
}

/** A log entry's problem, including that its card states must be of its own fact. */
export function reviewProblem(row: unknown): string | null {
	const problem = rowProblem(row, REVIEW_RULES, OPTIONAL_REVIEW_FIELDS);
	if (problem) return problem;
	const { factId, before, after } = row as { factId: string; before: CardState; after: CardState };
	if (before.factId !== factId || after.factId !== factId) return 'holds the card of another fact';
	return null;
}

export function sessionProblem(row: unknown): string | null {
	return rowProblem(row, SESSION_RULES, OPTIONAL_SESSION_FIELDS);
}

/** Raised instead of writing a row that breaks its rules. Nothing is written. Its message is a clause. */
class InvalidRowError extends Error {
	override name = 'InvalidRowError';
}

/** Raised when a stored row that an operation needs is damaged: repair sets it aside. Its message is a clause. */
export class DamagedRowError extends Error {
	override name = 'DamagedRowError';
}

/** Throws InvalidRowError when `problem` is set: the last check before a write. */
export function refuseInvalid(what: string, problem: string | null): void {
	if (problem) throw new InvalidRowError(`${what} came out invalid (its ${problem}), so Stride saved nothing`);
}
