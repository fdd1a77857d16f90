import { DEFAULT_DAILY_LIMITS, DEFAULT_SCHEDULER_SETTINGS } from '../srs';
import { copyMemoryModel, DEFAULT_MEMORY_MODEL, memoryModelProblems } from '../srs/memory-model/model-settings';
import type { SettingsRow, StrideDatabase } from './database';

/** The learner's settings, every one set (a stored row may predate some: see checkStoredSettings). */
export type Settings = Required<Omit<SettingsRow, 'key'>>;

export const DEFAULT_SETTINGS: Settings = {
	desiredRetention: DEFAULT_SCHEDULER_SETTINGS.desiredRetention,
	newPerDay: DEFAULT_DAILY_LIMITS.newPerDay,
	reviewsPerDay: DEFAULT_DAILY_LIMITS.reviewsPerDay,
	dayStartHour: 4,
	// Anki's default learn-ahead limit: a step due within 20 minutes is asked in today's session.
	learnAheadMinutes: 20,
	restDays: [],
	memoryModel: DEFAULT_MEMORY_MODEL
};

/**
 * Settings as a form holds them before the check: a field that holds no number yet is null.
 * The memory model is not the settings page's to change: only a fit or "Back to defaults"
 * writes it (memory-model.ts), so a form may leave it out and a save keeps the stored one.
 */
export type SettingsInput = { [K in Exclude<keyof Settings, 'memoryModel'>]: Settings[K] | null } & {
	memoryModel?: Settings['memoryModel'];
};

/** The settings that are one number each; `restDays` is a list of weekdays. */
type NumberSetting = Exclude<keyof Settings, 'restDays' | 'memoryModel'>;

/**
 * The allowed range of every setting: the one definition the settings page, backups and repair
 * all check against, so a value one of them accepts is never discarded by another.
 */
export const SETTING_RANGES = {
	desiredRetention: { min: 0.8, max: 0.97, whole: false },
	newPerDay: { min: 0, max: 100, whole: true },
	reviewsPerDay: { min: 1, max: 9999, whole: true },
	dayStartHour: { min: 0, max: 23, whole: true },
	learnAheadMinutes: { min: 0, max: 60, whole: true }
} as const satisfies Record<NumberSetting, { min: number; max: number; whole: boolean }>;

/** Rest days are weekdays, 0 = Monday … 6 = Sunday; at least one day a week stays a study day. */
export const REST_DAY_RULE = { first: 0, last: 6, most: 6 } as const;

/** How each setting is named in a message. */
const LABELS: Record<keyof Settings, string> = {
	desiredRetention: 'Desired retention',
	newPerDay: 'New facts per day',
	reviewsPerDay: 'Reviews per day',
	dayStartHour: 'The hour a new day starts',
	learnAheadMinutes: 'Learn-ahead minutes',
	restDays: 'Rest days',
	memoryModel: 'Memory model'
};
const NUMBER_KEYS = Object.keys(SETTING_RANGES) as NumberSetting[];
const KEYS: readonly (keyof Settings)[] = [...NUMBER_KEYS, 'restDays', 'memoryModel'];

/** A bound as the settings page shows it: retention as a percentage. */
function shown(key: NumberSetting, bound: number): string {
	return key === 'desiredRetention' ? `${bound * 100}%` : `${bound}`;
}

/** What is wrong with one setting's value, as the messages the learner sees. */
function settingProblems(key: NumberSetting, value: unknown): string[] {
	const label = LABELS[key];
	const range = SETTING_RANGES[key];
	if (typeof value !== 'number' || Number.isNaN(value)) return [`${label} must be a number.`];
	const problems: string[] = [];
	if (range.whole && !Number.isInteger(value)) problems.push(`${label} must be a whole number.`);
	if (value < range.min) problems.push(`${label} must be at least ${shown(key, range.min)}.`);
	if (value > range.max) problems.push(`${label} must be at most ${shown(key, range.max)}.`);
	return problems;
}

/** What is wrong with the rest days: whole weekdays, each once, in week order, not the whole week. */
function restDayProblems(value: unknown): string[] {
	const label = LABELS.restDays;
	const { first, last, most } = REST_DAY_RULE;
	if (!Array.isArray(value)) return [`${label} must be a list of weekdays.`];
	if (!value.every((day) => Number.isInteger(day) && day >= first && day <= last)) {
		return [`${label} must be weekdays from ${first} (Monday) to ${last} (Sunday).`];
	}
	const problems: string[] = [];
	if (value.some((day, index) => index > 0 && day <= value[index - 1])) {
		problems.push(`${label} must each be listed once, in week order.`);
	}
	if (value.length > most) problems.push(`${label} must leave at least one study day a week.`);
	return problems;
}

/** Each setting's problems, so a form can show them at the field they belong to. */
export type SettingsProblems = Partial<Record<keyof Settings, string[]>>;

export type SettingsCheck =
	{ ok: true; settings: Settings } | { ok: false; errors: string[]; fields: SettingsProblems };

/**
 * Checks settings against SETTING_RANGES: every setting present and in range, nothing else.
 * Plain code rather than a schema library: it runs on every page's first read, and the
 * settings are a few numbers, a list of weekdays and the memory model. A memory model left
 * out reads as the defaults.
 */
export function checkSettings(input: unknown): SettingsCheck {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { ok: false, errors: ['Settings must be a set of named values.'], fields: {} };
	}
	const values = input as Record<string, unknown>;
	const fields: SettingsProblems = {};
	for (const key of NUMBER_KEYS) fields[key] = settingProblems(key, values[key]);
	fields.restDays = restDayProblems(values.restDays);
	fields.memoryModel = values.memoryModel === undefined ? [] : memoryModelProblems(values.memoryModel);
	for (const key of KEYS) if (fields[key]!.length === 0) delete fields[key];
	const errors = [
		...KEYS.flatMap((key) => fields[key] ?? []),
		...Object.keys(values)
			.filter((key) => !KEYS.includes(key as keyof Settings))
			.map((key) => `"${key}" is not a setting.`)
	];
	if (errors.length > 0) return { ok: false, errors, fields };
	return {
		ok: true,
		settings: {
			desiredRetention: values.desiredRetention as number,
			newPerDay: values.newPerDay as number,
			reviewsPerDay: values.reviewsPerDay as number,
			dayStartHour: values.dayStartHour as number,
			learnAheadMinutes: values.learnAheadMinutes as number,
			restDays: [...(values.restDays as number[])],
			memoryModel: copyMemoryModel((values.memoryModel as Settings['memoryModel'] | undefined) ?? DEFAULT_MEMORY_MODEL)
		}
	};
}

/**
 * Settings saved by an earlier version of Stride (a stored row, another device's synced event)
 * checked, each setting they predate (learn-ahead, rest days, memory model) read as its default.
 */
export const checkSavedSettings = (saved: object): SettingsCheck => checkSettings({ ...DEFAULT_SETTINGS, ...saved });

/** A stored row's settings checked, as saved settings are. */
export function checkStoredSettings(row: SettingsRow): SettingsCheck {
	const { key: _key, ...stored } = row;
	return checkSavedSettings(stored);
}

/** The settings a stored row holds; a missing or damaged row gives the defaults rather than breaking a page. */
export function settingsOf(row: SettingsRow | undefined): Settings {
	const check = row ? checkStoredSettings(row) : null;
	return check?.ok
		? check.settings
		: {
				...DEFAULT_SETTINGS,
				restDays: [...DEFAULT_SETTINGS.restDays],
				memoryModel: copyMemoryModel(DEFAULT_MEMORY_MODEL)
			};
}

export async function loadSettings(db: StrideDatabase): Promise<Settings> {
	return settingsOf(await db.settings.get('settings'));
}
