import type { Claim, Dataset, GroupFact, MuscleGroup, MuscleGroupId, Shape } from '../content';
import { isGroupFact, render } from '../content';
import { claimById, claimOf, groupsFalseOf, groupsTrueOf, isNearMiss } from '../content/truth';
import { memoPerKey } from './memo';
import { answerWords } from './typed-answer';

/**
 * What a question may offer, read from the truth table. A wrong option is a claim whose cell
 * for the asked group is `false` (never `unclear`), of the answer's shape, that does not name the
 * group, and that the article makes of one of the group's neighbours: a near miss, not an absurdity.
 */
/** Wrong options a question needs at the least (a three-option question) and at most. */
export const MIN_WRONG = 2;
const BODY_WIDE_SHAPES: readonly Shape[] = ['category', 'risk'];
export const MAX_WRONG = 3;

function groupIn(dataset: Dataset, id: MuscleGroupId): MuscleGroup {
	const group = dataset.groups.find((g) => g.id === id);
	if (!group) throw new Error(`Unknown group ${id}`);
	return group;
}

/** Whether `text` holds `phrase` as whole words, ignoring case, punctuation and plurals. */
export function mentions(text: string, phrase: string): boolean {
	return ` ${answerWords(text).join(' ')} `.includes(` ${answerWords(phrase).join(' ')} `);
}

/**
 * Whether a text names the group, by its name or one of its aliases ("Calf raises" names the
 * calves, "Glute bridges" the glutes). Words for a group's parts ("buttocks", "arms") do not
 * name it: knowing them is part of what is asked.
 */
export function namesGroup(text: string, group: Pick<MuscleGroup, 'name' | 'aliases'>): boolean {
	return [group.name, ...group.aliases].some((name) => mentions(text, name));
}

/** A claim's option as it reads for a group ("{They} …" → "It …" for the core). */
export function optionFor(claim: Claim, group: MuscleGroup): string {
	return render(claim.option, group);
}

/** Whether the claim's option, said of this group, gives the group away. */
export function optionNamesGroup(claim: Claim, group: MuscleGroup): boolean {
	return namesGroup(optionFor(claim, group), group);
}

const wrongClaimsMemo = memoPerKey((key, dataset): Claim[] => {
	const [groupId, shape] = key.split('|') as [MuscleGroupId, Shape];
	const group = groupIn(dataset, groupId);
	const candidates = dataset.claims.filter(
		(c) => c.shape === shape && c.truth[groupId].truth === 'false' && !optionNamesGroup(c, group)
	);
	// The article's two categories, and sentences about injury, are not about one part of the
	// body: any of them stated by the article of some group is a near miss for another.
	const nearMiss = (c: Claim) =>
		BODY_WIDE_SHAPES.includes(shape)
			? dataset.groups.some((g) => c.truth[g.id].truth === 'article')
			: isNearMiss(c, group);
	return candidates.filter(nearMiss);
});

/** Claims of `shape` that are false of the group and plausible for it: its wrong options. */
export function wrongClaimsFor(dataset: Dataset, group: MuscleGroup, shape: Shape): Claim[] {
	return wrongClaimsMemo(`${group.id}|${shape}`, dataset);
}

/** The group's own facts of a shape that the article states and whose option doesn't name it. */
export function articleFactsOfShape(dataset: Dataset, group: MuscleGroup, shape: Shape): GroupFact[] {
	return dataset.facts
		.filter(isGroupFact)
		.filter((f) => f.groupId === group.id && !f.correction)
		.filter((f) => {
			const claim = claimOf(dataset, f);
			return claim.shape === shape && !optionNamesGroup(claim, group);
		});
}

/**
 * The groups a "Which muscle group …?" question about `claim` may offer as wrong: false of it,
 * not named by the question, and neighbours of a group it is true of (leg muscles for a leg
 * muscle's claim).
 */
const wrongGroupsMemo = memoPerKey((claimId, dataset): MuscleGroup[] => {
	const claim = claimById(dataset, claimId);
	const prompt = claim.whichGroup ?? claim.nameGroup ?? '';
	const near = new Set(groupsTrueOf(claim, dataset.groups).flatMap((g) => g.neighbours));
	return groupsFalseOf(claim, dataset.groups).filter((g) => near.has(g.id) && !namesGroup(prompt, g));
});

export function wrongGroupsFor(dataset: Dataset, claim: Claim): MuscleGroup[] {
	return wrongGroupsMemo(claim.id, dataset);
}
