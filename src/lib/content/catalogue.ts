import { GENERATED_FACTS } from './facts.generated';
import { MUSCLE_GROUPS } from './groups';
import type { Fact, MuscleGroup, MuscleGroupId } from './model';

export * from './model';
export { firstSentence } from './wording';
export { MUSCLE_GROUPS };

/**
 * Every fact Stride teaches, resolved from the truth table ahead of time (`npm run questions`
 * writes facts.generated.ts; a unit test fails when it differs from what claims.ts gives).
 * Pages that only list or look up facts (progress, review, the fact page, backups) import this
 * module rather than the table itself (./index), which only the quiz and the learn pages need:
 * it keeps the table's 9 KB (gzip) off their first visit.
 */
export const FACTS: readonly Fact[] = GENERATED_FACTS;

const factsById = new Map<string, Fact>(FACTS.map((fact) => [fact.id, fact]));
const groupsById = new Map<MuscleGroupId, MuscleGroup>(MUSCLE_GROUPS.map((g) => [g.id, g]));

export function factById(id: string): Fact | undefined {
	return factsById.get(id);
}

/**
 * Whether the dataset still teaches `id`. Answers to facts a content update removed or renamed
 * are archived: kept in the log and in backups, never asked or counted as mastery.
 */
export function isCurrentFact(id: string): boolean {
	return factsById.has(id);
}

export function groupById(id: MuscleGroupId): MuscleGroup {
	const group = groupsById.get(id);
	if (!group) throw new Error(`Unknown muscle group: ${id}`);
	return group;
}
