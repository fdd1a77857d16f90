import type { DaySettings } from '../day';
import type { Evaluation } from './evaluate';
import type { FitOutcome, ParameterComparison } from './fit';
import type { PlainReview } from './review-history';

/**
 * What the page and the fitting worker say to each other. The worker does the slow parts:
 * building items, fsrs-rs's fit, scoring; the page stores what is kept.
 */
export type FitRequest =
	/** Fit `reviews`, and score the fit against the `current` parameters on the same history. */
	| { kind: 'fit'; reviews: PlainReview[]; days: DaySettings; current: readonly number[] }
	/** Score the `current` parameters and the defaults on `reviews` (an imported history). */
	| { kind: 'evaluate'; reviews: PlainReview[]; days: DaySettings; current: readonly number[] };

export type FitStep = 'items' | 'loading' | 'fitting' | 'scoring';

export type FitReply =
	| { kind: 'progress'; step: FitStep; items: number }
	| { kind: 'fitted'; items: number; outcome: FitOutcome; comparison: ParameterComparison | null }
	| { kind: 'evaluated'; items: number; current: Evaluation; defaults: Evaluation }
	| { kind: 'failed'; message: string };
