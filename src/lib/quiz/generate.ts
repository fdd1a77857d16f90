import type { Dataset, Facet, Fact, GeneralFact, GroupFact, MuscleGroup } from '../content';
import { isGroupFact } from '../content';
import { isArguablyTrueOf, normaliseAnswer } from './overlap';
import { pick, sample, shuffle, type Rng } from './rng';

/**
 * Question kinds, as stored in the review log:
 * - `choose-fact`: muscle → fact ("Which exercise strengthens the glutes?")
 * - `choose-group`: fact → muscle ("Which muscle group is strengthened by glute bridges?")
 * - `choose-advice`: a piece of general advice ("When should you warm up?")
 */
export const QUESTION_KINDS = ['choose-fact', 'choose-group', 'choose-advice'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const OPTION_COUNT = 4;

export interface ChoiceQuestion {
	kind: QuestionKind;
	factId: string;
	prompt: string;
	options: string[];
	correctIndex: number;
	/** The correct option's text, for feedback. */
	correctAnswer: string;
	/** One sentence: the fact the question tested. */
	explanation: string;
}

export type Question = ChoiceQuestion;

/** The kinds that can be asked of a fact: every group fact both ways, advice one way. */
export function kindsFor(fact: Fact): QuestionKind[] {
	return isGroupFact(fact) ? ['choose-fact', 'choose-group'] : ['choose-advice'];
}

/**
 * Builds a question for `fact`. Pure: the same fact, dataset and rng seed give the same
 * question. Throws if the dataset cannot supply enough wrong options (a content bug that the
 * property tests catch for every fact).
 */
export function generate(fact: Fact, dataset: Dataset, rng: Rng, kind?: QuestionKind): Question {
	const chosen = kind ?? pick(rng, kindsFor(fact));
	if (!kindsFor(fact).includes(chosen)) throw new Error(`${fact.id} can't be asked as ${chosen}`);
	if (!isGroupFact(fact)) return adviceQuestion(fact, rng);
	return chosen === 'choose-group'
		? groupChoiceQuestion(fact, dataset, rng)
		: factChoiceQuestion(fact, dataset, rng);
}

const FACT_PROMPTS: Record<Facet, readonly ((g: Subject) => string)[]> = {
	location: [(g) => `Where ${g.is} the ${g.name}?`, (g) => `Which describes where the ${g.name} ${g.is}?`],
	function: [
		(g) => `What ${g.does} the ${g.name} do when you run?`,
		(g) => `Which of these is a job of the ${g.name} in running?`
	],
	injury: [
		(g) => `Which injury note belongs to the ${g.name}?`,
		(g) => `Which of these does Stride link to the ${g.name} and injury?`
	],
	exercise: [
		(g) => `Which exercise strengthens the ${g.name}?`,
		(g) => `Which of these is an exercise for the ${g.name}?`
	]
};

interface Subject {
	name: string;
	is: string;
	does: string;
}

function subjectOf(group: MuscleGroup): Subject {
	return {
		name: group.name.toLowerCase(),
		is: group.plural ? 'are' : 'is',
		does: group.plural ? 'do' : 'does'
	};
}

function findGroup(dataset: Dataset, fact: GroupFact): MuscleGroup {
	const group = dataset.groups.find((g) => g.id === fact.groupId);
	if (!group) throw new Error(`${fact.id}: unknown group ${fact.groupId}`);
	return group;
}

/** Wrong answers for "Which <facet> belongs to <group>?": false of the group, distinct texts. */
export function factDistractorPool(fact: GroupFact, dataset: Dataset): GroupFact[] {
	const seen = new Set([normaliseAnswer(fact.answer)]);
	return dataset.facts.filter(isGroupFact).filter((other) => {
		if (other.facet !== fact.facet || isArguablyTrueOf(other, fact.groupId, dataset)) return false;
		const key = normaliseAnswer(other.answer);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Wrong groups for "Which muscle group <clue>?": groups the fact is not true of. */
export function groupDistractorPool(fact: GroupFact, dataset: Dataset): MuscleGroup[] {
	return dataset.groups.filter((g) => !isArguablyTrueOf(fact, g.id, dataset));
}

function factChoiceQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const group = findGroup(dataset, fact);
	const wrong = sample(rng, factDistractorPool(fact, dataset), OPTION_COUNT - 1).map((f) => f.answer);
	const prompt = pick(rng, FACT_PROMPTS[fact.facet])(subjectOf(group));
	return choice('choose-fact', fact, prompt, fact.answer, wrong, rng);
}

function groupChoiceQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const group = findGroup(dataset, fact);
	const wrong = sample(rng, groupDistractorPool(fact, dataset), OPTION_COUNT - 1).map((g) => g.name);
	return choice('choose-group', fact, `Which muscle group ${fact.clue}?`, group.name, wrong, rng);
}

function adviceQuestion(fact: GeneralFact, rng: Rng): ChoiceQuestion {
	const wrong = sample(rng, fact.wrongAnswers, OPTION_COUNT - 1);
	return choice('choose-advice', fact, fact.prompt, fact.answer, wrong, rng);
}

function choice(
	kind: QuestionKind,
	fact: Fact,
	prompt: string,
	correct: string,
	wrong: string[],
	rng: Rng
): ChoiceQuestion {
	if (wrong.length < OPTION_COUNT - 1) {
		throw new Error(`${fact.id}: only ${wrong.length} safe wrong options for ${kind}`);
	}
	const options = shuffle(rng, [correct, ...wrong]);
	return {
		kind,
		factId: fact.id,
		prompt,
		options,
		correctIndex: options.indexOf(correct),
		correctAnswer: correct,
		explanation: fact.statement
	};
}
