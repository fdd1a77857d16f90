import type { Dataset, Fact } from '../content';

/**
 * Caches a per-fact computation for each dataset. The dataset is immutable data, so a result
 * never goes stale; a new dataset object (a test's variant) gets its own cache.
 */
export function memoPerFact<F extends Fact, R>(compute: (fact: F, dataset: Dataset) => R) {
	const caches = new WeakMap<Dataset, Map<string, R>>();
	return (fact: F, dataset: Dataset): R => {
		let cache = caches.get(dataset);
		if (!cache) caches.set(dataset, (cache = new Map()));
		if (!cache.has(fact.id)) cache.set(fact.id, compute(fact, dataset));
		return cache.get(fact.id) as R;
	};
}
