import * as v from 'valibot';
import {
	CARD_RULES,
	ID_PATTERN,
	isCalendarDay,
	MAX_TIME,
	MIN_TIME,
	OPTIONAL_CARD_FIELDS,
	OPTIONAL_REVIEW_FIELDS,
	OPTIONAL_SESSION_FIELDS,
	REVIEW_RULES,
	SESSION_RULES,
	type FieldRule,
	type RowRules
} from '../rows';
import { REST_DAY_RULE, SETTING_RANGES } from '../settings';
import { memoryModelProblems } from '../../srs/memory-model';
import { BACKUP_FORMAT, MAX_CARDS, MAX_REVIEWS, MAX_SESSIONS } from './file-format';

/**
 * The import schema: the row rules of rows.ts as valibot schemas, with the messages an import
 * shows, one schema per format version.
 */

/** A value as a message quotes it, cut short. */
export const show = (input: unknown): string => {
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
export function formatSchema(version: number) {
	const legacy = version === 1;
	const cardRules: RowRules = CARD_RULES;
	const card = rowSchema(cardRules, new Set([...OPTIONAL_CARD_FIELDS, ...(legacy ? ['misses'] : [])]));
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
			sessions: rows(rowSchema(SESSION_RULES, OPTIONAL_SESSION_FIELDS), MAX_SESSIONS, 'sessions')
		},
		unknownField
	);
}

/** Rest days as the settings page keeps them: whole weekdays, each once, in week order, not all seven. */
const restDays = v.pipe(
	v.array(
		whole(REST_DAY_RULE.first, REST_DAY_RULE.last),
		(issue) => `must be a list of weekdays, not ${show(issue.input)}`
	),
	v.maxLength(REST_DAY_RULE.most, (issue) => `must leave at least one study day a week, not ${show(issue.input)}`),
	v.check(
		(days: number[]) => days.every((day, index) => index === 0 || day > days[index - 1]!),
		(issue) => `must list each weekday once, in week order, not ${show(issue.input)}`
	)
);

/**
 * The settings page's own ranges (SETTING_RANGES): a value restored is a value the app keeps.
 * Learn-ahead and rest days came later: a file without them restores their defaults.
 */
const SettingsSchema = v.strictObject(
	{
		...Object.fromEntries(
			Object.entries(SETTING_RANGES).map(([key, range]) => {
				const schema = range.whole ? whole(range.min, range.max) : finite(range.min, range.max);
				return [key, key === 'learnAheadMinutes' ? v.optional(schema) : schema];
			})
		),
		restDays: v.optional(restDays),
		// Checked by the same rules as the stored row (memory-model/model-settings.ts), so a
		// model restored is a model the scheduler accepts.
		memoryModel: v.optional(
			v.pipe(
				v.unknown(),
				v.check(
					(model) => memoryModelProblems(model).length === 0,
					(issue) => memoryModelProblems(issue.input).join(' ')
				)
			)
		)
	},
	unknownField
);

/** A list of rows: its length is checked before any row is, so an oversized list fails fast. */
const rows = <T extends v.GenericSchema>(item: T, max: number, noun: string) =>
	v.pipe(
		v.array(v.unknown(), (issue) => `must be a list, not ${show(issue.input)}`),
		v.maxLength(max, (issue) => `holds ${(issue.input as unknown[]).length} ${noun}; a backup holds at most ${max}`),
		v.array(item)
	);

/** An instant exactly as `toISOString` writes it, for any time a date holds (years beyond 9999 too). */
function isIsoInstant(value: string): boolean {
	const at = Date.parse(value);
	return Number.isFinite(at) && new Date(at).toISOString() === value;
}

// What another device passes on through sync (src/lib/sync): checked by the backup's own rules.

/**
 * An answer (or leech action) as another device passes it on (sync): a current-format log
 * row without what the receiving device replays itself — the card before and after, and
 * whether there was one. The same field rules as a backup's answers.
 */
export const syncedEntrySchema = rowSchema(
	Object.fromEntries(Object.entries(REVIEW_RULES).filter(([field]) => !['before', 'after', 'hadCard'].includes(field))),
	OPTIONAL_REVIEW_FIELDS
);

/** A finished session as another device passes it on: a backup's session row, finished. */
export const syncedSessionSchema = v.pipe(
	rowSchema(SESSION_RULES, OPTIONAL_SESSION_FIELDS),
	v.check((row) => row.finishedAt !== null, 'must be a finished session')
);

/** An undo, a correction or saved settings as another device passes them on (database.ts HistoryEvent). */
export const syncedEventSchema = v.variant(
	'type',
	[
		v.strictObject({ id: id(64), type: v.picklist(['undo', 'correct']), target: id(64), at: timestamp }, unknownField),
		v.strictObject({ id: id(64), type: v.literal('settings'), at: timestamp, settings: SettingsSchema }, unknownField)
	],
	(issue) => `must be an undo, a correction or settings, not ${show(issue.input)}`
);
