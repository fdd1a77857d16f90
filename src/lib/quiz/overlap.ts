import type { Dataset, GroupFact, MuscleGroupId } from '../content';
import { isGroupFact } from '../content';

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
	if (fact.groupId === groupId || fact.notWrongFor?.includes(groupId)) return true;
	return groupFacts(dataset, groupId).some((own) => factsOverlap(own, fact));
}
