import { DEFAULT_DAILY_LIMITS, DEFAULT_SCHEDULER_SETTINGS } from '../srs';
import type { SettingsRow, StrideDatabase } from './database';

export type Settings = Omit<SettingsRow, 'key'>;

export const DEFAULT_SETTINGS: Settings = {
	desiredRetention: DEFAULT_SCHEDULER_SETTINGS.desiredRetention,
	newPerDay: DEFAULT_DAILY_LIMITS.newPerDay,
	reviewsPerDay: DEFAULT_DAILY_LIMITS.reviewsPerDay,
	dayStartHour: 4
};

export async function loadSettings(db: StrideDatabase): Promise<Settings> {
	const row = await db.settings.get('settings');
	if (!row) return { ...DEFAULT_SETTINGS };
	const { key: _key, ...settings } = row;
	return { ...DEFAULT_SETTINGS, ...settings };
}
