import { RATING_OF_GRADE, type PlainReview } from '../srs/memory-model';
import { validReviews } from './damage';
import type { ReviewRow, StrideDatabase } from './database';

/**
 * The learner's whole history as a plain review list, what a fit learns from: every valid
 * log entry (answers to archived facts too: they are still this learner's memory), a reset as
 * a fresh start. Taking a leech back ("unsuspend") changes no memory and is left out.
 */
function plainHistoryOf(rows: readonly ReviewRow[]): PlainReview[] {
	return rows.flatMap((row) => {
		if (row.grade === 'unsuspend') return [];
		return [{ cardId: row.factId, reviewedAt: row.reviewedAt, rating: RATING_OF_GRADE[row.grade] }];
	});
}

export async function loadPlainHistory(db: StrideDatabase): Promise<PlainReview[]> {
	return plainHistoryOf(validReviews(await db.reviews.orderBy('reviewedAt').toArray()));
}

/** How many log entries came after `at`: what the re-fit nudge counts. Read from the time index alone. */
export async function countEntriesSince(db: StrideDatabase, at: number): Promise<number> {
	return db.reviews.where('reviewedAt').above(at).count();
}
