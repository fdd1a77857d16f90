import { FIT_HISTORIES, storedHistory } from '../../bench/fit-histories';
import type { PlainReview } from '../../src/lib/srs/memory-model';
import type { StoredCard, StoredReview } from './storage';

/**
 * A learner who forgets faster, and on a steeper curve, than FSRS-6's defaults assume (the
 * simulated learner, tests/unit/helpers/simulated-learner.ts): a year of answers on the real
 * facts, as the fitting benchmark's "real deck, 1 year", stored as Stride stores them, each
 * card scheduled by the real scheduler with the defaults, as it was before any fit.
 */
export function fastForgetterHistory(now: number): {
	plain: PlainReview[];
	cards: StoredCard[];
	reviews: StoredReview[];
} {
	const plain = FIT_HISTORIES.find((history) => history.name === 'real deck, 1 year')!.plain(now);
	const { cards, reviews } = storedHistory(plain);
	return { plain, cards: cards as unknown as StoredCard[], reviews: reviews as unknown as StoredReview[] };
}
