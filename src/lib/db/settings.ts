import * as v from 'valibot';
import { DEFAULT_DAILY_LIMITS, DEFAULT_SCHEDULER_SETTINGS } from '../srs';
import type { SettingsRow, StrideDatabase } from './database';

export type Settings = Omit<SettingsRow, 'key'>;

export const DEFAULT_SETTINGS: Settings = {
	desiredRetention: DEFAULT_SCHEDULER_SETTINGS.desiredRetention,
	newPerDay: DEFAULT_DAILY_LIMITS.newPerDay,
	reviewsPerDay: DEFAULT_DAILY_LIMITS.reviewsPerDay,
	dayStartHour: 4
};

const wholeNumber = (label: string, min: number, max: number) =>
	v.pipe(
		v.number(`${label} must be a number.`),
		v.integer(`${label} must be a whole number.`),
		v.minValue(min, `${label} must be at least ${min}.`),
		v.maxValue(max, `${label} must be at most ${max}.`)
	);

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

const { desiredRetention, newPerDay, reviewsPerDay, dayStartHour } = SETTING_RANGES;

/** The ranges with the message the learner sees on the settings page when outside them. */
const SettingsSchema = v.strictObject({
	desiredRetention: v.pipe(
		v.number('Desired retention must be a number.'),
		v.minValue(desiredRetention.min, `Desired retention must be at least ${desiredRetention.min * 100}%.`),
		v.maxValue(desiredRetention.max, `Desired retention must be at most ${desiredRetention.max * 100}%.`)
	),
	newPerDay: wholeNumber('New facts per day', newPerDay.min, newPerDay.max),
	reviewsPerDay: wholeNumber('Reviews per day', reviewsPerDay.min, reviewsPerDay.max),
	dayStartHour: wholeNumber('The hour a new day starts', dayStartHour.min, dayStartHour.max)
});

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export function checkSettings(input: unknown): SettingsCheck {
	const result = v.safeParse(SettingsSchema, input);
	return result.success
		? { ok: true, settings: result.output }
		: { ok: false, errors: result.issues.map((i) => i.message) };
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
