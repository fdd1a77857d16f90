import type { PlainReview, ReviewRating } from '../srs/memory-model';
import { validReviews } from './damage';
import type { ReviewRow, StrideDatabase } from './database';

/** Stride grades automatically: a wrong answer is Again (1), a right one Good (3); a leech reset is a manual entry (0). */
const RATINGS: Partial<Record<ReviewRow['grade'], ReviewRating>> = { again: 1, good: 3, reset: 0 };

/**
 * The learner's whole history as a plain review list, what a fit learns from: every valid
 * log entry (answers to archived facts too: they are still this learner's memory), a reset as
 * a fresh start. Taking a leech back ("unsuspend") changes no memory and is left out.
 */
function plainHistoryOf(rows: readonly ReviewRow[]): PlainReview[] {
	return rows.flatMap((row) => {
		const rating = RATINGS[row.grade];
		return rating === undefined ? [] : [{ cardId: row.factId, reviewedAt: row.reviewedAt, rating }];
	});
}

export async function loadPlainHistory(db: StrideDatabase): Promise<PlainReview[]> {
	return plainHistoryOf(validReviews(await db.reviews.orderBy('reviewedAt').toArray()));
}

/** How many log entries came after `at`: what the re-fit nudge counts. Read from the time index alone. */
export async function countEntriesSince(db: StrideDatabase, at: number): Promise<number> {
	return db.reviews.where('reviewedAt').above(at).count();
}
