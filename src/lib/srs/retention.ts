import type { CardState } from './card-state';
import { DAY_MS } from './day';

/** What retention needs of a review log row. */
export interface RetentionAnswer {
	reviewedAt: number;
	correct: boolean;
	before: Pick<CardState, 'phase' | 'lastReview'>;
}

export interface RetentionRate {
	right: number;
	total: number;
	/** right / total, or null with no answers. */
	rate: number | null;
}

export interface RetentionBucket extends RetentionRate {
	label: string;
	/** Interval since the previous review, in days: from (inclusive) … to (exclusive, null = open). */
	fromDays: number;
	toDays: number | null;
}

export interface Retention {
	buckets: RetentionBucket[];
	overall: RetentionRate;
	/** Anki's split: intervals under 21 days ("young") and from 21 days ("mature"). */
	young: RetentionRate;
	mature: RetentionRate;
}

const RETENTION_BUCKETS: readonly { label: string; fromDays: number; toDays: number | null }[] = [
	{ label: 'Under 2 days', fromDays: 0, toDays: 2 },
	{ label: '2–6 days', fromDays: 2, toDays: 7 },
	{ label: '1–3 weeks', fromDays: 7, toDays: 21 },
	{ label: '3 weeks – 3 months', fromDays: 21, toDays: 90 },
	{ label: '3 months or more', fromDays: 90, toDays: null }
];

const MATURE_DAYS = 21;

function rate(right: number, total: number): RetentionRate {
	return { right, total, rate: total > 0 ? right / total : null };
}

/** Right and total answers per retention bucket (in RETENTION_BUCKETS order). */
export type RetentionTally = { right: number; total: number }[];

function emptyRetentionTally(): RetentionTally {
	return RETENTION_BUCKETS.map(() => ({ right: 0, total: 0 }));
}

/**
 * True retention, as Anki measures it: the share of answers that were right, counting only
 * answers to facts that were in the review phase before (learning steps and relearning are
 * left out: they test minutes-old memories), bucketed by the time since the previous review.
 * This tallies the answers into buckets; `retentionFromTally` turns a tally into rates.
 */
export function tallyRetention(answers: Iterable<RetentionAnswer>): RetentionTally {
	const tally = emptyRetentionTally();
	for (const answer of answers) {
		const { phase, lastReview } = answer.before;
		if (phase !== 'review' || lastReview === null) continue;
		const elapsed = Math.max(0, (answer.reviewedAt - lastReview) / DAY_MS);
		const bucket =
			tally[RETENTION_BUCKETS.findIndex((b) => elapsed >= b.fromDays && (b.toDays === null || elapsed < b.toDays))]!;
		bucket.total++;
		if (answer.correct) bucket.right++;
	}
	return tally;
}

export function addRetentionTallies(tallies: Iterable<RetentionTally>): RetentionTally {
	const sum = emptyRetentionTally();
	for (const tally of tallies) {
		tally.forEach((bucket, i) => {
			sum[i]!.right += bucket.right;
			sum[i]!.total += bucket.total;
		});
	}
	return sum;
}

/** Rates per bucket, overall, and Anki's young/mature split (the buckets split at 21 days). */
export function retentionFromTally(tally: RetentionTally): Retention {
	const young = { right: 0, total: 0 };
	const mature = { right: 0, total: 0 };
	RETENTION_BUCKETS.forEach((bucket, i) => {
		const side = bucket.fromDays < MATURE_DAYS ? young : mature;
		side.right += tally[i]!.right;
		side.total += tally[i]!.total;
	});
	return {
		buckets: RETENTION_BUCKETS.map((bucket, i) => ({ ...bucket, ...rate(tally[i]!.right, tally[i]!.total) })),
		overall: rate(young.right + mature.right, young.total + mature.total),
		young: rate(young.right, young.total),
		mature: rate(mature.right, mature.total)
	};
}
