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

/** The allowed range of every setting, with the message the learner sees when outside it. */
export const SettingsSchema = v.strictObject({
	desiredRetention: v.pipe(
		v.number('Desired retention must be a number.'),
		v.minValue(0.8, 'Desired retention must be at least 80%.'),
		v.maxValue(0.97, 'Desired retention must be at most 97%.')
	),
	newPerDay: wholeNumber('New facts per day', 0, 100),
	reviewsPerDay: wholeNumber('Reviews per day', 1, 9999),
	dayStartHour: wholeNumber('The hour a new day starts', 0, 23)
});

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export function checkSettings(input: unknown): SettingsCheck {
	const result = v.safeParse(SettingsSchema, input);
	return result.success ? { ok: true, settings: result.output } : { ok: false, errors: result.issues.map((i) => i.message) };
}

export async function loadSettings(db: StrideDatabase): Promise<Settings> {
	const row = await db.settings.get('settings');
	if (!row) return { ...DEFAULT_SETTINGS };
	const { key: _key, ...stored } = row;
	// A damaged settings row falls back to defaults rather than breaking every page.
	const check = checkSettings({ ...DEFAULT_SETTINGS, ...stored });
	return check.ok ? check.settings : { ...DEFAULT_SETTINGS };
}
