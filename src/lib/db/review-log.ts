import Dexie from 'dexie';
import type { QuestionKind } from '../quiz';
import { DAY_MS, isAnswer, isSuspended, type CardState } from '../srs';
import { splitCards, validCard, validCards, validReview, validReviews } from './damage';
import type { CardRow, ReviewRow, StrideDatabase } from './database';

/**
 * The latest log entry of a fact, if any (an answer, or a reset), as stored: the answer path
 * needs only its time, which the index guarantees. Pages read it through `validReview`.
 */
export async function loadLastReview(db: StrideDatabase, factId: string): Promise<ReviewRow | undefined> {
	return db.reviews.where('[factId+reviewedAt]').between([factId, Dexie.minKey], [factId, Dexie.maxKey]).last();
}

/** The latest answer (not a reset or unsuspend) of a fact, if any. */
async function loadLastAnswer(db: StrideDatabase, factId: string): Promise<ReviewRow | undefined> {
	return db.reviews
		.where('[factId+reviewedAt]')
		.between([factId, Dexie.minKey], [factId, Dexie.maxKey])
		.reverse()
		.filter(isAnswer)
		.first();
}

/**
 * What a fact's next question, or its "why is this due", is decided from: its card and its
 * latest log entry (`'entry'`, a reset or unsuspend included) or latest answer (`'answer'`). A damaged row
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
	/** The wrong answer the learner gave at the fact's latest miss, and the kind of question it was. */
	given: string;
	kind: QuestionKind;
	missedAt: number;
	/** Whether the fact was answered right after that miss (a retry in the same session counts). */
	rightSince: boolean;
	card: CardState | undefined;
}

interface LatestMiss {
	miss: ReviewRow & { kind: QuestionKind };
	rightSince: boolean;
}

/**
 * A fact's latest miss in `entries` (its log, oldest first) and whether it was answered right
 * since; none when it wasn't missed, or was reset since (a reset starts the fact afresh).
 */
function latestMiss(entries: readonly ReviewRow[]): LatestMiss | undefined {
	let found: LatestMiss | undefined;
	for (const entry of entries) {
		if (entry.kind === 'reset') found = undefined;
		else if (isAnswer(entry)) {
			if (!entry.correct) found = { miss: entry, rightSince: false };
			else if (found) found.rightSince = true;
		}
	}
	return found;
}

/**
 * Every fact missed in the last `days` days, and every fact relearning after a lapse (however
 * long ago its miss), each with its latest miss and whether it was answered right since.
 * Newest miss first. A miss retried right in the same session is listed: the list is what was
 * missed, not only what is still wrong. A reset since the miss takes a fact off the list.
 * `isCurrent` says which facts the dataset still teaches: answers to the others are archived,
 * kept but never asked again.
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
		const recentByFact = new Map<string, ReviewRow[]>();
		for (const row of recent) {
			if (!isCurrent(row.factId)) continue;
			const entries = recentByFact.get(row.factId) ?? [];
			entries.push(row);
			recentByFact.set(row.factId, entries);
		}
		const missed = new Map<string, LatestMiss>();
		for (const [factId, entries] of recentByFact) {
			const found = latestMiss(entries);
			if (found) missed.set(factId, found);
		}

		const relearning = validCards(await db.cards.where('phase').equals('relearning').toArray());
		for (const card of relearning) {
			if (!isCurrent(card.factId) || missed.has(card.factId)) continue;
			const found = latestMiss(await loadFactHistory(db, card.factId, 'oldest first'));
			if (found) missed.set(card.factId, found);
		}
		const stored = await db.cards.bulkGet([...missed.keys()]);
		const { cards, damagedFactIds } = splitCards(stored.filter((card) => card !== undefined));
		const cardOf = new Map(cards.map((card) => [card.factId, card]));
		return (
			[...missed.values()]
				// A fact whose card is damaged waits for Repair, as on Today.
				.filter(({ miss }) => !damagedFactIds.has(miss.factId))
				.map(({ miss, rightSince }) => ({
					factId: miss.factId,
					given: miss.given,
					kind: miss.kind,
					missedAt: miss.reviewedAt,
					rightSince,
					card: cardOf.get(miss.factId)
				}))
				.sort((a, b) => b.missedAt - a.missedAt)
		);
	});
}

/**
 * The facts "Practise missed" asks: those not answered right since their miss (one already
 * put right needs no extra review: practice answers are real reviews, and would add reviews
 * the schedule didn't ask for), and no suspended leech (rereading helps it, drilling doesn't).
 */
export function missedToPractise(missed: readonly MissedFact[]): string[] {
	return missed.filter((fact) => !fact.rightSince && !isSuspended(fact.card)).map((fact) => fact.factId);
}

/**
 * Every valid log entry of a fact (answers, corrections, resets, unsuspends), in time order:
 * the fact page shows them newest first. A reset keeps what came before it.
 */
export async function loadFactHistory(
	db: StrideDatabase,
	factId: string,
	order: 'newest first' | 'oldest first'
): Promise<ReviewRow[]> {
	const entries = db.reviews.where('[factId+reviewedAt]').between([factId, Dexie.minKey], [factId, Dexie.maxKey]);
	return validReviews(await (order === 'newest first' ? entries.reverse() : entries).toArray());
}
