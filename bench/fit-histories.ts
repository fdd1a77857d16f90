import { DATASET } from '../src/lib/content';
import type { CardRow, ReviewRow, SessionRow } from '../src/lib/db/database';
import { studyDay, type CardState } from '../src/lib/srs';
import type { PlainReview } from '../src/lib/srs/memory-model';
import { applyGrade, newCardState } from '../src/lib/srs/scheduler';
import { FAST_FORGETTER, simulatedLearner } from '../tests/unit/helpers/simulated-learner';
import { syntheticHistory } from './synthetic-history';

const DAY_MS = 86_400_000;

/** A history a fit is measured on. */
export interface FitHistory {
	name: string;
	/** What it is, for the report. */
	about: string;
	/** Its answers, oldest first, as a fit reads Stride's log. */
	plain(now: number): PlainReview[];
}

const cardIds = (count: number) =>
	count <= DATASET.facts.length
		? DATASET.facts.slice(0, count).map((fact) => fact.id)
		: Array.from({ length: count }, (_, index) => `bench-card-${index}`);

/** The simulated learner over `days` days ending yesterday, on `cards` cards (the real facts' ids for the real deck). */
function realistic(cards: number, days: number, now: number): PlainReview[] {
	const start = Math.floor(now / DAY_MS) * DAY_MS - (days + 1) * DAY_MS;
	return simulatedLearner({ truth: FAST_FORGETTER, cardIds: cardIds(cards), days, start, seed: 11 }).sort(
		(a, b) => a.reviewedAt - b.reviewedAt
	);
}

/** issue 16's stress histories: the whole deck cycled every day, 85% right. */
function stress(reviews: number, days: number, now: number): PlainReview[] {
	return syntheticHistory({ reviews, days, now }).reviews.map((row) => ({
		cardId: row.factId,
		reviewedAt: row.reviewedAt,
		rating: row.grade === 'again' ? 1 : 3
	}));
}

const FACTS = DATASET.facts.length;

export const FIT_HISTORIES: readonly FitHistory[] = [
	{
		name: 'real deck, 1 year',
		about: `simulated learner, ${FACTS} facts, 365 days`,
		plain: (now) => realistic(FACTS, 365, now)
	},
	{
		name: 'real deck, 5 years',
		about: `simulated learner, ${FACTS} facts, 1,825 days`,
		plain: (now) => realistic(FACTS, 5 * 365, now)
	},
	{
		name: '1,000 cards, 5 years',
		about: 'simulated learner, 1,000 cards (an Anki-size deck), 1,825 days',
		plain: (now) => realistic(1000, 5 * 365, now)
	},
	{
		name: 'stress, 1 year',
		about: `issue 16's bench history: 10,000 answers, the deck cycled daily`,
		plain: (now) => stress(10_000, 365, now)
	},
	{
		name: 'stress, 5 years',
		about: `issue 16's bench history: 100,000 answers, the deck cycled daily`,
		plain: (now) => stress(100_000, 5 * 365, now)
	}
];

/**
 * A plain history as Stride stores it (for the browser benchmark): log rows, each card
 * scheduled by the real scheduler with the defaults, one session a day. Only real fact ids
 * make cards the app knows; other ids still make log rows a fit reads.
 */
export function storedHistory(plain: readonly PlainReview[]): {
	reviews: ReviewRow[];
	cards: CardRow[];
	sessions: SessionRow[];
} {
	const settings = { desiredRetention: 0.9 };
	const day = { timeZone: 'UTC', dayStartHour: 4 };
	const cards = new Map<string, CardState>();
	const sessions = new Map<string, SessionRow>();
	const reviews = plain.map((review, index): ReviewRow => {
		const stored = cards.get(review.cardId);
		const before = stored ?? newCardState(review.cardId, review.reviewedAt);
		const grade = review.rating === 1 ? 'again' : 'good';
		const after = applyGrade(before, grade, review.reviewedAt, settings);
		cards.set(review.cardId, after);
		const reviewDay = studyDay(review.reviewedAt, day);
		const sessionId = `bench-session-${reviewDay}`;
		const session = sessions.get(sessionId);
		if (session) session.finishedAt = review.reviewedAt + 20_000;
		else
			sessions.set(sessionId, {
				id: sessionId,
				startedAt: review.reviewedAt,
				finishedAt: review.reviewedAt + 20_000,
				day: reviewDay
			});
		return {
			id: `bench-${index}`,
			factId: review.cardId,
			reviewedAt: review.reviewedAt,
			day: reviewDay,
			grade,
			correct: grade === 'good',
			answerMs: 4000,
			kind: 'choose-fact',
			given: grade === 'good' ? 'right' : 'wrong',
			sessionId,
			before,
			after,
			hadCard: stored !== undefined
		};
	});
	return { reviews, cards: [...cards.values()], sessions: [...sessions.values()] };
}
