import type { FactRef } from '../content/model';
import type { Today } from '../srs';
import type { StrideDatabase } from './database';
import { loadSettings, type Settings } from './settings';
import { loadToday } from './today';

/**
 * The settings and today's plan in one read, for the start of a quiz: one transaction (the
 * plan's reads join it), so the quiz waits for one transaction, not two in a row. Which day's
 * answers the plan counts depends on the settings' day start, so the settings come first in it.
 */
export function loadSettingsAndToday(
	db: StrideDatabase,
	facts: readonly FactRef[],
	now: number,
	timeZone: string,
	/** Limits the session to facts that pass, e.g. those a drill's question kind can ask. */
	include?: (fact: FactRef) => boolean
): Promise<{ settings: Settings; today: Today }> {
	return db.transaction('r', db.settings, db.cards, db.reviews, async () => {
		const settings = await loadSettings(db);
		return { settings, today: await loadToday(db, facts, now, timeZone, settings, include) };
	});
}
