import type { CardState } from './card-state';

/**
 * A leech is a fact that keeps being forgotten after it was learnt: more drilling won't help,
 * rereading it will. Counted from lapses (a fact in review answered wrong), as Anki does, not
 * from misses while it is still being learnt: a new fact takes a few tries by design. Anki's
 * default threshold.
 */
export const LEECH_LAPSES = 8;

/**
 * After the learner takes a leech back, it is set aside again only after this many more
 * lapses (Anki warns again every half threshold).
 */
const LAPSES_BEFORE_SUSPENDING_AGAIN = LEECH_LAPSES / 2;

export function isLeech(card: Pick<CardState, 'lapses'> | undefined): boolean {
	return (card?.lapses ?? 0) >= LEECH_LAPSES;
}

/**
 * A leech set aside from daily quizzes and practice: it reached its lapse limit (the threshold,
 * or the limit the learner's last unsuspend set) and the learner hasn't taken it back since.
 */
export function isSuspended(card: Pick<CardState, 'lapses' | 'suspendAtLapses'> | undefined): boolean {
	return card !== undefined && isLeech(card) && card.lapses >= (card.suspendAtLapses ?? LEECH_LAPSES);
}

/** The card after the learner takes a suspended leech back: asked again from its memory state as it is. */
export function unsuspended(card: CardState): CardState {
	return { ...card, suspendAtLapses: card.lapses + LAPSES_BEFORE_SUSPENDING_AGAIN };
}
