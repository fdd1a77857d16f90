import type { Dataset, Fact } from '../content';
import { isGroupFact } from '../content';
import {
	adviceChoiceQuestion,
	canAskFactChoice,
	canAskGroupChoice,
	canAskWhichNot,
	factChoiceQuestion,
	groupChoiceQuestion,
	trueFalseQuestion,
	whichNotQuestion
} from './choice';
import { canLocate, locateNameQuestion, locateQuestion } from './locate';
import { findMatchingSet, matchingQuestion } from './matching';
import { memoPerFact } from './memo';
import { chooseKind, type ReviewContext } from './policy';
import { createRng, type Rng } from './rng';
import { judgeTyped } from './typed-answer';
import { canAskTypedExercise, canAskTypedGroup, typedExerciseQuestion, typedGroupQuestion } from './typed';
import type { Judgement, Question, QuestionKind, Response } from './question';

/**
 * The kinds of question a fact can be asked as, given what the truth table can supply: each
 * kind only where it has exactly one defensible answer and plausible wrong options.
 */
export const kindsFor = memoPerFact((fact: Fact, dataset: Dataset): QuestionKind[] => {
	if (!isGroupFact(fact)) return ['choose-advice', 'true-false'];
	const kinds: QuestionKind[] = ['true-false'];
	if (canAskFactChoice(fact, dataset)) kinds.push('choose-fact');
	if (canAskGroupChoice(fact, dataset)) kinds.push('choose-group');
	if (canAskWhichNot(fact, dataset)) kinds.push('which-not');
	if (canAskTypedGroup(fact, dataset)) kinds.push('typed-group');
	if (canAskTypedExercise(fact, dataset)) kinds.push('typed-exercise');
	if (findMatchingSet(fact, dataset, createRng(0))) kinds.push('matching');
	if (canLocate(fact, dataset)) kinds.push('locate', 'locate-name');
	return kinds;
});

/**
 * Builds a question for `fact`: of `kind` if given, else by the review policy (`context`),
 * else any kind the fact supports. Pure: the same inputs and rng seed give the same question.
 */
export function generate(
	fact: Fact,
	dataset: Dataset,
	rng: Rng,
	kind?: QuestionKind,
	context?: ReviewContext
): Question {
	const available = kindsFor(fact, dataset);
	const chosen =
		kind ?? (context ? chooseKind(available, context, rng) : available[Math.floor(rng() * available.length)]!);
	if (!available.includes(chosen)) throw new Error(`${fact.id} can't be asked as ${chosen}`);
	if (!isGroupFact(fact)) {
		return chosen === 'true-false' ? trueFalseQuestion(fact, dataset, rng) : adviceChoiceQuestion(fact, rng);
	}
	switch (chosen) {
		case 'choose-group':
			return groupChoiceQuestion(fact, dataset, rng);
		case 'true-false':
			return trueFalseQuestion(fact, dataset, rng);
		case 'which-not':
			return whichNotQuestion(fact, dataset, rng);
		case 'typed-group':
			return typedGroupQuestion(fact, dataset);
		case 'typed-exercise':
			return typedExerciseQuestion(fact, dataset);
		case 'matching':
			return matchingQuestion(fact, dataset, rng);
		case 'locate':
			return locateQuestion(fact, dataset, rng);
		case 'locate-name':
			return locateNameQuestion(fact, dataset, rng);
		default:
			return factChoiceQuestion(fact, dataset, rng);
	}
}

/** Judges a response to a question. Pure; a response of the wrong format is simply wrong. */
export function grade(question: Question, response: Response): Judgement {
	switch (question.format) {
		case 'choice': {
			const index = response.format === 'choice' ? response.index : -1;
			return {
				correct: index === question.correctIndex,
				given: question.options[index] ?? '',
				correctAnswer: question.correctAnswer
			};
		}
		case 'typed': {
			const text = response.format === 'typed' ? response.text : '';
			const arguable = question.arguable ?? [];
			const verdict = judgeTyped(text, [...question.accepted, ...arguable], question.rejected);
			const correctAnswer =
				question.kind === 'typed-group' ? question.answers.join(' or ') : (question.answers[0] ?? '');
			const notes: string[] = [];
			if (verdict.correct && verdict.typo) notes.push(`Accepted, spelt “${verdict.matched}”.`);
			if (verdict.correct && arguable.includes(verdict.matched!))
				notes.push(
					'Arguable, so counted right: the article does not give it for this group, and anatomy is split on it.'
				);
			if (question.kind === 'typed-exercise' && question.answers.length > 1)
				notes.push(`From the article: ${question.answers.join(', ')}.`);
			return {
				correct: verdict.correct,
				given: text.trim().slice(0, 200),
				correctAnswer,
				note: notes.join(' ') || undefined
			};
		}
		case 'matching': {
			const picks = response.format === 'matching' ? response.picks : [];
			const correct = question.solution.every((option, row) => picks[row] === option);
			const pairs = (choose: (row: number) => number | null | undefined) =>
				question.items.map((item, row) => `${item}: ${question.options[choose(row) ?? -1] ?? '—'}`).join('; ');
			return {
				correct,
				given: pairs((row) => picks[row]),
				correctAnswer: pairs((row) => question.solution[row])
			};
		}
		case 'locate': {
			const chosen = response.format === 'locate' ? question.options.indexOf(response.groupId) : -1;
			return {
				correct: chosen !== -1 && question.options[chosen] === question.groupId,
				given: question.optionLabels[chosen] ?? '',
				correctAnswer: question.correctAnswer
			};
		}
	}
}

/**
 * The response that choosing the option at `index` gives (number keys on the quiz page), or
 * null when the question has no such option or is not answered by option.
 */
export function optionResponse(question: Question, index: number): Response | null {
	if (question.format === 'choice')
		return index >= 0 && index < question.options.length ? { format: 'choice', index } : null;
	if (question.format === 'locate' && question.mode === 'name') {
		const groupId = question.options[index];
		return groupId ? { format: 'locate', groupId } : null;
	}
	return null;
}
