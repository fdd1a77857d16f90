import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATASET, type Fact } from '$lib/content';
import { factFamily, interleave, introductionOrder, spaceSiblings } from '$lib/srs';

const ids = DATASET.facts.map((f) => f.id);

describe('interleave', () => {
	it('returns the new facts alone when there are no reviews', () => {
		expect(interleave([], ['n1', 'n2'])).toEqual(['n1', 'n2']);
		expect(interleave([], [])).toEqual([]);
	});

	it('returns the reviews alone when there are no new facts', () => {
		expect(interleave(['r1', 'r2'], [])).toEqual(['r1', 'r2']);
	});

	it('starts with a review and spreads new facts among the reviews', () => {
		expect(interleave(['r1', 'r2', 'r3', 'r4'], ['n1'])).toEqual(['r1', 'r2', 'n1', 'r3', 'r4']);
		expect(interleave(['r1', 'r2', 'r3'], ['n1', 'n2', 'n3'])).toEqual(['r1', 'n1', 'r2', 'n2', 'r3', 'n3']);
	});

	it('puts new facts beyond the reviews at the end, after the last review', () => {
		expect(interleave(['r1'], ['n1', 'n2', 'n3'])).toEqual(['r1', 'n1', 'n2', 'n3']);
	});

	const reviews = fc.uniqueArray(
		fc.nat(500).map((n) => `r${n}`),
		{ maxLength: 60 }
	);
	const newFacts = fc.uniqueArray(
		fc.nat(500).map((n) => `n${n}`),
		{ maxLength: 60 }
	);

	it('keeps every item exactly once, reviews and new facts each in their own order', () => {
		fc.assert(
			fc.property(reviews, newFacts, (r, n) => {
				const order = interleave(r, n);
				expect([...order].sort()).toEqual([...r, ...n].sort());
				expect(order.filter((id) => id.startsWith('r'))).toEqual(r);
				expect(order.filter((id) => id.startsWith('n'))).toEqual(n);
			}),
			{ numRuns: 500 }
		);
	});

	it('opens with a review whenever there is one', () => {
		fc.assert(
			fc.property(reviews, newFacts, (r, n) => {
				fc.pre(r.length > 0);
				expect(interleave(r, n)[0]).toBe(r[0]);
			}),
			{ numRuns: 500 }
		);
	});

	it('never puts two new facts next to each other when reviews are at least as many', () => {
		fc.assert(
			fc.property(reviews, newFacts, (r, n) => {
				fc.pre(r.length >= n.length);
				const order = interleave(r, n);
				for (let i = 1; i < order.length; i++) {
					expect(order[i - 1]!.startsWith('n') && order[i]!.startsWith('n'), order.join(' ')).toBe(false);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('never puts two new facts next to each other for every review/new count up to 100', () => {
		for (let r = 1; r <= 100; r++) {
			for (let n = 0; n <= r; n++) {
				const order = interleave(
					Array.from({ length: r }, (_, i) => `r${i}`),
					Array.from({ length: n }, (_, i) => `n${i}`)
				);
				const adjacent = order.some((id, i) => i > 0 && id.startsWith('n') && order[i - 1]!.startsWith('n'));
				expect(adjacent, `${r} reviews, ${n} new: ${order.join(' ')}`).toBe(false);
			}
		}
	});
});

describe('introductionOrder', () => {
	const order = introductionOrder(DATASET.facts);

	it('contains every fact of the dataset exactly once', () => {
		expect(order).toHaveLength(DATASET.facts.length);
		expect(new Set(order.map((f) => f.id))).toEqual(new Set(ids));
	});

	it('never puts two facts of the same group and facet next to each other', () => {
		const siblings = order
			.map((fact, i) => [order[i - 1], fact] as const)
			.filter(([a, b]) => a && a.groupId === b.groupId && a.facet === b.facet)
			.map(([a, b]) => `${a!.id} → ${b.id}`);
		expect(siblings).toEqual([]);
	});

	it('starts with one fact of each group before a second fact of any group', () => {
		const groupsAndGeneral = new Set(DATASET.facts.map((f) => f.groupId));
		const opening = order.slice(0, groupsAndGeneral.size).map((f) => f.groupId);
		expect(new Set(opening).size).toBe(groupsAndGeneral.size);
	});

	// Spacing may move a group's later facets between each other, never facts within a facet.
	it('keeps the facts of each group and facet in dataset order', () => {
		for (const family of new Set(ids.map(factFamily))) {
			const inDataset = DATASET.facts.filter((f) => factFamily(f.id) === family).map((f) => f.id);
			const inOrder = order.filter((f) => factFamily(f.id) === family).map((f) => f.id);
			expect(inOrder, family).toEqual(inDataset);
		}
	});

	it('is a permutation of any subset of facts, keeping each group and facet in order', () => {
		fc.assert(
			fc.property(fc.subarray([...DATASET.facts]), (subset: Fact[]) => {
				const result = introductionOrder(subset);
				expect(result).toHaveLength(subset.length);
				expect(new Set(result)).toEqual(new Set(subset));
				for (const family of new Set(subset.map((f) => factFamily(f.id)))) {
					const inFamily = (f: Fact) => factFamily(f.id) === family;
					expect(result.filter(inFamily)).toEqual(subset.filter(inFamily));
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('puts no facts of one group and facet together whenever the groups are the same size', () => {
		// With every group the same length, round-robin never leaves one group on its own.
		const perGroup = 3;
		const byGroup = new Map<string, Fact[]>();
		for (const fact of DATASET.facts) byGroup.set(fact.groupId, [...(byGroup.get(fact.groupId) ?? []), fact]);
		const even = [...byGroup.values()].flatMap((facts) => facts.slice(-perGroup));
		const result = introductionOrder(even);
		for (let i = 1; i < result.length; i++) {
			const [a, b] = [result[i - 1]!, result[i]!];
			expect(a.groupId === b.groupId && a.facet === b.facet, `${a.id} → ${b.id}`).toBe(false);
		}
	});
});

describe('spaceSiblings', () => {
	/** Ids `<group>.<facet>.<n>` from a small alphabet, so families repeat often. */
	const itemIds = fc
		.array(fc.tuple(fc.constantFrom('glutes', 'calves', 'core'), fc.constantFrom('exercise', 'injury')), {
			maxLength: 12
		})
		.map((pairs) => pairs.map(([group, facet], i) => `${group}.${facet}.${i}`));

	function siblingPairs(order: readonly string[]): string[] {
		return order.flatMap((id, i) =>
			i > 0 && factFamily(id) === factFamily(order[i - 1]!) ? [`${order[i - 1]} → ${id}`] : []
		);
	}

	/** Whether some order of `ids` has no two neighbours of one family. */
	function canBeSpaced(ids: readonly string[]): boolean {
		const counts = new Map<string, number>();
		for (const id of ids) counts.set(factFamily(id), (counts.get(factFamily(id)) ?? 0) + 1);
		return Math.max(0, ...counts.values()) <= Math.ceil(ids.length / 2);
	}

	it('names a fact’s family by its group and facet', () => {
		expect(factFamily('calves.exercise.calf-raise')).toBe('calves.exercise');
		expect(factFamily('general.advice.warm-up-before')).toBe('general.advice');
	});

	it('separates two siblings with the next item of another family', () => {
		expect(spaceSiblings(['calves.exercise.1', 'calves.exercise.2', 'core.injury.3'], factFamily)).toEqual([
			'calves.exercise.1',
			'core.injury.3',
			'calves.exercise.2'
		]);
	});

	it('keeps every item exactly once', () => {
		fc.assert(
			fc.property(itemIds, (ids) => {
				expect([...spaceSiblings(ids, factFamily)].sort()).toEqual([...ids].sort());
			}),
			{ numRuns: 500 }
		);
	});

	it('leaves an order with no siblings side by side unchanged', () => {
		fc.assert(
			fc.property(itemIds, (ids) => {
				fc.pre(siblingPairs(ids).length === 0);
				expect(spaceSiblings(ids, factFamily)).toEqual(ids);
			}),
			{ numRuns: 500 }
		);
	});

	it('never leaves two siblings side by side when some order avoids it', () => {
		fc.assert(
			fc.property(itemIds, (ids) => {
				fc.pre(canBeSpaced(ids));
				expect(siblingPairs(spaceSiblings(ids, factFamily)), ids.join(' ')).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});
});
