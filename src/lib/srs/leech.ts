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

/**
 * CONTRACT (owner: H4): C5, a leech not taken back by the learner is suspended: left out of
 * every daily quiz and practice. Until H4's suspension lands, no fact is suspended.
 */
export function isSuspended(_card: CardState | undefined): boolean {
	return false;
}
