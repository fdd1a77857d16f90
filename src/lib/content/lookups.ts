import type { Fact, MuscleGroup, MuscleGroupId } from './model';

/**
 * Look-ups over a list of facts and groups. The catalogue (texts resolved ahead of time) and
 * the dataset (resolved from the truth table) each build theirs, so a page loads only one.
 */
export function lookupsOf(facts: readonly Fact[], groups: readonly MuscleGroup[]) {
	const factsById = new Map<string, Fact>(facts.map((fact) => [fact.id, fact]));
	const groupsById = new Map<MuscleGroupId, MuscleGroup>(groups.map((group) => [group.id, group]));
	return {
		factById(id: string): Fact | undefined {
			return factsById.get(id);
		},
		/**
		 * Whether the dataset still teaches `id`. Answers to facts a content update removed or
		 * renamed are archived: kept in the log and in backups, never asked or counted as mastery.
		 */
		isCurrentFact(id: string): boolean {
			return factsById.has(id);
		},
		groupById(id: MuscleGroupId): MuscleGroup {
			const group = groupsById.get(id);
			if (!group) throw new Error(`Unknown muscle group: ${id}`);
			return group;
		}
	};
}
