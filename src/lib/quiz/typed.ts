import type { Dataset, GroupFact, MuscleGroup } from '../content';
import { isGroupFact } from '../content';
import { groupsTrueOf, isArguablyTrueOf } from './overlap';
import { groupOf, subjectOf } from './phrasing';
import type { TypedQuestion } from './types';

/**
 * Typed recall. "Name the muscle group that …" is only asked when at most two groups are a
 * right answer: a clue that fits half the body tests nothing.
 */
const MAX_GROUPS_FOR_TYPED = 2;

function namesOf(groups: readonly MuscleGroup[]): string[] {
	return groups.flatMap((g) => [g.name, ...g.aliases]);
}

export function canAskTypedGroup(fact: GroupFact, dataset: Dataset): boolean {
	return groupsTrueOf(fact, dataset).length <= MAX_GROUPS_FOR_TYPED;
}

export function typedGroupQuestion(fact: GroupFact, dataset: Dataset): TypedQuestion {
	const trueIds = groupsTrueOf(fact, dataset);
	const own = groupOf(dataset, fact);
	const right = [own, ...dataset.groups.filter((g) => g.id !== own.id && trueIds.includes(g.id))];
	const wrong = dataset.groups.filter((g) => !trueIds.includes(g.id));
	return {
		format: 'typed',
		kind: 'typed-group',
		factId: fact.id,
		prompt: `Name the muscle group that ${fact.clue}.`,
		answers: right.map((g) => g.name),
		accepted: namesOf(right),
		rejected: namesOf(wrong),
		explanation: fact.statement
	};
}

export function typedExerciseQuestion(fact: GroupFact, dataset: Dataset): TypedQuestion {
	const exercises = dataset.facts.filter(isGroupFact).filter((f) => f.facet === 'exercise');
	const own = exercises.filter((f) => f.groupId === fact.groupId && f.id !== fact.id);
	const right = exercises.filter((f) => isArguablyTrueOf(f, fact.groupId, dataset));
	const wrong = exercises.filter((f) => !right.includes(f));
	return {
		format: 'typed',
		kind: 'typed-exercise',
		factId: fact.id,
		prompt: `Name one exercise for the ${subjectOf(groupOf(dataset, fact)).name}.`,
		answers: unique([fact.answer, ...own.map((f) => f.answer)]),
		accepted: unique(right.map((f) => f.answer)),
		rejected: unique(wrong.map((f) => f.answer)),
		explanation: fact.statement
	};
}

function unique(texts: string[]): string[] {
	return [...new Set(texts)];
}
