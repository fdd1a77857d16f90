import type { Cell, Claim, Dataset, GroupFact, MuscleGroup } from './model';

/**
 * Reading the truth table. Every rule of "is this right?" in the quiz comes from here, and only
 * from the cells: nothing is true because it shares a tag, a word or a heading with something true.
 */

export function isTrueCell(cell: Cell): boolean {
	return cell.truth === 'article' || cell.truth === 'anatomy';
}

/** The groups a claim is true of (article or anatomy), in the article's group order. */
export function groupsTrueOf(claim: Claim, groups: readonly MuscleGroup[]): MuscleGroup[] {
	return groups.filter((g) => isTrueCell(claim.truth[g.id]));
}

/** The groups a coach would call the claim false of: the only groups a wrong option may name. */
export function groupsFalseOf(claim: Claim, groups: readonly MuscleGroup[]): MuscleGroup[] {
	return groups.filter((g) => claim.truth[g.id].truth === 'false');
}

export function hasUnclearCell(claim: Claim): boolean {
	return Object.values(claim.truth).some((cell) => cell.truth === 'unclear');
}

const claimIndex = new WeakMap<Dataset, Map<string, Claim>>();

export function claimById(dataset: Dataset, id: string): Claim {
	let index = claimIndex.get(dataset);
	if (!index) claimIndex.set(dataset, (index = new Map(dataset.claims.map((c) => [c.id, c]))));
	const claim = index.get(id);
	if (!claim) throw new Error(`Unknown claim: ${id}`);
	return claim;
}

export function claimOf(dataset: Dataset, fact: GroupFact): Claim {
	return claimById(dataset, fact.claimId);
}

/** The muscle group a fact is about. */
export function groupOf(dataset: Dataset, fact: GroupFact): MuscleGroup {
	const group = dataset.groups.find((g) => g.id === fact.groupId);
	if (!group) throw new Error(`${fact.id}: unknown group ${fact.groupId}`);
	return group;
}

/**
 * Whether a claim is a near miss for a group: the article says it of one of the group's
 * neighbours (a leg muscle's job for another leg muscle). Only near misses make wrong options.
 */
export function isNearMiss(claim: Claim, group: Pick<MuscleGroup, 'neighbours'>): boolean {
	return group.neighbours.some((id) => claim.truth[id].truth === 'article');
}

/** The part of a claim's truth the article does not give: groups added by anatomy, with why. */
export function anatomyNotes(claim: Claim, groups: readonly MuscleGroup[]): { group: MuscleGroup; why: string }[] {
	return groups.flatMap((group) => {
		const cell = claim.truth[group.id];
		return cell.truth === 'anatomy' ? [{ group, why: cell.why }] : [];
	});
}
