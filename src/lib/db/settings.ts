import * as v from 'valibot';
import { DEFAULT_DAILY_LIMITS, DEFAULT_SCHEDULER_SETTINGS, replayReviews, type GradedReview } from '../srs';
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

/**
 * Saves settings after checking them; invalid values change nothing. A new desired retention
 * reschedules every studied card from its own answers (same memory state, new intervals), in
 * the same transaction as the settings row.
 */
export async function saveSettings(db: StrideDatabase, input: Settings): Promise<SettingsCheck> {
	const check = checkSettings(input);
	if (!check.ok) return check;
	const settings = check.settings;
	await db.transaction('rw', db.settings, db.cards, db.reviews, async () => {
		const previous = await loadSettings(db);
		await db.settings.put({ key: 'settings', ...settings });
		if (previous.desiredRetention === settings.desiredRetention) return;
		const byFact = new Map<string, GradedReview[]>();
		await db.reviews.each((row) => {
			const list = byFact.get(row.factId) ?? [];
			list.push({ grade: row.grade, at: row.reviewedAt });
			byFact.set(row.factId, list);
		});
		await db.cards.bulkPut([...byFact].map(([factId, reviews]) => replayReviews(factId, reviews, settings)));
	});
	return check;
}
