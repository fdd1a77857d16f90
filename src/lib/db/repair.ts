import type { CardState, GradedReview } from '../srs';
import { replayReviews } from '../srs/scheduler';
import type { StrideDatabase } from './database';
import { settingsOf } from './settings';

export interface RepairReport {
	/** Card rows written, one per fact with at least one answer. */
	rebuilt: number;
	/** Of those, how many differed from (or were missing in) the stored rows. */
	changed: number;
	/** Card rows removed because no answer backs them. */
	removed: number;
}

/**
 * Rebuilds every card row from the review log, in one `rw` transaction: the log is the
 * source of truth, each card is its answers replayed in time order (the scheduling is pure,
 * synchronous code, so nothing but Dexie is awaited inside). For a database whose card rows
 * were damaged — lost, garbled, or out of step with the log.
 */
export async function repairCards(db: StrideDatabase): Promise<RepairReport> {
	return db.transaction('rw', [db.cards, db.reviews, db.settings], async () => {
		const [settingsRow, reviews, stored] = await Promise.all([
			db.settings.get('settings'),
			db.reviews.orderBy('reviewedAt').toArray(),
			db.cards.toArray()
		]);
		const { desiredRetention } = settingsOf(settingsRow);

		const answersByFact = new Map<string, GradedReview[]>();
		for (const row of reviews) {
			const answers = answersByFact.get(row.factId) ?? [];
			answers.push({ grade: row.grade, at: row.reviewedAt });
			answersByFact.set(row.factId, answers);
		}
		const rebuilt: CardState[] = [...answersByFact].map(([factId, answers]) =>
			replayReviews(factId, answers, { desiredRetention })
		);

		const before = new Map(stored.map((card) => [String(card.factId), fingerprint(card)]));
		const changed = rebuilt.filter((card) => before.get(card.factId) !== fingerprint(card)).length;
		const removed = [...before.keys()].filter((factId) => !answersByFact.has(factId)).length;

		await db.cards.clear();
		await db.cards.bulkAdd(rebuilt);
		return { rebuilt: rebuilt.length, changed, removed };
	});
}

/** A card's fields in a fixed order, to compare a stored (maybe garbled) row with a rebuilt one. */
function fingerprint(card: CardState): string {
	const record = card as unknown as Record<string, unknown>;
	return JSON.stringify(Object.keys(record).sort().map((key) => [key, record[key]]));
}
