import type { Claim, Dataset, GroupFact, MuscleGroup, Truth } from '../content';
import { claimOf, groupOf, groupsTrueOf, hasUnclearCell } from '../content/truth';
import { explainFact } from './feedback-text';
import { subjectOf, TYPED_EXERCISE_PROMPT } from './phrasing';
import { mentions, namesGroup, optionFor } from './pools';
import type { TypedQuestion } from './question';

/**
 * Typed recall. A typed answer is right exactly when the truth table says so: every group (or
 * exercise) the claim is true of is accepted, by any name runners use for it; every one it is
 * false of is rejected however close the typing. An `unclear` cell must never make a defensible
 * answer wrong: "Name the muscle group …" is not asked of a claim with one, and an exercise whose
 * cell is unclear counts as right with a note that it is arguable.
 */

/** "Name the muscle group that …" is only asked when at most two groups are right. */
const MAX_GROUPS_FOR_TYPED = 2;

/**
 * The names a learner may type for groups. A group's part names ("buttocks", "arms") count
 * only when the prompt uses none of them: "the muscle group in your buttocks" is not "bum".
 */
function namesOf(groups: readonly MuscleGroup[], prompt: string): string[] {
	const echoes = (g: MuscleGroup) => g.partNames.some((part) => mentions(prompt, part));
	return groups.flatMap((g) => [g.name, ...g.aliases, ...(echoes(g) ? [] : g.partNames)]);
}

export function canAskTypedGroup(fact: GroupFact, dataset: Dataset): boolean {
	const claim = claimOf(dataset, fact);
	if (!claim.nameGroup || hasUnclearCell(claim)) return false;
	const right = groupsTrueOf(claim, dataset.groups);
	return (
		right.length > 0 && right.length <= MAX_GROUPS_FOR_TYPED && !right.some((g) => namesGroup(claim.nameGroup!, g))
	);
}

export function typedGroupQuestion(fact: GroupFact, dataset: Dataset): TypedQuestion {
	const claim = claimOf(dataset, fact);
	const own = groupOf(dataset, fact);
	const right = groupsTrueOf(claim, dataset.groups).sort((a, b) => Number(b.id === own.id) - Number(a.id === own.id));
	const wrong = dataset.groups.filter((g) => !right.includes(g));
	return {
		format: 'typed',
		kind: 'typed-group',
		factId: fact.id,
		prompt: claim.nameGroup!,
		answers: right.map((g) => g.name),
		accepted: namesOf(right, claim.nameGroup!),
		rejected: namesOf(wrong, claim.nameGroup!),
		explanation: explainFact(fact, claim, dataset)
	};
}

/** Exercise claims whose cell for `group` is one of `truths`. */
function exerciseClaims(dataset: Dataset, group: MuscleGroup, ...truths: Truth[]): Claim[] {
	return dataset.claims.filter((c) => c.shape === 'exercise' && truths.includes(c.truth[group.id].truth));
}

function formsOf(claims: readonly Claim[], group: MuscleGroup): string[] {
	return [...new Set(claims.flatMap((c) => [optionFor(c, group), ...(c.synonyms ?? [])]))];
}

export function canAskTypedExercise(fact: GroupFact, dataset: Dataset): boolean {
	return claimOf(dataset, fact).shape === 'exercise' && !fact.correction;
}

export function typedExerciseQuestion(fact: GroupFact, dataset: Dataset): TypedQuestion {
	const claim = claimOf(dataset, fact);
	const group = groupOf(dataset, fact);
	const options = (claims: Claim[]) => claims.map((c) => optionFor(c, group));
	const byArticle = options(exerciseClaims(dataset, group, 'article'));
	return {
		format: 'typed',
		kind: 'typed-exercise',
		factId: fact.id,
		prompt: TYPED_EXERCISE_PROMPT(subjectOf(group)),
		answers: [...new Set([fact.answer, ...byArticle])],
		accepted: formsOf(exerciseClaims(dataset, group, 'article', 'anatomy'), group),
		arguable: formsOf(exerciseClaims(dataset, group, 'unclear'), group),
		rejected: formsOf(exerciseClaims(dataset, group, 'false'), group),
		explanation: explainFact(fact, claim, dataset)
	};
}
