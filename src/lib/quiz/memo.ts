import type { Dataset, Fact } from '../content';

/**
 * Caches a computation for each dataset, keyed by `keyOf` of its argument. The dataset is
 * immutable data, so a result never goes stale; a new dataset object (a test's variant) gets
 * its own cache.
 */
function memoBy<A, R>(keyOf: (arg: A) => string, compute: (arg: A, dataset: Dataset) => R) {
	const caches = new WeakMap<Dataset, Map<string, R>>();
	return (arg: A, dataset: Dataset): R => {
		let cache = caches.get(dataset);
		if (!cache) caches.set(dataset, (cache = new Map()));
		const key = keyOf(arg);
		if (!cache.has(key)) cache.set(key, compute(arg, dataset));
		return cache.get(key) as R;
	};
}

/** Caches a per-fact computation, by fact id. */
export function memoPerFact<F extends Fact, R>(compute: (fact: F, dataset: Dataset) => R) {
	return memoBy((fact: F) => fact.id, compute);
}

/** Caches a computation by a string key (a group and shape, a claim id). */
export function memoPerKey<R>(compute: (key: string, dataset: Dataset) => R) {
	return memoBy((key: string) => key, compute);
}
