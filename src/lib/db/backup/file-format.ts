import type { CardState } from '../../srs';
import type { ReviewRow, SessionRow } from '../database';
import { countMisses } from '../misses';
import { CARD_RULES, REVIEW_RULES, SESSION_RULES } from '../rows';
import { DEFAULT_SETTINGS, SETTING_RANGES, type Settings } from '../settings';
import { copyMemoryModel } from '../../srs/memory-model';

/**
 * The backup file: everything Stride stores, as one versioned JSON file (documented in
 * README.md, "Backup file format"). What a file of each version holds, its limits, the order
 * of its fields, and how an older version becomes the current one.
 */

export const BACKUP_FORMAT = 'stride-backup';
/**
 * Goes up when a field is added, removed or changes meaning, and every older version keeps
 * importing: `upgradeToCurrent` converts it to the current shape before the current checks.
 * - 1: cards, answers, sessions, settings. Files written later under 1 may also carry the
 *   fields version 2 made official (`misses`, `hadCard`, `corrected`, leech `reset` entries).
 * - 2: cards count `misses`, answers record `hadCard`, may be `corrected`, may note the
 *   `deviceTime` of a clock that was behind; `reset` entries; any fact id (answers to facts no
 *   longer in the dataset are kept as archived). Files written later under 2 may also carry
 *   what a file without them reads as the default: a session's `kind` (absent: the day's
 *   quiz), the settings `learnAheadMinutes` and `restDays` (absent: their defaults), and
 *   the settings' `memoryModel` (absent: FSRS-6's default parameters, never fitted).
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

/** The tables a backup holds (a test keeps this in step with the database). */
export const BACKUP_TABLES = ['cards', 'reviews', 'sessions', 'settings'] as const;
/** Tables derived from the others, rebuilt rather than backed up. */
export const DERIVED_TABLES = ['daySummaries'] as const;
/**
 * Sync's own tables: the events it passes on (a backup's answers already show their effect)
 * and this device's sync settings, whose key cannot leave the device. Never in a backup.
 */
export const SYNC_TABLES = ['history', 'syncConfig'] as const;
/** Damaged rows set aside by repair: exported on their own from Your data, never restored. */
export const SET_ASIDE_TABLES = ['quarantine'] as const;

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

/** A file of any version as checked: its settings may predate learn-ahead and rest days. */
export type CheckedBackup = (Omit<Backup, 'settings'> | FormatOneBackup) & { settings: FileSettings | null };

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

/** Settings as a file may hold them: written before learn-ahead, rest days and the memory model existed. */
type FileSettings = Omit<Settings, 'learnAheadMinutes' | 'restDays' | 'memoryModel'> & Partial<Settings>;

/** A file's settings with what it predates set to the defaults, as a stored row would read. */
function currentSettings(settings: FileSettings | null): Settings | null {
	if (!settings) return null;
	const { learnAheadMinutes, restDays, memoryModel } = DEFAULT_SETTINGS;
	return orderedSettings({
		learnAheadMinutes,
		restDays: [...restDays],
		memoryModel: copyMemoryModel(memoryModel),
		...settings
	});
}

/**
 * A checked file of any version, as the current format: version 1 gains misses and hadCard;
 * settings gain what they predate.
 */
export function upgradeToCurrent(checked: CheckedBackup): Backup {
	if (checked.formatVersion === BACKUP_FORMAT_VERSION)
		return { ...checked, settings: currentSettings(checked.settings) };
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
		settings: currentSettings(checked.settings),
		cards: cards.map(orderedCard),
		reviews: reviews.map(orderedReview)
	};
}

// ── field order: the row rules' order, so the same database always gives the same file ─────

const CARD_KEYS = Object.keys(CARD_RULES);
const REVIEW_KEYS = Object.keys(REVIEW_RULES);
const SESSION_KEYS = Object.keys(SESSION_RULES);
const SETTINGS_KEYS = [...Object.keys(SETTING_RANGES), 'restDays', 'memoryModel'];

export const orderedCard = (card: CardState): CardState => ordered(card, CARD_KEYS);
export const orderedSession = (row: SessionRow): SessionRow => ordered(row, SESSION_KEYS);
export const orderedSettings = (settings: Settings): Settings => ordered(settings, SETTINGS_KEYS);

export function orderedReview(row: ReviewRow): ReviewRow {
	return { ...ordered(row, REVIEW_KEYS), before: orderedCard(row.before), after: orderedCard(row.after) };
}

/** The row with its fields in the format's order (any unexpected field kept, at the end). */
function ordered<T extends object>(row: T, keys: readonly string[]): T {
	const record = row as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const key of keys) if (key in record) out[key] = record[key];
	for (const key of Object.keys(record)) if (!(key in out)) out[key] = record[key];
	return out as T;
}
