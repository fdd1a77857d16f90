import { DATASET } from '../../src/lib/content/index';
import { studyDay } from '../../src/lib/srs/day';
import type { PlainReview } from '../../src/lib/srs/memory-model';
import { applyGrade, newCardState } from '../../src/lib/srs/scheduler';
import type { CardState, SchedulerSettings } from '../../src/lib/srs';
import { simulatedLearner } from '../unit/helpers/simulated-learner';
import type { StoredCard, StoredReview } from './storage';

/**
 * A learner who forgets faster, and on a steeper curve, than FSRS-6's defaults assume (the
 * unit tests' simulated learner): a year of answers on the real facts, stored as Stride stores
 * them, each card scheduled by the real scheduler with the defaults, as it was before any fit.
 */
const FAST_FORGETTER = [
	0.1, 0.4, 0.8, 3, 6.8, 0.6, 2.4, 0.01, 1.2, 0.25, 0.9, 1.2, 0.08, 0.35, 1.9, 0.5, 2.2, 0.5, 0.1, 0.06, 0.5
];

const DAY_MS = 86_400_000;

/** A card as the storage helpers type what they read and write. */
const asStored = (card: CardState) => card as unknown as StoredCard;

export function fastForgetterHistory(now: number): {
	plain: PlainReview[];
	cards: StoredCard[];
	reviews: StoredReview[];
} {
	const start = Math.floor(now / DAY_MS) * DAY_MS - 366 * DAY_MS;
	const plain = simulatedLearner({
		truth: FAST_FORGETTER,
		cardIds: DATASET.facts.map((fact) => fact.id),
		days: 365,
		start,
		seed: 11
	}).sort((a, b) => a.reviewedAt - b.reviewedAt);
	const settings: SchedulerSettings = { desiredRetention: 0.9 };
	const cards = new Map<string, CardState>();
	const reviews = plain.map((review, index): StoredReview => {
		const stored = cards.get(review.cardId);
		const before = stored ?? newCardState(review.cardId, review.reviewedAt);
		const grade = review.rating === 1 ? 'again' : 'good';
		const after = applyGrade(before, grade, review.reviewedAt, settings);
		cards.set(review.cardId, after);
		return {
			id: `seeded-${index}`,
			factId: review.cardId,
			reviewedAt: review.reviewedAt,
			day: studyDay(review.reviewedAt, { timeZone: 'UTC', dayStartHour: 4 }),
			grade,
			correct: grade === 'good',
			answerMs: 4000,
			kind: 'choose-fact',
			given: grade === 'good' ? 'right' : 'wrong',
			sessionId: `seeded-session-${Math.floor((review.reviewedAt - start) / DAY_MS)}`,
			before: asStored(before),
			after: asStored(after),
			hadCard: stored !== undefined
		};
	});
	return { plain, cards: [...cards.values()].map(asStored), reviews };
}
