import type { QuestionKind } from '$lib/quiz';

/**
 * The design's recognition forms (DESIGN.md, question rules): picking or confirming rather than
 * producing the answer. Written out here rather than read from the policy, so a test of the
 * policy checks it against the design, not against itself.
 */
export const RECOGNITION_KINDS: readonly QuestionKind[] = [
	'choose-fact',
	'choose-group',
	'choose-advice',
	'true-false',
	'locate-name'
];
