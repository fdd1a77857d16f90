import type { LogAction } from '../srs';
import type { QuestionKind } from './question';

/** Each log entry's kind in words, as a learner's history lists it. */
export const ENTRY_KIND_NAMES: Readonly<Record<QuestionKind | LogAction, string>> = {
	'choose-fact': 'Multiple choice: pick the fact',
	'choose-group': 'Multiple choice: pick the muscle group',
	'choose-advice': 'Multiple choice: general advice',
	'true-false': 'True or false',
	'which-not': 'Which is NOT…',
	'typed-group': 'Typed the muscle group',
	'typed-exercise': 'Typed an exercise',
	matching: 'Matching',
	locate: 'Found it on the body map',
	'locate-name': 'Named the highlighted muscle',
	reset: 'Reset to new',
	unsuspend: 'Taken back into daily quizzes'
};
