import Dexie from 'dexie';
import { DAY_MS, type CardState } from '../srs';
import { splitCards, validCard, validCards, validReview, validReviews } from './damage';
import type { CardRow, ReviewRow, StrideDatabase } from './database';

/**
 * The latest log entry of a fact, if any (an answer, or a reset), as stored: the answer path
 * needs only its time, which the index guarantees. Pages read it through `validReview`.
 */
export async function loadLastReview(db: StrideDatabase, factId: string): Promise<ReviewRow | undefined> {
	return db.reviews.where('[factId+reviewedAt]').between([factId, Dexie.minKey], [factId, Dexie.maxKey]).last();
}

/** The latest answer (not reset) of a fact, if any. */
async function loadLastAnswer(db: StrideDatabase, factId: string): Promise<ReviewRow | undefined> {
	return db.reviews
		.where('[factId+reviewedAt]')
		.between([factId, Dexie.minKey], [factId, Dexie.maxKey])
		.reverse()
		.filter((row) => row.kind !== 'reset')
		.first();
}

/**
 * What a fact's next question, or its "why is this due", is decided from: its card and its
 * latest log entry (`'entry'`, a reset included) or latest answer (`'answer'`). A damaged row
 * reads as missing: it is reported for Repair and never decided from.
 */
export async function loadFactProgress(
	db: StrideDatabase,
	factId: string,
	latest: 'entry' | 'answer'
): Promise<{ card: CardRow | undefined; last: ReviewRow | undefined }> {
	const [card, last] = await Promise.all([
		db.cards.get(factId),
		latest === 'entry' ? loadLastReview(db, factId) : loadLastAnswer(db, factId)
	]);
	return { card: validCard(card), last: validReview(last) };
}

export interface MissedFact {
	factId: string;
	/** The wrong answer the learner gave last. */
	given: string;
	missedAt: number;
	card: CardState | undefined;
}

/**
 * Facts to practise: those whose latest answer in the last `days` days was wrong, and those
 * relearning after a lapse. Newest miss first. A fact leaves the list once answered right
 * (or reset). `isCurrent` says which facts the dataset still teaches: answers to the others
 * are archived, kept but never asked again.
 */
export async function loadMissed(
	db: StrideDatabase,
	now: number,
	isCurrent: (factId: string) => boolean,
	days = 7
): Promise<MissedFact[]> {
	return db.transaction('r', db.reviews, db.cards, async () => {
		const recent = validReviews(
			await db.reviews
				.where('reviewedAt')
				.aboveOrEqual(now - days * DAY_MS)
				.sortBy('reviewedAt')
		);
		const latest = new Map<string, ReviewRow>();
		for (const row of recent) latest.set(row.factId, row);
		const missed = [...latest.values()].filter((row) => !row.correct && row.kind !== 'reset' && isCurrent(row.factId));

		const relearning = validCards(await db.cards.where('phase').equals('relearning').toArray());
		for (const card of relearning) {
			if (!isCurrent(card.factId) || missed.some((row) => row.factId === card.factId)) continue;
			const lastMiss = await db.reviews
				.where('[factId+reviewedAt]')
				.between([card.factId, Dexie.minKey], [card.factId, Dexie.maxKey])
				.reverse()
				.filter((row) => !row.correct && row.kind !== 'reset')
				.first()
				.then(validReview);
			if (lastMiss) missed.push(lastMiss);
		}
		const stored = await db.cards.bulkGet(missed.map((row) => row.factId));
		const { cards, damagedFactIds } = splitCards(stored.filter((card) => card !== undefined));
		const cardOf = new Map(cards.map((card) => [card.factId, card]));
		return (
			missed
				// A fact whose card is damaged waits for Repair, as on Today.
				.filter((row) => !damagedFactIds.has(row.factId))
				.map((row) => ({
					factId: row.factId,
					given: row.given,
					missedAt: row.reviewedAt,
					card: cardOf.get(row.factId)
				}))
				.sort((a, b) => b.missedAt - a.missedAt)
		);
	});
}
