/**
 * How long today's quiz will take, from the learner's own recent answer times. The median, not
 * the mean: one answer left on screen while the runner went out would skew a mean for days.
 * Each answer is capped too, for the same reason. Reading the feedback after each answer is
 * not in `answerMs` (it stops at the answer), so a fixed allowance per question is added.
 */

/** Assumed per answer before the learner has answered anything: a short question read and answered. */
export const DEFAULT_ANSWER_MS = 12_000;
/** Time spent on the feedback of each answer (reading it, pressing Next). */
export const FEEDBACK_MS = 4_000;
/** An answer slower than this was a pause, not thinking: it counts as this long. */
const LONGEST_COUNTED_MS = 60_000;

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Whole minutes, at least 1 for any question at all; 0 when there is nothing to ask. */
export function estimateMinutes(recentAnswerMs: readonly number[], questions: number): number {
	if (questions <= 0) return 0;
	const perAnswer =
		recentAnswerMs.length > 0
			? median(recentAnswerMs.map((ms) => Math.min(Math.max(0, ms), LONGEST_COUNTED_MS)))
			: DEFAULT_ANSWER_MS;
	return Math.max(1, Math.round((questions * (perAnswer + FEEDBACK_MS)) / 60_000));
}
