import type { CardState } from './card-state';

/**
 * A leech is a fact that keeps being forgotten: after this many wrong answers (since it was
 * new or last reset) more drilling won't help; the learner should reread the fact, and may
 * reset it to start afresh.
 */
export const LEECH_THRESHOLD = 8;

export function isLeech(card: Pick<CardState, 'misses'> | undefined): boolean {
	return (card?.misses ?? 0) >= LEECH_THRESHOLD;
}

// CONTRACT (owner: H4): the smallest C5 so this branch's daily-loop simulation can hold the
// rule; H4's leech.ts replaces all of this at merge.
export const LEECH_LAPSES = 8;

/** A fact forgotten after being learnt LEECH_LAPSES times is left out of the daily quiz. */
export function isSuspended(card: Pick<CardState, 'lapses'> | undefined): boolean {
	return (card?.lapses ?? 0) >= LEECH_LAPSES;
}
