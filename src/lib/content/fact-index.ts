import { FACT_IDS } from './fact-ids.generated';
import type { Facet, FactRef, MuscleGroupId } from './model';

/**
 * Every fact's id, group and facet, without its text: what Today's plan, scheduling and
 * mastery need. A fact's id is `<group>.<facet>.<slug>` (a unit test holds every id to it and
 * the whole index equal to the catalogue's facts), so only the ids are shipped (1 KB gzip,
 * against the catalogue's 6 KB).
 */
export const FACT_REFS: readonly FactRef[] = FACT_IDS.map((id) => {
	const [groupId, facet] = id.split('.') as [MuscleGroupId | 'general', Facet | 'advice'];
	return { id, groupId, facet } as FactRef;
});

const current = new Set(FACT_IDS);

/**
 * Whether the dataset still teaches `id`. Answers to facts a content update removed or renamed
 * are archived: kept in the log and in backups, never asked or counted as mastery.
 */
export function isCurrentFact(id: string): boolean {
	return current.has(id);
}
