import * as v from 'valibot';
import type { CardState } from '../srs';
import type { ReviewRow, SessionRow, StrideDatabase } from './database';
import { countMisses } from './misses';
import {
	CARD_RULES,
	cardProblem,
	ID_PATTERN,
	isCalendarDay,
	MAX_GIVEN_LENGTH,
	MAX_TIME,
	MIN_TIME,
	OPTIONAL_REVIEW_FIELDS,
	refuseInvalid,
	REVIEW_RULES,
	reviewProblem,
	SESSION_RULES,
	sessionProblem,
	type FieldRule,
	type RowRules
} from './rows';
import { checkSettings, SETTING_RANGES, type Settings } from './settings';

/**
 * Backup and restore: everything Stride stores, as one versioned JSON file (the format is
 * documented in README.md, "Backup file format").
 *
 * Import treats the file as hostile. `parseBackup` checks the whole file — size before
 * parsing, JSON syntax, prototype-polluting keys, format version, then every field of every
 * row with a valibot schema, then duplicate ids — and only a file that passes all of it can
 * reach `replaceProgress`, which swaps the learner's progress in one `rw` transaction. A bad
 * file gets one clear message naming the first problems, and nothing is written.
 */

export const BACKUP_FORMAT = 'stride-backup';
/**
 * Goes up when a field is added, removed or changes meaning, and every older version keeps
 * importing: `upgradeToCurrent` converts it to the current shape before the current checks.
 * - 1: cards, answers, sessions, settings. Files written later under 1 may also carry the
 *   fields version 2 made official (`misses`, `hadCard`, `corrected`, leech `reset` entries).
 * - 2: cards count `misses`, answers record `hadCard`, may be `corrected`, may note the
 *   `deviceTime` of a clock that was behind; `reset` entries; any fact id (answers to facts no
 *   longer in the dataset are kept as archived).
 */
export const BACKUP_FORMAT_VERSION = 2;

/**
 * Files above this are refused before they are read or parsed. An answer takes ~770 bytes,
 * so ~150,000 answers fit: seven years of 55 answers a day. Five years (100,000 answers) is
 * a 73 MB file whose import peaks at ~1.1 GB of browser memory (BENCHMARKS.md), so the
 * limit stops where a phone could no longer hold the file being checked.
 */
export const MAX_FILE_BYTES = 120 * 1024 * 1024;
export const MAX_REVIEWS = 150_000;
export const MAX_SESSIONS = 100_000;
/** Today's facts and the archived ones of every earlier dataset, with room to spare. */
export const MAX_CARDS = 10_000;
export { MAX_GIVEN_LENGTH };
/** A real backup nests four levels (file → reviews → row → card state → field). */
const MAX_DEPTH = 6;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The tables a backup holds (a test keeps this in step with the database). */
export const BACKUP_TABLES = ['cards', 'reviews', 'sessions', 'settings'] as const;
/** Tables derived from the others, rebuilt rather than backed up. */
export const DERIVED_TABLES = ['daySummaries'] as const;
/** Damaged rows set aside by repair: exported on their own from Your data, never restored. */
export const SET_ASIDE_TABLES = ['quarantine'] as const;

// ── the schema: the row rules of rows.ts, with the messages an import shows ────────────────

const show = (input: unknown): string => {
	const text = typeof input === 'number' ? String(input) : String(JSON.stringify(input) ?? input);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const finite = (min: number, max: number) =>
	v.pipe(
		v.number((issue) => `must be a number, not ${show(issue.input)}`),
		v.finite((issue) => `must be a finite number, not ${show(issue.input)}`),
		v.minValue(min, (issue) => `must be at least ${min}, not ${show(issue.input)}`),
		v.maxValue(max, (issue) => `must be at most ${max}, not ${show(issue.input)}`)
	);

const whole = (min: number, max: number) =>
	v.pipe(
		finite(min, max),
		v.integer((issue) => `must be a whole number, not ${show(issue.input)}`)
	);

const timestamp = v.pipe(
	v.number((issue) => `must be a time in epoch milliseconds, not ${show(issue.input)}`),
	v.integer((issue) => `must be a time in whole epoch milliseconds, not ${show(issue.input)}`),
	v.check(
		(at: number) => at >= MIN_TIME && at <= MAX_TIME,
		(issue) => `must be a time a date can hold, not ${show(issue.input)}`
	)
);

const text = (maxLength: number) =>
	v.pipe(
		v.string((issue) => `must be text, not ${show(issue.input)}`),
		v.maxLength(maxLength, (issue) => `is longer than ${maxLength} characters (${(issue.input as string).length})`)
	);

const id = (maxLength: number) =>
	v.pipe(
		text(maxLength),
		v.regex(ID_PATTERN, (issue) => `must be an id of letters, digits and - . _ :, not ${show(issue.input)}`)
	);

const day = v.pipe(
	text(10),
	v.check(isCalendarDay, (issue) => `must be a date as YYYY-MM-DD, not ${show(issue.input)}`)
);

const oneOf = (options: readonly string[]) =>
	v.picklist(options, (issue) => `must be one of ${options.join(', ')}, not ${show(issue.input)}`);

const trueOrFalse = v.boolean((issue) => `must be true or false, not ${show(issue.input)}`);

const unknownField = (issue: v.StrictObjectIssue) =>
	issue.expected === 'never' ? 'is not a field of a Stride backup' : `must be an object, not ${show(issue.input)}`;

function fieldSchema(rule: FieldRule, card: v.GenericSchema): v.GenericSchema {
	switch (rule.type) {
		case 'number':
			return rule.whole ? whole(rule.min, rule.max) : finite(rule.min, rule.max);
		case 'time':
			return rule.nullable ? v.nullable(timestamp) : timestamp;
		case 'id':
			return rule.emptyAllowed
				? v.union([v.literal(''), id(rule.maxLength)], (issue) => `must be an id or empty, not ${show(issue.input)}`)
				: id(rule.maxLength);
		case 'text':
			return text(rule.maxLength);
		case 'day':
			return day;
		case 'oneOf':
			return oneOf(rule.options);
		case 'boolean':
			return trueOrFalse;
		case 'flag':
			return v.literal(true, (issue) => `must be true when present, not ${show(issue.input)}`);
		case 'card':
			return card;
	}
}

/** A strict object of `rules`; fields in `optional` may be absent. */
function rowSchema(rules: RowRules, optional: ReadonlySet<string>, card: v.GenericSchema = v.never()) {
	const entries: Record<string, v.GenericSchema> = {};
	for (const [field, rule] of Object.entries(rules)) {
		const schema = fieldSchema(rule, card);
		entries[field] = optional.has(field) ? v.optional(schema) : schema;
	}
	return v.strictObject(entries, unknownField);
}

/** A check that an answer's card state (`before` or `after`) is of the answer's own fact. */
const sameFact = (field: 'before' | 'after') =>
	v.forward(
		v.check(
			(row: Record<string, unknown>) => (row[field] as { factId: string }).factId === row.factId,
			'must be the card of the answer’s own fact'
		),
		[field as never, 'factId' as never]
	) as v.GenericPipeItem;

/**
 * The checks of one format version. Version 1 files may lack what version 2 requires
 * (`misses`, `hadCard`: the upgrade derives them) and never have what version 2 added.
 */
function formatSchema(version: number) {
	const legacy = version === 1;
	const cardRules: RowRules = CARD_RULES;
	const card = rowSchema(cardRules, new Set(legacy ? ['misses'] : []));
	const reviewRules: RowRules = legacy
		? Object.fromEntries(Object.entries(REVIEW_RULES).filter(([field]) => field !== 'deviceTime'))
		: REVIEW_RULES;
	const review = v.pipe(
		rowSchema(reviewRules, legacy ? new Set([...OPTIONAL_REVIEW_FIELDS, 'hadCard']) : OPTIONAL_REVIEW_FIELDS, card),
		sameFact('before'),
		sameFact('after')
	);
	return v.strictObject(
		{
			format: v.literal(BACKUP_FORMAT),
			formatVersion: v.literal(version),
			appVersion: v.pipe(
				text(64),
				v.regex(
					/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/,
					(issue) => `must be a version like 1.2.3, not ${show(issue.input)}`
				)
			),
			schemaVersion: whole(1, 10_000),
			exportedAt: v.pipe(
				text(30),
				v.check(isIsoInstant, (issue) => `must be a UTC time like 2026-01-10T09:00:00.000Z, not ${show(issue.input)}`)
			),
			settings: v.nullable(SettingsSchema),
			cards: rows(card, MAX_CARDS, 'cards'),
			reviews: rows(review, MAX_REVIEWS, 'answers'),
			sessions: rows(rowSchema(SESSION_RULES, new Set()), MAX_SESSIONS, 'sessions')
		},
		unknownField
	);
}

/** The settings page's own ranges (SETTING_RANGES): a value restored is a value the app keeps. */
const SettingsSchema = v.strictObject(
	Object.fromEntries(
		Object.entries(SETTING_RANGES).map(([key, range]) => [
			key,
			range.whole ? whole(range.min, range.max) : finite(range.min, range.max)
		])
	) as Record<keyof typeof SETTING_RANGES, ReturnType<typeof finite>>,
	unknownField
);

/** A list of rows: its length is checked before any row is, so an oversized list fails fast. */
const rows = <T extends v.GenericSchema>(item: T, max: number, noun: string) =>
	v.pipe(
		v.array(v.unknown(), (issue) => `must be a list, not ${show(issue.input)}`),
		v.maxLength(max, (issue) => `holds ${(issue.input as unknown[]).length} ${noun}; a backup holds at most ${max}`),
		v.array(item)
	);

/** A backup in the current format: the database's rows exactly. */
export interface Backup {
	format: typeof BACKUP_FORMAT;
	formatVersion: typeof BACKUP_FORMAT_VERSION;
	appVersion: string;
	schemaVersion: number;
	exportedAt: string;
	settings: Settings | null;
	cards: CardState[];
	reviews: ReviewRow[];
	sessions: SessionRow[];
}

/** A version 1 file as checked: what version 2 requires may be missing. */
type FormatOneBackup = Omit<Backup, 'formatVersion' | 'cards' | 'reviews'> & {
	formatVersion: 1;
	cards: LegacyCard[];
	reviews: (Omit<ReviewRow, 'hadCard' | 'before' | 'after' | 'deviceTime'> & {
		hadCard?: boolean;
		before: LegacyCard;
		after: LegacyCard;
	})[];
};
type LegacyCard = Omit<CardState, 'misses'> & { misses?: number };

/** A checked file of any version, as the current format: version 1 gains misses and hadCard. */
function upgradeToCurrent(checked: Backup | FormatOneBackup): Backup {
	if (checked.formatVersion === BACKUP_FORMAT_VERSION) return checked;
	const reviews = checked.reviews.map((row) => ({
		...row,
		hadCard: row.hadCard ?? false,
		before: { ...row.before, misses: row.before.misses ?? 0 },
		after: { ...row.after, misses: row.after.misses ?? 0 }
	}));
	// Files written before the fields existed lack them all; files written after have them all.
	const derived = checked.reviews.some((row) => row.hadCard === undefined || row.after.misses === undefined);
	const finalMisses = derived ? countMisses(reviews) : null;
	const cards = checked.cards.map((card) => ({ ...card, misses: card.misses ?? finalMisses?.get(card.factId) ?? 0 }));
	return {
		...checked,
		formatVersion: BACKUP_FORMAT_VERSION,
		cards: cards.map((card) => ordered(card, CARD_KEYS)),
		reviews: reviews.map(orderedReview)
	};
}

// ── export ────────────────────────────────────────────────────────────────────────────────

/**
 * Reads everything in one transaction, so the backup is one consistent moment. Damaged rows
 * (which repair sets aside) are left out: a backup Stride writes is one it can restore.
 */
export async function exportBackup(
	db: StrideDatabase,
	{ now, appVersion }: { now: number; appVersion: string }
): Promise<Backup> {
	const [settingsRow, cards, reviews, sessions] = await db.transaction(
		'r',
		[db.cards, db.reviews, db.sessions, db.settings],
		() =>
			Promise.all([
				db.settings.get('settings'),
				db.cards.toArray(),
				// Time order (ties by id), so the file reads as a history and exports are stable.
				db.reviews.orderBy('reviewedAt').toArray(),
				db.sessions.orderBy('startedAt').toArray()
			])
	);
	let settings: Settings | null = null;
	if (settingsRow) {
		const { key: _key, ...rest } = settingsRow;
		// A damaged settings row is one the app reads as the defaults: so does the backup.
		if (checkSettings(rest).ok) settings = rest;
	}
	return {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion,
		schemaVersion: db.verno,
		exportedAt: new Date(now).toISOString(),
		settings: settings && ordered(settings, SETTINGS_KEYS),
		cards: cards.filter((card) => cardProblem(card) === null).map((card) => ordered(card, CARD_KEYS)),
		reviews: reviews.filter((row) => reviewProblem(row) === null).map(orderedReview),
		sessions: sessions.filter((row) => sessionProblem(row) === null).map((row) => ordered(row, SESSION_KEYS))
	};
}

const CARD_KEYS = Object.keys(CARD_RULES);
const REVIEW_KEYS = Object.keys(REVIEW_RULES);
const SESSION_KEYS = Object.keys(SESSION_RULES);
const SETTINGS_KEYS = Object.keys(SETTING_RANGES);

function orderedReview(row: ReviewRow): ReviewRow {
	return { ...ordered(row, REVIEW_KEYS), before: ordered(row.before, CARD_KEYS), after: ordered(row.after, CARD_KEYS) };
}

/** The row with its fields in the format's order (any unexpected field kept, at the end). */
function ordered<T extends object>(row: T, keys: readonly string[]): T {
	const record = row as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const key of keys) if (key in record) out[key] = record[key];
	for (const key of Object.keys(record)) if (!(key in out)) out[key] = record[key];
	return out as T;
}

/**
 * The file's text: the header fields, then one row per line — valid JSON that stays
 * readable and diffable. The same database always gives the same bytes.
 */
export function serializeBackup(backup: Backup): string {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(backup)) {
		if (Array.isArray(value)) {
			const items = value.map((item) => `\t\t${JSON.stringify(item)}`).join(',\n');
			lines.push(`\t${JSON.stringify(key)}: [${items ? `\n${items}\n\t` : ''}]`);
		} else {
			lines.push(`\t${JSON.stringify(key)}: ${JSON.stringify(value)}`);
		}
	}
	return `{\n${lines.join(',\n')}\n}\n`;
}

export function backupFileName(now: number): string {
	return `stride-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

// ── import ────────────────────────────────────────────────────────────────────────────────

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; message: string };

/** Checks a file the learner chose: its size first, so a huge file is never even read. */
export async function readBackupFile(file: Pick<Blob, 'size' | 'text'>): Promise<BackupCheck> {
	if (file.size > MAX_FILE_BYTES) return refuse(tooLarge(file.size));
	if (file.size === 0) return refuse('This file is empty, so it is not a Stride backup.');
	let content: string;
	try {
		content = await file.text();
	} catch (error) {
		return refuse(`The file could not be read (${describe(error)}). Choose it again.`);
	}
	return parseBackup(content);
}

/** Validates a whole backup file's text. Writes nothing. */
export function parseBackup(content: string): BackupCheck {
	// A character is at least one byte, so this refuses anything too large before parsing.
	if (content.length > MAX_FILE_BYTES) return refuse(tooLarge(content.length));
	const json = content.replace(/^\uFEFF/, '');
	if (json.trim() === '') return refuse('This file is empty, so it is not a Stride backup.');

	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		return refuse(`This file is not valid JSON, so it is not a Stride backup (${clip(describe(error), 120)}).`);
	}

	const unsafe = findUnsafeStructure(data);
	if (unsafe) return refuse(unsafe);

	if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
		return refuse(`This is not a Stride backup: it lacks "format": "${BACKUP_FORMAT}".`);
	}
	const version = data.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refuse(`This backup has no valid format version ("formatVersion" is ${show(version)}).`);
	}
	if (version > BACKUP_FORMAT_VERSION) {
		return refuse(
			`This backup was made by a newer version of Stride (format ${version}); this version reads format ` +
				`${BACKUP_FORMAT_VERSION}. Reload Stride while online to update it, then import again.`
		);
	}

	const result = v.safeParse(formatSchema(version), data);
	if (!result.success) return refuse(describeIssues(result.issues));

	const backup = upgradeToCurrent(result.output as unknown as Backup | FormatOneBackup);
	const duplicate = findDuplicate(backup);
	if (duplicate) return refuse(duplicate);
	return { ok: true, backup };
}

/**
 * Replaces all progress with the backup's, in one `rw` transaction: if anything fails, the
 * transaction aborts and the progress is exactly as it was.
 */
export async function replaceProgress(db: StrideDatabase, backup: Backup): Promise<void> {
	// The file passed the import schema, built from the same rules; this is the writes' own check.
	for (const card of backup.cards) refuseInvalid(`the imported card of ${card.factId}`, cardProblem(card));
	for (const row of backup.reviews) refuseInvalid(`the imported answer ${row.id}`, reviewProblem(row));
	for (const row of backup.sessions) refuseInvalid(`the imported session ${row.id}`, sessionProblem(row));
	const tables = [...BACKUP_TABLES, ...DERIVED_TABLES].map((name) => db.table(name));
	await db.transaction('rw', tables, async () => {
		// Derived tables describe the old log: cleared, they are rebuilt from the new one.
		await Promise.all(tables.map((table) => table.clear()));
		await db.reviews.bulkAdd(backup.reviews);
		await db.cards.bulkAdd(backup.cards);
		await db.sessions.bulkAdd(backup.sessions);
		if (backup.settings) await db.settings.add({ key: 'settings', ...backup.settings });
	});
}

export interface BackupSummary {
	answers: number;
	facts: number;
	sessions: number;
	exportedAt: string;
	appVersion: string;
	lastAnswerAt: number | null;
}

export function summarizeBackup(backup: Backup): BackupSummary {
	return {
		answers: backup.reviews.length,
		facts: new Set(backup.reviews.map((row) => row.factId)).size,
		sessions: backup.sessions.length,
		exportedAt: backup.exportedAt,
		appVersion: backup.appVersion,
		lastAnswerAt: backup.reviews.reduce<number | null>((last, row) => Math.max(last ?? 0, row.reviewedAt), null)
	};
}

// ── checks ────────────────────────────────────────────────────────────────────────────────

function refuse(message: string): BackupCheck {
	return { ok: false, message };
}

function tooLarge(bytes: number): string {
	const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
	return `This file is ${mb(bytes)}; a Stride backup is at most ${mb(MAX_FILE_BYTES)}. It was not read.`;
}

/**
 * Walks the parsed value once: refuses keys that could pollute prototypes if some later code
 * merged the object, and nesting deeper than a backup ever has.
 */
function findUnsafeStructure(root: unknown): string | null {
	const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
	while (stack.length > 0) {
		const { value, path, depth } = stack.pop()!;
		if (typeof value !== 'object' || value === null) continue;
		if (depth >= MAX_DEPTH) return `This file nests data deeper than a Stride backup does (at ${path}).`;
		if (Array.isArray(value)) {
			value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }));
			continue;
		}
		for (const key of Object.keys(value)) {
			const at = path ? `${path}.${key}` : key;
			if (FORBIDDEN_KEYS.has(key)) {
				return `This file contains the key "${key}" (at ${clip(at, 80)}), which a Stride backup never has; it was refused for safety.`;
			}
			stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
		}
	}
	return null;
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	const shown = issues.slice(0, 3).map(describeIssue);
	const more = issues.length - shown.length;
	return (
		`This backup has ${issues.length === 1 ? 'a problem' : 'problems'}, so nothing was imported: ` +
		shown.join('; ') +
		(more > 0 ? `; and ${more} more.` : '.')
	);
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const where = pathOf(issue) || 'the file';
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		return `${where} is not a field of a Stride backup`;
	}
	if (issue.kind === 'schema' && issue.received === 'undefined' && issue.expected?.startsWith('"')) {
		return `${where} is missing`;
	}
	return `${where} ${issue.message}`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		out += typeof key === 'number' ? `[${key}]` : out ? `.${clip(String(key), 40)}` : clip(String(key), 40);
	}
	return out;
}

function findDuplicate(backup: Backup): string | null {
	return (
		firstDuplicate(backup.reviews, (row) => row.id, 'reviews', 'answers') ??
		firstDuplicate(backup.sessions, (row) => row.id, 'sessions', 'sessions') ??
		firstDuplicate(backup.cards, (card) => card.factId, 'cards', 'cards')
	);
}

function firstDuplicate<T>(items: readonly T[], key: (item: T) => string, list: string, noun: string): string | null {
	const seen = new Map<string, number>();
	for (const [index, item] of items.entries()) {
		const value = key(item);
		const first = seen.get(value);
		if (first !== undefined) {
			return (
				`This backup has a problem, so nothing was imported: ${list}[${first}] and ${list}[${index}] ` +
				`share the id ${show(value)}; two ${noun} cannot have the same id.`
			);
		}
		seen.set(value, index);
	}
	return null;
}

/** An instant exactly as `toISOString` writes it, for any time a date holds (years beyond 9999 too). */
function isIsoInstant(value: string): boolean {
	const at = Date.parse(value);
	return Number.isFinite(at) && new Date(at).toISOString() === value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
