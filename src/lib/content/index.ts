import { GENERAL_FACTS, GROUP_FACTS } from './facts';
import { MUSCLE_GROUPS } from './groups';
import type { Dataset, Fact, MuscleGroup, MuscleGroupId } from './types';

export * from './types';

/** The whole content of Stride: eight muscle groups and every fact the quiz asks about. */
export const DATASET: Dataset = {
	groups: MUSCLE_GROUPS,
	facts: [...GROUP_FACTS, ...GENERAL_FACTS]
};

const factsById = new Map<string, Fact>(DATASET.facts.map((fact) => [fact.id, fact]));
const groupsById = new Map<MuscleGroupId, MuscleGroup>(MUSCLE_GROUPS.map((g) => [g.id, g]));

export function factById(id: string): Fact | undefined {
	return factsById.get(id);
}

export function groupById(id: MuscleGroupId): MuscleGroup {
	const group = groupsById.get(id);
	if (!group) throw new Error(`Unknown muscle group: ${id}`);
	return group;
}
