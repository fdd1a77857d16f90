import { CLAIMS } from './claims';
import { GENERAL_FACTS } from './facts';
import { MUSCLE_GROUPS } from './groups';
import { lookupsOf } from './lookups';
import { FACETS, MUSCLE_GROUP_IDS } from './model';
import type { Claim, Dataset, Fact, GroupFact, MuscleGroup } from './model';
import { render } from './wording';

export * from './model';
export { firstSentence, needsGroup, render } from './wording';

/**
 * The facts the truth table teaches: one per `article` cell, and one per corrected cell (which
 * teaches the correction). In the article's group order, then facet, then claim order.
 */
export function factsOfClaims(claims: readonly Claim[], groups: readonly MuscleGroup[]): GroupFact[] {
	const facts: GroupFact[] = [];
	for (const claim of claims) {
		for (const group of groups) {
			const cell = claim.truth[group.id];
			const slug = cell.truth === 'article' ? cell.fact : cell.truth === 'false' ? cell.correction?.fact : undefined;
			if (!slug) continue;
			const correction = cell.truth === 'false' ? cell.correction : undefined;
			facts.push({
				id: `${group.id}.${claim.facet}.${slug}`,
				groupId: group.id,
				facet: claim.facet,
				claimId: claim.id,
				answer: render(claim.option, group),
				statement:
					correction?.right ?? ((cell.truth === 'article' ? cell.statement : undefined) || render(claim.says, group)),
				...(correction ? { correction } : {})
			});
		}
	}
	const claimOrder = new Map(claims.map((c, i) => [c.id, i]));
	const rank = (fact: GroupFact) => [
		MUSCLE_GROUP_IDS.indexOf(fact.groupId),
		FACETS.indexOf(fact.facet),
		claimOrder.get(fact.claimId)!
	];
	return facts.sort((a, b) => {
		const [x, y] = [rank(a), rank(b)];
		return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
	});
}

/**
 * Every fact Stride teaches, resolved here from the table the quiz loads anyway: the catalogue
 * (./catalogue) holds the same facts ahead of time for the pages without the table, and would
 * be its texts a second time on the quiz (6 KB gzip). A unit test holds the two equal.
 */
export const FACTS: readonly Fact[] = [...factsOfClaims(CLAIMS, MUSCLE_GROUPS), ...GENERAL_FACTS];

export const { factById, isCurrentFact, groupById } = lookupsOf(FACTS, MUSCLE_GROUPS);

/**
 * The whole content of Stride: eight muscle groups, the truth table, and every fact it teaches.
 * The quiz and the learn pages import this; pages that only look facts up use ./catalogue.
 */
export const DATASET: Dataset = {
	groups: MUSCLE_GROUPS,
	claims: CLAIMS,
	facts: FACTS
};
