import { DATASET, FACETS, MUSCLE_GROUP_IDS, type Dataset, type GroupFact } from '../src/lib/content';

/**
 * A synthetic deck of `size` facts over the real eight groups, to show how costs grow with the
 * number of cards. Every fact has its own overlap tag, so no two facts conflict.
 */
export function stressDeck(size: number): Dataset {
	const facts: GroupFact[] = Array.from({ length: size }, (_, i) => {
		const groupId = MUSCLE_GROUP_IDS[i % MUSCLE_GROUP_IDS.length]!;
		const facet = FACETS[Math.floor(i / MUSCLE_GROUP_IDS.length) % FACETS.length]!;
		return {
			id: `${groupId}.${facet}.synthetic-${i}`,
			groupId,
			facet,
			answer: `Synthetic answer ${i}`,
			statement: `Synthetic statement ${i}.`,
			clue: `is described by synthetic clue ${i}`,
			overlaps: [`synthetic-${i}`]
		};
	});
	return { groups: DATASET.groups, facts };
}
