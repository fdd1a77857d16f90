import {
	DATASET,
	FACETS,
	MUSCLE_GROUP_IDS,
	factsOfClaims,
	type Cell,
	type Claim,
	type Dataset,
	type MuscleGroupId,
	type Shape
} from '../src/lib/content';

const SHAPE_OF_FACET = {
	location: 'place',
	function: 'job',
	injury: 'condition',
	exercise: 'exercise'
} as const satisfies Record<(typeof FACETS)[number], Shape>;

/**
 * A synthetic deck of `size` facts over the real eight groups, to show how costs grow with the
 * number of cards. Every fact is its own claim, the article's for its group and false of the
 * other seven, so every one is a near miss for its group's neighbours.
 */
export function stressDeck(size: number): Dataset {
	const claims: Claim[] = Array.from({ length: size }, (_, i) => {
		const groupId = MUSCLE_GROUP_IDS[i % MUSCLE_GROUP_IDS.length]!;
		const facet = FACETS[Math.floor(i / MUSCLE_GROUP_IDS.length) % FACETS.length]!;
		const truth = Object.fromEntries(
			MUSCLE_GROUP_IDS.map((id): [MuscleGroupId, Cell] => [
				id,
				id === groupId ? { truth: 'article', fact: `synthetic-${i}` } : { truth: 'false' }
			])
		) as Record<MuscleGroupId, Cell>;
		return {
			id: `${facet}.synthetic-${i}`,
			facet,
			shape: SHAPE_OF_FACET[facet],
			option: `Synthetic answer ${i}`,
			says: `Synthetic claim ${i} holds for {group}.`,
			whichGroup: `Which muscle group does synthetic claim ${i} describe?`,
			nameGroup: `Name the muscle group synthetic claim ${i} describes.`,
			truth
		};
	});
	return { groups: DATASET.groups, claims, facts: factsOfClaims(claims, DATASET.groups) };
}
