import { validReviews } from './damage';
import type { StrideDatabase } from './database';

/** How many of the latest answers Today's time estimate is taken from: recent pace, not last month's. */
const RECENT_ANSWERS = 50;

/** How long the learner took over their latest answers (ms), newest first; leech resets are not answers. */
export async function loadRecentAnswerTimes(db: StrideDatabase): Promise<number[]> {
	const latest = await db.reviews
		.orderBy('reviewedAt')
		.reverse()
		.filter((row) => row.kind !== 'reset')
		.limit(RECENT_ANSWERS)
		.toArray();
	return validReviews(latest).map((row) => row.answerMs);
}
