import type { StrideDatabase } from './database';

/** A first visit: no settings chosen yet and nothing answered, so the welcome comes before Today. */
export async function loadFirstVisit(db: StrideDatabase): Promise<boolean> {
	const [settings, answers] = await Promise.all([db.settings.get('settings'), db.reviews.count()]);
	return settings === undefined && answers === 0;
}
