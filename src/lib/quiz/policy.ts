import type { Rng } from './rng';
import { pick } from './rng';
import type { QuestionKind } from './question';

/**
 * Which kind of question a review gets. Documented policy:
 * 1. A fact that is new, still in its learning steps, relearning after a lapse, or was missed
 *    last time is asked for **recognition**: multiple choice either way, true/false, or naming
 *    the group highlighted on the body map. Nothing is typed while a fact is fragile.
 * 2. Once it has graduated to review with a memory stability under a week, harder forms join:
 *    "which is NOT …", matching, and finding a group on the body map, all drawn evenly.
 * 3. From a week of stability on, the fact is asked mostly for **recall**: naming the group
 *    (typed), naming an exercise (typed) or tapping where the group is on the body map —
 *    producing the answer rather than picking it. Recall is drawn two reviews in three at
 *    7 days of stability, rising linearly to three in four at 21 days and beyond. The other
 *    draws go to "which is NOT …", matching and the fact → muscle direction, for variety.
 *    A fact with no recall form (advice) keeps those, or recognition if it has none of them.
 *
 * Why these thresholds. Stability is the number of days until recall probability falls to
 * 90%; at our desired retention of 0.90 it is also about the next interval. With Good-only
 * grading and FSRS-6's default parameters a fact climbs a ladder: about 2 days after its
 * first right answer, about 7 when it graduates (right again a day later), about 26–36 at the
 * next right answer a week on, then months. A fact below 7 days in review is mostly one
 * climbing back after a lapse (or one that graduated within the day): recognition and the
 * harder choice forms suit it. From 7 days the fact has been kept across days, so it is asked
 * to be produced most of the time: the default parameters were fitted to Anki reviews, mostly
 * recall of self-graded flashcards, so "90% after S days" is a prediction about recall, and
 * producing an answer strengthens memory more than picking it.
 * Recall doesn't start at 100% on that first rung because its stability was earned on
 * recognition answers: a miss sends the fact back to relearning. From 21 days (it has been
 * remembered across a gap of a week or more, usually by producing it) picking from options is
 * all but certain to succeed and teaches little, so recall gets its full share; a quarter
 * stays for variety.
 * (Recall starting at 7 days is also the old threshold, so the kinds allowed at each stage —
 * `allowedKinds` — are unchanged; only the weights and the no-repeat rule below are new.)
 *
 * Never the same kind twice in a row, within the tier drawn. Among choice forms (stages 1–2,
 * and stage 3's variety) the previous review's kind is avoided whenever another is possible,
 * so the learner recalls the fact, not the options. Among recall forms it is avoided when the
 * fact has two (typed group and typed exercise, or typed group and locate); a fact with a
 * single recall form may get it again. A typed answer or a tap on the map shows no options to
 * memorise: the answer must be produced each time, and by then reviews are a week or more
 * apart. Applying the rule across the tiers would force every other review of such a fact off
 * recall and cap recall at half — and most facts with a recall form have exactly one.
 */

export interface ReviewContext {
	phase: 'new' | 'learning' | 'review' | 'relearning';
	/** FSRS stability in days (0 for a new fact). */
	stabilityDays: number;
	/** Whether the last answer to this fact was right; null if never answered. */
	lastCorrect: boolean | null;
	lastKind: QuestionKind | null;
}

/** Stability (days) from which recall forms are asked. */
export const RECALL_STABILITY_DAYS = 7;
/** Stability (days) from which recall gets its full share, `RECALL_SHARE_DOMINANT`. */
export const RECALL_DOMINANT_STABILITY_DAYS = 21;
/** The share of reviews drawn from recall forms at `RECALL_STABILITY_DAYS`… */
const RECALL_SHARE_FIRST = 2 / 3;
/** …and from `RECALL_DOMINANT_STABILITY_DAYS` on. */
const RECALL_SHARE_DOMINANT = 3 / 4;

const RECOGNITION_KINDS: readonly QuestionKind[] = [
	'choose-fact',
	'choose-group',
	'choose-advice',
	'true-false',
	'locate-name'
];
/** Forms that make the learner produce the answer (a name, an exercise, a place). */
export const RECALL_KINDS: readonly QuestionKind[] = ['typed-group', 'typed-exercise', 'locate'];
const HARDER: readonly QuestionKind[] = ['which-not', 'matching', 'locate'];
/** What a mature fact is asked as when it is not asked for recall. */
const VARIETY: readonly QuestionKind[] = ['which-not', 'matching', 'choose-group'];

export function isRecallKind(kind: QuestionKind): boolean {
	return RECALL_KINDS.includes(kind);
}

/** Whether a review is for a fact that is new, learning, relearning or was just missed. */
export function isStruggling(context: ReviewContext): boolean {
	return context.phase !== 'review' || context.lastCorrect === false;
}

/**
 * The share of reviews drawn from recall forms, for a fact in review that has both recall and
 * variety forms: 0 below `RECALL_STABILITY_DAYS`, then rising linearly from
 * `RECALL_SHARE_FIRST` to `RECALL_SHARE_DOMINANT` at `RECALL_DOMINANT_STABILITY_DAYS`.
 */
export function recallShare(stabilityDays: number): number {
	if (!(stabilityDays >= RECALL_STABILITY_DAYS)) return 0;
	if (stabilityDays >= RECALL_DOMINANT_STABILITY_DAYS) return RECALL_SHARE_DOMINANT;
	const progress = (stabilityDays - RECALL_STABILITY_DAYS) / (RECALL_DOMINANT_STABILITY_DAYS - RECALL_STABILITY_DAYS);
	return RECALL_SHARE_FIRST + (RECALL_SHARE_DOMINANT - RECALL_SHARE_FIRST) * progress;
}

export function allowedKinds(context: ReviewContext): readonly QuestionKind[] {
	if (isStruggling(context)) return RECOGNITION_KINDS;
	if (recallShare(context.stabilityDays) === 0) return [...RECOGNITION_KINDS, ...HARDER];
	return [...VARIETY, ...RECALL_KINDS];
}

/** Picks a kind from those the fact supports (`available`), following the policy above. */
export function chooseKind(available: readonly QuestionKind[], context: ReviewContext, rng: Rng): QuestionKind {
	const allowed = allowedKinds(context).filter((kind) => available.includes(kind));
	// A fact that supports none of its tier's kinds (advice has no typed form) steps down.
	if (allowed.length === 0)
		return pickAvoiding(
			rng,
			RECOGNITION_KINDS.filter((kind) => available.includes(kind)),
			context.lastKind
		);
	const share = isStruggling(context) ? 0 : recallShare(context.stabilityDays);
	if (share === 0) return pickAvoiding(rng, allowed, context.lastKind);
	const recall = allowed.filter(isRecallKind);
	const variety = allowed.filter((kind) => !isRecallKind(kind));
	// Always one draw, so the rest of the question's randomness doesn't depend on the fact's forms.
	const wantsRecall = rng() < share;
	const tier = recall.length === 0 ? variety : variety.length === 0 || wantsRecall ? recall : variety;
	return pickAvoiding(rng, tier, context.lastKind);
}

/** A kind from `kinds`, not `last` when another is possible. */
function pickAvoiding(rng: Rng, kinds: readonly QuestionKind[], last: QuestionKind | null): QuestionKind {
	const fresh = kinds.filter((kind) => kind !== last);
	return pick(rng, fresh.length > 0 ? fresh : kinds);
}
