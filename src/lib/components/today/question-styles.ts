import type { QuestionKind } from '$lib/quiz';

/** The question styles a learner can pick on Today, to drill or to practise, in the words Today uses. */
export const QUESTION_STYLES: readonly { kind: QuestionKind; label: string }[] = [
	{ kind: 'true-false', label: 'True or false' },
	{ kind: 'which-not', label: 'Which is NOT…' },
	{ kind: 'matching', label: 'Matching' },
	{ kind: 'typed-group', label: 'Type the muscle group' },
	{ kind: 'typed-exercise', label: 'Type an exercise' },
	{ kind: 'locate', label: 'Find it on the body map' },
	{ kind: 'locate-name', label: 'Name the highlighted muscle' }
];
