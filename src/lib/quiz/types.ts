/**
 * Question kinds, as recorded in the review log:
 * - `choose-fact`: muscle → fact ("Which exercise strengthens the glutes?")
 * - `choose-group`: fact → muscle ("Which muscle group is strengthened by glute bridges?")
 * - `choose-advice`: general advice ("When should you warm up?")
 * - `true-false`: a statement that is true, or made false with another group's fact
 * - `which-not`: three true facts of a group and one that is another group's only
 * - `typed-group`: "Name the muscle group that …", typed
 * - `typed-exercise`: "Name one exercise for …", typed
 * - `matching`: four groups to four facts of one facet
 * The body map (issue 5) adds `locate`: a new kind with its own `format`, answered through
 * the same `Response` / `grade` path.
 */
export const QUESTION_KINDS = [
	'choose-fact',
	'choose-group',
	'choose-advice',
	'true-false',
	'which-not',
	'typed-group',
	'typed-exercise',
	'matching'
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

interface QuestionBase {
	kind: QuestionKind;
	/** The fact this question reviews. */
	factId: string;
	prompt: string;
	/** One sentence: the fact the question tested. */
	explanation: string;
}

/** Pick one option: multiple choice, true/false and "which is NOT". */
export interface ChoiceQuestion extends QuestionBase {
	format: 'choice';
	options: string[];
	correctIndex: number;
	/** The correct option's text, for feedback. */
	correctAnswer: string;
}

export interface TypedQuestion extends QuestionBase {
	format: 'typed';
	/** Every right answer in display form, the one the fact is about first. */
	answers: string[];
	/** Every form accepted when typed: the answers and their aliases. */
	accepted: string[];
	/** Forms that must be rejected however close the typing: other groups' names, say. */
	rejected: string[];
}

export interface MatchingQuestion extends QuestionBase {
	format: 'matching';
	/** The four muscle groups, in display order. */
	items: string[];
	/** The four facts to match them to, shuffled. */
	options: string[];
	/** items[i] belongs with options[solution[i]]. */
	solution: number[];
}

export type Question = ChoiceQuestion | TypedQuestion | MatchingQuestion;

export type Response =
	| { format: 'choice'; index: number }
	| { format: 'typed'; text: string }
	| { format: 'matching'; picks: readonly (number | null)[] };

export interface Judgement {
	correct: boolean;
	/** What the learner gave, as text for the review log. */
	given: string;
	/** The right answer(s), for feedback. */
	correctAnswer: string;
	/** Extra words for feedback: a forgiven typo, or the other accepted answers. */
	note?: string;
}
