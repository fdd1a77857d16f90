import type { CardState } from './types';

/**
 * A leech is a fact that keeps being forgotten: after this many lapses (misses once it was
 * learnt, plus misses while new) more drilling won't help; the learner should reread the fact.
 */
export const LEECH_THRESHOLD = 8;

export function isLeech(card: Pick<CardState, 'lapses'> | undefined, misses = 0): boolean {
	return (card?.lapses ?? 0) >= LEECH_THRESHOLD || misses >= LEECH_THRESHOLD;
}
