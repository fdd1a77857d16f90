import { sameCardState, type CardState, type GradedReview } from '../srs';
import { replayReviews } from '../srs/scheduler';
import type { QuarantineRow, ReviewRow, StrideDatabase } from './database';
import { cardProblem, refuseInvalid, reviewProblem, sessionProblem } from './rows';
import { checkStoredSettings, settingsOf } from './settings';

export interface RepairReport {
	/** Card rows written, one per fact with at least one answer. */
	rebuilt: number;
	/** Of those, how many differed from (or were missing in) the stored rows. */
	changed: number;
	/** Card rows removed because no answer backs them. */
	removed: number;
	/** Damaged rows (of any table) moved to the quarantine. */
	setAside: number;
}

/**
 * Repairs the database in one `rw` transaction: damaged rows of every table are moved to the
 * quarantine (kept as they were, with what is wrong), and every card is rebuilt from the valid
 * log — the source of truth — by replaying each fact's entries in time order. The scheduling
 * is pure, synchronous code, so nothing but Dexie is awaited inside; every rebuilt card is
 * checked before it is written, and a failure leaves everything as it was.
 */
export async function repairCards(db: StrideDatabase, now: number = Date.now()): Promise<RepairReport> {
	const tables = [db.cards, db.reviews, db.sessions, db.settings, db.quarantine, db.daySummaries];
	return db.transaction('rw', tables, async () => {
		// By primary key, not by an index: a row whose indexed field is garbage is in no index.
		const [settingsRow, reviewKeys, reviews, stored, sessionKeys, sessions] = await Promise.all([
			db.settings.get('settings'),
			db.reviews.toCollection().primaryKeys(),
			db.reviews.toArray(),
			db.cards.toArray(),
			db.sessions.toCollection().primaryKeys(),
			db.sessions.toArray()
		]);
		const setAside: QuarantineRow[] = [];
		const aside = (table: QuarantineRow['table'], key: unknown, row: unknown, problem: string) =>
			setAside.push({ table, key: String(key), row, problem, setAsideAt: now });

		const validReviews: ReviewRow[] = [];
		const damagedReviewKeys: string[] = [];
		reviews.forEach((row, i) => {
			const problem = reviewProblem(row);
			if (problem === null) validReviews.push(row);
			else {
				aside('reviews', reviewKeys[i], row, problem);
				damagedReviewKeys.push(reviewKeys[i]!);
			}
		});
		const damagedSessionKeys: string[] = [];
		sessions.forEach((row, i) => {
			const problem = sessionProblem(row);
			if (problem !== null) {
				aside('sessions', sessionKeys[i], row, problem);
				damagedSessionKeys.push(sessionKeys[i]!);
			}
		});
		for (const card of stored) {
			const problem = cardProblem(card);
			if (problem !== null) aside('cards', (card as { factId?: unknown }).factId, card, problem);
		}
		let settingsDamaged = false;
		if (settingsRow) {
			const check = checkStoredSettings(settingsRow);
			if (!check.ok) {
				aside('settings', 'settings', settingsRow, check.errors.join(' '));
				settingsDamaged = true;
			}
		}

		// Cards are rebuilt as the learner's settings schedule: their retention and memory model.
		const settings = settingsOf(settingsRow);
		const answersByFact = new Map<string, GradedReview[]>();
		for (const row of validReviews.sort((a, b) => a.reviewedAt - b.reviewedAt)) {
			const answers = answersByFact.get(row.factId) ?? [];
			answers.push({ grade: row.grade, at: row.reviewedAt });
			answersByFact.set(row.factId, answers);
		}
		const rebuilt: CardState[] = [...answersByFact].map(([factId, answers]) => {
			const card = replayReviews(factId, answers, settings);
			refuseInvalid(`the rebuilt card of ${factId}`, cardProblem(card));
			return card;
		});

		const storedByFact = new Map(stored.map((card) => [String(card.factId), card]));
		const changed = rebuilt.filter((card) => {
			const before = storedByFact.get(card.factId);
			return before === undefined || !sameCardState(before, card);
		}).length;
		const removed = [...storedByFact.keys()].filter((factId) => !answersByFact.has(factId)).length;

		await Promise.all([
			db.cards.clear(),
			db.reviews.bulkDelete(damagedReviewKeys),
			db.sessions.bulkDelete(damagedSessionKeys),
			settingsDamaged ? db.settings.delete('settings') : undefined,
			db.quarantine.bulkAdd(setAside),
			// The summaries describe the log as it was: rebuilt when next read.
			damagedReviewKeys.length > 0 ? db.daySummaries.clear() : undefined
		]);
		await db.cards.bulkAdd(rebuilt);
		return { rebuilt: rebuilt.length, changed, removed, setAside: setAside.length };
	});
}
