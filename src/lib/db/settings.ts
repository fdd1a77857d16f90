import { DEFAULT_DAILY_LIMITS, DEFAULT_SCHEDULER_SETTINGS } from '../srs';
import type { SettingsRow, StrideDatabase } from './database';

export type Settings = Omit<SettingsRow, 'key'>;

export const DEFAULT_SETTINGS: Settings = {
	desiredRetention: DEFAULT_SCHEDULER_SETTINGS.desiredRetention,
	newPerDay: DEFAULT_DAILY_LIMITS.newPerDay,
	reviewsPerDay: DEFAULT_DAILY_LIMITS.reviewsPerDay,
	dayStartHour: 4
};

/**
 * The allowed range of every setting: the one definition the settings page, backups and repair
 * all check against, so a value one of them accepts is never discarded by another.
 */
export const SETTING_RANGES = {
	desiredRetention: { min: 0.8, max: 0.97, whole: false },
	newPerDay: { min: 0, max: 100, whole: true },
	reviewsPerDay: { min: 1, max: 9999, whole: true },
	dayStartHour: { min: 0, max: 23, whole: true }
} as const satisfies Record<keyof Settings, { min: number; max: number; whole: boolean }>;

/** How each setting is named in a message. */
const LABELS: Record<keyof Settings, string> = {
	desiredRetention: 'Desired retention',
	newPerDay: 'New facts per day',
	reviewsPerDay: 'Reviews per day',
	dayStartHour: 'The hour a new day starts'
};
const KEYS = Object.keys(SETTING_RANGES) as (keyof Settings)[];

/** A bound as the settings page shows it: retention as a percentage. */
function shown(key: keyof Settings, bound: number): string {
	return key === 'desiredRetention' ? `${bound * 100}%` : `${bound}`;
}

/** What is wrong with one setting's value, as the messages the learner sees. */
function settingProblems(key: keyof Settings, value: unknown): string[] {
	const label = LABELS[key];
	const range = SETTING_RANGES[key];
	if (typeof value !== 'number' || Number.isNaN(value)) return [`${label} must be a number.`];
	const problems: string[] = [];
	if (range.whole && !Number.isInteger(value)) problems.push(`${label} must be a whole number.`);
	if (value < range.min) problems.push(`${label} must be at least ${shown(key, range.min)}.`);
	if (value > range.max) problems.push(`${label} must be at most ${shown(key, range.max)}.`);
	return problems;
}

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/**
 * Checks settings against SETTING_RANGES: every setting present and in range, nothing else.
 * Plain code rather than a schema library: it runs on every page's first read, and the
 * settings are four numbers.
 */
export function checkSettings(input: unknown): SettingsCheck {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { ok: false, errors: ['Settings must be a set of named values.'] };
	}
	const values = input as Record<string, unknown>;
	const errors = [
		...KEYS.flatMap((key) => settingProblems(key, values[key])),
		...Object.keys(values)
			.filter((key) => !(key in SETTING_RANGES))
			.map((key) => `"${key}" is not a setting.`)
	];
	if (errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		settings: {
			desiredRetention: values.desiredRetention as number,
			newPerDay: values.newPerDay as number,
			reviewsPerDay: values.reviewsPerDay as number,
			dayStartHour: values.dayStartHour as number
		}
	};
}

/** The settings a stored row holds; a missing or damaged row gives the defaults rather than breaking a page. */
export function settingsOf(row: SettingsRow | undefined): Settings {
	if (!row) return { ...DEFAULT_SETTINGS };
	const { key: _key, ...stored } = row;
	const check = checkSettings({ ...DEFAULT_SETTINGS, ...stored });
	return check.ok ? check.settings : { ...DEFAULT_SETTINGS };
}

export async function loadSettings(db: StrideDatabase): Promise<Settings> {
	return settingsOf(await db.settings.get('settings'));
}

/**
 * CONTRACT (owner: H1): C1 `Settings.learnAheadMinutes` (whole, 0–60, default 20). Until the
 * setting is stored, a session reads it through here; H1's real field replaces this at merge.
 */
export function learnAheadMinutesOf(settings: Settings & { learnAheadMinutes?: number }): number {
	return settings.learnAheadMinutes ?? 20;
}
