import { describe, expect, it } from 'vitest';
import { FACTS as CATALOGUE_FACTS, factById as catalogueFactById } from '$lib/content/catalogue';
import { FACT_REFS, isCurrentFact } from '$lib/content/fact-index';
import { DATASET, FACTS, factById, isCurrentFact as datasetHasFact } from '$lib/content';

/**
 * Three views of the same facts load on different pages: the dataset resolves them from the
 * truth table (the quiz, the learn pages), the catalogue holds them resolved ahead of time
 * (pages that show their text), and the fact index holds only ids (Today, scheduling). They
 * must never disagree: a fact Today plans must be the fact the quiz asks and progress names.
 */
describe('the fact index, the catalogue and the dataset', () => {
	it('resolve the same facts, in the same order', () => {
		expect(FACTS).toEqual(CATALOGUE_FACTS);
		expect(DATASET.facts).toBe(FACTS);
	});

	it("index every fact by id with the group and facet the fact's own record gives", () => {
		expect(FACT_REFS).toEqual(CATALOGUE_FACTS.map(({ id, groupId, facet }) => ({ id, groupId, facet })));
	});

	it('agree on which ids are current, and look each one up to the same fact', () => {
		for (const fact of CATALOGUE_FACTS) {
			expect(isCurrentFact(fact.id)).toBe(true);
			expect(datasetHasFact(fact.id)).toBe(true);
			expect(factById(fact.id)).toEqual(catalogueFactById(fact.id));
		}
		for (const id of ['quadriceps.location', 'quadriceps.location.front-of-thigh.x', '', 'general.advice.unknown']) {
			expect(isCurrentFact(id)).toBe(false);
			expect(datasetHasFact(id)).toBe(false);
		}
	});
});
