import type { Dataset, GroupFact, MuscleGroupId } from '../content';
import { isGroupFact } from '../content';
import { answerWords } from './typed-answer';

/**
 * The rules that keep every question to one defensible answer. A wrong option must be false
 * for the group asked about, and "false" means more than "filed under another group": squats
 * are filed under both quadriceps and glutes, and knee trouble under glutes and hip flexors.
 */

export function normaliseAnswer(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Two facts of one facet that could be judged the same claim (shared tag or same wording). */
export function factsOverlap(a: GroupFact, b: GroupFact): boolean {
	if (a.facet !== b.facet) return false;
	if (normaliseAnswer(a.answer) === normaliseAnswer(b.answer)) return true;
	return a.overlaps.some((tag) => b.overlaps.includes(tag));
}

export function groupFacts(dataset: Dataset, groupId: MuscleGroupId): GroupFact[] {
	return dataset.facts.filter(isGroupFact).filter((f) => f.groupId === groupId);
}

/** Whether `fact` is (or could defensibly be called) true of `groupId`. */
export function isArguablyTrueOf(fact: GroupFact, groupId: MuscleGroupId, dataset: Dataset): boolean {
	if (fact.groupId === groupId || fact.alsoTrueOf?.includes(groupId)) return true;
	return groupFacts(dataset, groupId).some((own) => factsOverlap(own, fact));
}

/**
 * Whether `fact` may stand as a wrong option against `groupId` (or `groupId` as a wrong group
 * for `fact`): it must be false of the group, and must not name it.
 */
export function isSafelyFalseOf(fact: GroupFact, groupId: MuscleGroupId, dataset: Dataset): boolean {
	return !fact.mentions?.includes(groupId) && !isArguablyTrueOf(fact, groupId, dataset);
}

/** The groups a typed "Name the muscle group that …" answer may name. */
export function groupsTrueOf(fact: GroupFact, dataset: Dataset): MuscleGroupId[] {
	return dataset.groups.map((g) => g.id).filter((id) => isArguablyTrueOf(fact, id, dataset));
}

/**
 * Whether the fact's clue names its own group ("is strengthened by glute bridges"), which
 * would make "Which muscle group …?" answer itself.
 */
export function clueNamesItsGroup(fact: GroupFact, dataset: Dataset): boolean {
	const group = dataset.groups.find((g) => g.id === fact.groupId);
	if (!group) return false;
	const clue = ` ${answerWords(fact.clue).join(' ')} `;
	return [group.name, ...group.aliases].some((name) => clue.includes(` ${answerWords(name).join(' ')} `));
}
