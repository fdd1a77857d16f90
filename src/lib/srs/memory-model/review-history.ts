/**
 * A review history in the plain shape any spaced-repetition tool can give: which card, when,
 * and how it was rated. Stride's own log, an FSRS revlog CSV from Anki or another app: each
 * becomes this list, and everything the memory model does (fitting, evaluating) starts here.
 */

/**
 * FSRS's ratings, as revlog files write them: 1 Again, 2 Hard, 3 Good, 4 Easy. 0 is a manual
 * entry: the card was reset (Anki's "Forget", Stride's leech reset) and starts afresh.
 */
export type ReviewRating = 0 | 1 | 2 | 3 | 4;

/**
 * Stride's log grades as FSRS ratings: Stride grades automatically, so a wrong answer is Again
 * (1) and a right one Good (3); a leech reset is a manual entry (0). Taking a leech back
 * ("unsuspend") changes no memory and has no rating. What the fit reads and the revlog writes.
 */
export const RATING_OF_GRADE = { again: 1, good: 3, reset: 0 } as const satisfies Record<string, ReviewRating>;

/** One entry of a review history. */
export interface PlainReview {
	/** Any tool's card id: a Stride fact id, an Anki card id as text. */
	cardId: string;
	/** When it was reviewed (epoch ms). */
	reviewedAt: number;
	rating: ReviewRating;
}

/** A card's state before a review, as revlog files number them (ts-fsrs's `State`); 4 marks a manual entry. */
export type ReviewState = 0 | 1 | 2 | 3 | 4;
