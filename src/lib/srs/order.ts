import type { FactRef } from '../content/model';

/**
 * Today's session order: reviews first, new facts spread evenly among them once reviews have
 * started, so a session never opens with a block of unfamiliar facts.
 */
export function interleave(reviews: readonly string[], newFacts: readonly string[]): string[] {
	if (reviews.length === 0) return [...newFacts];
	const order: string[] = [];
	const gap = reviews.length / (newFacts.length + 1);
	let nextNew = 0;
	reviews.forEach((review, index) => {
		order.push(review);
		while (nextNew < newFacts.length && index + 1 >= gap * (nextNew + 1)) {
			order.push(newFacts[nextNew] as string);
			nextNew++;
		}
	});
	return [...order, ...newFacts.slice(nextNew)];
}

/**
 * The order new facts are met in: one group at a time in turn (and the general advice as one
 * more "group"), each group's facts in dataset order (location, role, function, injury,
 * exercise), so a new learner meets every group early. No two neighbours share group and facet.
 */
export function introductionOrder<F extends FactRef>(facts: readonly F[]): F[] {
	const byGroup = new Map<string, F[]>();
	for (const fact of facts) {
		const list = byGroup.get(fact.groupId) ?? [];
		list.push(fact);
		byGroup.set(fact.groupId, list);
	}
	const lists = [...byGroup.values()];
	const longest = Math.max(0, ...lists.map((list) => list.length));
	const order: F[] = [];
	for (let round = 0; round < longest; round++) {
		for (const list of lists) {
			const fact = list[round];
			if (fact) order.push(fact);
		}
	}
	// Groups with many facts fill the last rounds alone: space those out too.
	const byId = new Map(order.map((fact) => [fact.id, fact]));
	return spaceSiblings(
		order.map((fact) => fact.id),
		factFamily
	).map((id) => byId.get(id)!);
}

/**
 * Reorders a session so that no two neighbours share a family (same group and facet, where one
 * question could give the other away), keeping the priority order as far as possible. Each
 * slot takes the earliest remaining item of another family whose taking still leaves the rest
 * arrangeable; only when no order can avoid it do siblings meet.
 */
export function spaceSiblings(order: readonly string[], familyOf: (id: string) => string): string[] {
	const remaining = order.map((id) => ({ id, family: familyOf(id) }));
	const counts = new Map<string, number>();
	for (const { family } of remaining) counts.set(family, (counts.get(family) ?? 0) + 1);

	// With `left` items to place after an item of family `previous`, an order without
	// neighbouring siblings exists iff no family needs more than every other slot.
	const arrangeable = (left: number, previous: string) =>
		[...counts].every(([family, count]) => count <= (family === previous ? Math.floor(left / 2) : Math.ceil(left / 2)));

	const spaced: string[] = [];
	let previous: string | undefined;
	while (remaining.length > 0) {
		let index = -1;
		let fallback = -1;
		for (let i = 0; i < remaining.length && index === -1; i++) {
			const { family } = remaining[i]!;
			if (family === previous) continue;
			if (fallback === -1) fallback = i;
			counts.set(family, counts.get(family)! - 1);
			if (arrangeable(remaining.length - 1, family)) index = i;
			counts.set(family, counts.get(family)! + 1);
		}
		const [taken] = remaining.splice(index !== -1 ? index : fallback !== -1 ? fallback : 0, 1);
		counts.set(taken!.family, counts.get(taken!.family)! - 1);
		spaced.push(taken!.id);
		previous = taken!.family;
	}
	return spaced;
}

/** The family of a fact id `<group>.<facet>.<slug>`: its group and facet. */
export function factFamily(factId: string): string {
	return factId.split('.').slice(0, 2).join('.');
}
