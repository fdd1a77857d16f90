import type { Rng } from './rng';
import { pick } from './rng';
import type { QuestionKind } from './types';

/**
 * Which kind of question a review gets. Documented policy:
 * 1. A fact that is new, still in its learning steps, relearning after a lapse, or was missed
 *    last time is asked for **recognition**: multiple choice either way, true/false, or naming
 *    the group highlighted on the body map.
 * 2. Once it has graduated to review with a memory stability under a week, harder forms join:
 *    "which is NOT …", matching, and finding a group on the body map (recall of a place).
 * 3. From a week of stability on, the fact is asked for **recall**: typed answers, with
 *    "which is NOT …", matching and the fact → muscle direction as variety.
 * Within the allowed set the kind is drawn at random, never the kind of the previous review
 * of the same fact when another is possible, so the learner recalls the fact, not the wording.
 */

export interface ReviewContext {
	phase: 'new' | 'learning' | 'review' | 'relearning';
	/** FSRS stability in days (0 for a new fact). */
	stabilityDays: number;
	/** Whether the last answer to this fact was right; null if never answered. */
	lastCorrect: boolean | null;
	lastKind: QuestionKind | null;
}

export const RECALL_STABILITY_DAYS = 7;

const RECOGNITION: readonly QuestionKind[] = ['choose-fact', 'choose-group', 'choose-advice', 'true-false', 'locate-name'];
const HARDER: readonly QuestionKind[] = ['which-not', 'matching', 'locate'];
const RECALL: readonly QuestionKind[] = ['typed-group', 'typed-exercise', 'choose-group'];

export function allowedKinds(context: ReviewContext): readonly QuestionKind[] {
	const struggling = context.phase !== 'review' || context.lastCorrect === false;
	if (struggling) return RECOGNITION;
	if (context.stabilityDays < RECALL_STABILITY_DAYS) return [...RECOGNITION, ...HARDER];
	return [...HARDER, ...RECALL];
}

/** Picks a kind from those the fact supports (`available`), following the policy above. */
export function chooseKind(available: readonly QuestionKind[], context: ReviewContext, rng: Rng): QuestionKind {
	const allowed = allowedKinds(context).filter((kind) => available.includes(kind));
	// A fact that supports none of its tier's kinds (advice has no typed form) steps down.
	const tier = allowed.length > 0 ? allowed : RECOGNITION.filter((kind) => available.includes(kind));
	const fresh = tier.filter((kind) => kind !== context.lastKind);
	return pick(rng, fresh.length > 0 ? fresh : tier);
}
