import { GENERATED_FACTS } from './facts.generated';
import { MUSCLE_GROUPS } from './groups';
import { lookupsOf } from './lookups';
import type { Fact } from './model';

export * from './model';
export { firstSentence } from './wording';

/**
 * Every fact Stride teaches, resolved from the truth table ahead of time (`npm run questions`
 * writes facts.generated.ts; a unit test fails when it differs from what claims.ts gives).
 * Pages that only list or look up facts (progress, review, the fact page, backups) import this
 * module rather than the table itself (./index), which only the quiz and the learn pages need:
 * it keeps the table's 9 KB (gzip) off their first visit.
 */
export const FACTS: readonly Fact[] = GENERATED_FACTS;

export const { factById, isCurrentFact, groupById } = lookupsOf(FACTS, MUSCLE_GROUPS);
