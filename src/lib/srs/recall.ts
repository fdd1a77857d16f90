import type { CardState } from './card-state';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * FSRS-6's default decay (its parameter w[20]); a learner's fitted parameters carry their own.
 * The forgetting curve is written out here, not imported: importing anything from ts-fsrs
 * loads all of it (it patches Date.prototype when loaded), and the pages that only read
 * progress need this one formula. A unit test holds this function equal to ts-fsrs's own
 * `get_retrievability` and `forgetting_curve`, and this constant to default_w.
 */
const FSRS6_DEFAULT_DECAY = 0.1542;

/** R(t) = (1 + factor · t / S)^(−decay), with factor chosen so that R(S) = 0.9. */
function forgettingCurve(elapsedDays: number, stability: number, decay: number): number {
	const factor = roundTo(Math.exp(Math.log(0.9) / -decay) - 1, 8);
	return roundTo(Math.pow(1 + (factor * elapsedDays) / stability, -decay), 8);
}

function roundTo(value: number, decimals: number): number {
	const scale = 10 ** decimals;
	return Math.round(value * scale) / scale;
}

/**
 * Probability (0–1) of recalling the fact at `at`; 0 for a fact never reviewed. Counted in
 * whole days since the last review, as ts-fsrs does, on the learner's forgetting curve:
 * `decay` is their fitted parameters' (see decayOf), FSRS-6's default without a fit.
 */
export function recallProbability(state: CardState, at: number, decay = FSRS6_DEFAULT_DECAY): number {
	if (state.phase === 'new' || state.lastReview === null) return 0;
	const elapsedDays = Math.max(0, Math.floor((at - state.lastReview) / DAY_MS));
	return forgettingCurve(elapsedDays, +state.stability.toFixed(8), decay);
}
