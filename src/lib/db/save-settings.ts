import type { GradedReview } from '../srs';
import { replayReviews } from '../srs/scheduler';
import { validReviews } from './damage';
import type { StrideDatabase } from './database';
import { cardProblem, refuseInvalid } from './rows';
import { checkSettings, loadSettings, type SettingsCheck, type SettingsInput } from './settings';

/**
 * Saves settings after checking them; invalid values change nothing. A new desired retention
 * reschedules every studied card from its own answers (same memory state, new intervals), in
 * the same transaction as the settings row.
 */
export async function saveSettings(db: StrideDatabase, input: SettingsInput): Promise<SettingsCheck> {
	const check = checkSettings(input);
	if (!check.ok) return check;
	const settings = check.settings;
	await db.transaction('rw', db.settings, db.cards, db.reviews, async () => {
		const previous = await loadSettings(db);
		await db.settings.put({ key: 'settings', ...settings });
		if (previous.desiredRetention === settings.desiredRetention) return;
		const byFact = new Map<string, GradedReview[]>();
		for (const row of validReviews(await db.reviews.toArray())) {
			const list = byFact.get(row.factId) ?? [];
			list.push({ grade: row.grade, at: row.reviewedAt });
			byFact.set(row.factId, list);
		}
		const rescheduled = [...byFact].map(([factId, reviews]) => replayReviews(factId, reviews, settings));
		for (const card of rescheduled) refuseInvalid(`the rescheduled card of ${card.factId}`, cardProblem(card));
		await db.cards.bulkPut(rescheduled);
	});
	return check;
}
