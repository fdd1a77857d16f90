import type { MuscleGroupId } from '../content/model';

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
 * - `locate`: "Tap where the hamstrings are", answered on the body map
 * - `locate-name`: "Which muscle group is highlighted?", four group names beside the body map
 */
export const QUESTION_KINDS = [
	'choose-fact',
	'choose-group',
	'choose-advice',
	'true-false',
	'which-not',
	'typed-group',
	'typed-exercise',
	'matching',
	'locate',
	'locate-name'
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
	/** Forms counted right but arguable (an `unclear` cell): the feedback says so. */
	arguable?: string[];
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

/**
 * A question on the body map. `find`: choose the asked group's region among every region of
 * the map. `name`: the group's region is highlighted; choose its name among four.
 * Either way the answer is a group id.
 */
export interface LocateQuestion extends QuestionBase {
	format: 'locate';
	mode: 'find' | 'name';
	/** The group asked about: to find on the map, or the one highlighted. */
	groupId: MuscleGroupId;
	/** The answers on offer, in display order: every region's group (find) or four groups (name). */
	options: MuscleGroupId[];
	/** What each option is called: a region's place (find) or a group's name (name). */
	optionLabels: string[];
	/** The right option's label, for feedback. */
	correctAnswer: string;
}

export type Question = ChoiceQuestion | TypedQuestion | MatchingQuestion | LocateQuestion;

export type Response =
	| { format: 'choice'; index: number }
	| { format: 'typed'; text: string }
	| { format: 'matching'; picks: readonly (number | null)[] }
	| { format: 'locate'; groupId: MuscleGroupId };

export interface Judgement {
	correct: boolean;
	/** What the learner gave, as text for the review log. */
	given: string;
	/** The right answer(s), for feedback. */
	correctAnswer: string;
	/** Extra words for feedback: a forgiven typo, or the other accepted answers. */
	note?: string;
}
