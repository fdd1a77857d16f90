import type { GradedReview } from '../srs';
import { replayReviews } from '../srs/scheduler';
import { sameParameters, type MemoryModel } from '../srs/memory-model';
import { validReviews } from './damage';
import type { StrideDatabase } from './database';
import { cardProblem, refuseInvalid } from './rows';
import { checkSettings, loadSettings, type Settings, type SettingsCheck, type SettingsInput } from './settings';

/**
 * Saves settings after checking them; invalid values change nothing. The stored memory model
 * is kept whatever the input holds: only a fit or "Back to defaults" changes it
 * (`saveMemoryModel`), and a form loaded before a fit must not undo it. A new desired
 * retention reschedules every studied card, in the same transaction as the settings row.
 */
export async function saveSettings(db: StrideDatabase, input: SettingsInput): Promise<SettingsCheck> {
	const check = checkSettings(input);
	if (!check.ok) return check;
	const settings = await db.transaction('rw', db.settings, db.cards, db.reviews, db.history, async () => {
		const previous = await loadSettings(db);
		const saved = { ...check.settings, memoryModel: previous.memoryModel };
		await storeSettings(db, saved);
		if (previous.desiredRetention !== saved.desiredRetention) await rescheduleEveryCard(db, saved);
		return saved;
	});
	return { ok: true, settings };
}

/**
 * Stores a new memory model (parameters fitted, refused, set back to the defaults or
 * restored) and, when its parameters differ from those in use, reschedules every studied
 * card with them: all in one transaction, so cards and parameters never disagree.
 */
export async function saveMemoryModel(db: StrideDatabase, memoryModel: MemoryModel): Promise<Settings> {
	return db.transaction('rw', db.settings, db.cards, db.reviews, db.history, async () => {
		const previous = await loadSettings(db);
		const check = checkSettings({ ...previous, memoryModel });
		if (!check.ok) throw new Error(`The memory model was not saved: ${check.errors.join(' ')}`);
		await storeSettings(db, check.settings);
		if (!sameParameters(previous.memoryModel.parameters, memoryModel.parameters)) {
			await rescheduleEveryCard(db, check.settings);
		}
		return check.settings;
	});
}

/**
 * Writes the settings row and logs the settings as saved: on another device, the latest
 * saved settings win (sync). Inside the caller's transaction, which includes `history`.
 */
async function storeSettings(db: StrideDatabase, settings: Settings): Promise<void> {
	await Promise.all([
		db.settings.put({ key: 'settings', ...settings }),
		db.history.add({ id: crypto.randomUUID(), type: 'settings', at: Date.now(), settings })
	]);
}

/**
 * Every studied card rebuilt from its own answers under `settings`: the memory state follows
 * from the history and the parameters, the intervals from the desired retention.
 */
async function rescheduleEveryCard(db: StrideDatabase, settings: Settings): Promise<void> {
	const byFact = new Map<string, GradedReview[]>();
	for (const row of validReviews(await db.reviews.toArray())) {
		const list = byFact.get(row.factId) ?? [];
		list.push({ grade: row.grade, at: row.reviewedAt });
		byFact.set(row.factId, list);
	}
	const rescheduled = [...byFact].map(([factId, reviews]) => replayReviews(factId, reviews, settings));
	for (const card of rescheduled) refuseInvalid(`the rescheduled card of ${card.factId}`, cardProblem(card));
	await db.cards.bulkPut(rescheduled);
}
