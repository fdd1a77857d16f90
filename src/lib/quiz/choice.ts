import type { Dataset, Fact, GeneralFact, GroupFact, MuscleGroup } from '../content';
import { isGroupFact } from '../content';
import { memoPerFact } from './memo';
import { isSafelyFalseOf, normaliseAnswer } from './overlap';
import { FACT_PROMPTS, groupOf, NOT_PROMPTS, STATEMENT_LABELS, subjectOf } from './phrasing';
import { pick, sample, shuffle, type Rng } from './rng';
import type { ChoiceQuestion, QuestionKind } from './types';

export const OPTION_COUNT = 4;

/**
 * Facts of the same facet that are safely false of `fact`'s group, one per distinct answer
 * text: the wrong options for "Which <facet> belongs to <group>?".
 */
export const factDistractorPool = memoPerFact((fact: GroupFact, dataset: Dataset): GroupFact[] => {
	const seen = new Set([normaliseAnswer(fact.answer)]);
	return dataset.facts.filter(isGroupFact).filter((other) => {
		if (other.facet !== fact.facet || !isSafelyFalseOf(other, fact.groupId, dataset)) return false;
		const key = normaliseAnswer(other.answer);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
});

/** Groups the fact is safely false of: the wrong options for "Which muscle group …?". */
export const groupDistractorPool = memoPerFact((fact: GroupFact, dataset: Dataset): MuscleGroup[] =>
	dataset.groups.filter((g) => isSafelyFalseOf(fact, g.id, dataset))
);

/** The group's other facts of the same facet: the true options of "Which is NOT …?". */
export function siblingFacts(fact: GroupFact, dataset: Dataset): GroupFact[] {
	return dataset.facts
		.filter(isGroupFact)
		.filter((f) => f.groupId === fact.groupId && f.facet === fact.facet && f.id !== fact.id);
}

export function canAskWhichNot(fact: GroupFact, dataset: Dataset): boolean {
	return siblingFacts(fact, dataset).length >= OPTION_COUNT - 2 && factDistractorPool(fact, dataset).length > 0;
}

export function factChoiceQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const wrong = sample(rng, factDistractorPool(fact, dataset), OPTION_COUNT - 1).map((f) => f.answer);
	const prompt = pick(rng, FACT_PROMPTS[fact.facet])(subjectOf(groupOf(dataset, fact)));
	return choice('choose-fact', fact, prompt, fact.answer, wrong, fact.statement, rng);
}

export function groupChoiceQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const wrong = sample(rng, groupDistractorPool(fact, dataset), OPTION_COUNT - 1).map((g) => g.name);
	const prompt = `Which muscle group ${fact.clue}?`;
	return choice('choose-group', fact, prompt, groupOf(dataset, fact).name, wrong, fact.statement, rng);
}

export function adviceChoiceQuestion(fact: GeneralFact, rng: Rng): ChoiceQuestion {
	const wrong = sample(rng, fact.wrongAnswers, OPTION_COUNT - 1);
	return choice('choose-advice', fact, fact.prompt, fact.answer, wrong, fact.statement, rng);
}

/**
 * A statement to judge: the fact itself, or (half the time) the same frame holding another
 * group's fact that is safely false of this group. Both halves use one frame, so the wording
 * never gives the verdict away.
 */
export function trueFalseQuestion(fact: Fact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const makeFalse = rng() < 0.5;
	let frame: string;
	let claim: string;
	let explanation = fact.statement;
	if (isGroupFact(fact)) {
		frame = STATEMENT_LABELS[fact.facet](subjectOf(groupOf(dataset, fact)));
		const other = makeFalse ? pick(rng, factDistractorPool(fact, dataset)) : null;
		claim = other?.answer ?? fact.answer;
		if (other) explanation = `${other.statement} ${fact.statement}`;
	} else {
		frame = fact.prompt;
		claim = makeFalse ? pick(rng, fact.wrongAnswers) : fact.answer;
	}
	const truth = makeFalse ? 'False' : 'True';
	const prompt = `True or false? ${frame}: ${claim}`;
	return {
		format: 'choice',
		kind: 'true-false',
		factId: fact.id,
		prompt,
		options: ['True', 'False'],
		correctIndex: makeFalse ? 1 : 0,
		correctAnswer: truth,
		explanation
	};
}

/** Three true facts of the group (this one among them) and one that is another group's only. */
export function whichNotQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const trueOnes = [fact, ...sample(rng, siblingFacts(fact, dataset), OPTION_COUNT - 2)];
	const odd = pick(rng, factDistractorPool(fact, dataset));
	const prompt = NOT_PROMPTS[fact.facet](subjectOf(groupOf(dataset, fact)));
	const wrong = trueOnes.map((f) => f.answer);
	return choice('which-not', fact, prompt, odd.answer, wrong, odd.statement, rng);
}

function choice(
	kind: QuestionKind,
	fact: Fact,
	prompt: string,
	correct: string,
	wrong: string[],
	explanation: string,
	rng: Rng
): ChoiceQuestion {
	if (wrong.length < OPTION_COUNT - 1) {
		throw new Error(`${fact.id}: only ${wrong.length} safe wrong options for ${kind}`);
	}
	const options = shuffle(rng, [correct, ...wrong]);
	return {
		format: 'choice',
		kind,
		factId: fact.id,
		prompt,
		options,
		correctIndex: options.indexOf(correct),
		correctAnswer: correct,
		explanation
	};
}
