import type { Fact } from '../content';
import { recallProbability } from './scheduler';
import type { CardState } from './types';

export interface DailyLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export const DEFAULT_DAILY_LIMITS: DailyLimits = { newPerDay: 10, reviewsPerDay: 100 };

export interface TodayInput {
	/** Facts in the order they should be introduced (see introductionOrder). */
	facts: readonly Fact[];
	cards: ReadonlyMap<string, CardState>;
	now: number;
	limits: DailyLimits;
	/** Answers already given today to facts that were new / were reviews. */
	newDoneToday: number;
	reviewsDoneToday: number;
}

export interface TodayPlan {
	/** Due reviews to take today, weakest (lowest recall now) first, within the daily limit. */
	reviews: string[];
	/** New facts to introduce today, within the daily limit. */
	newFacts: string[];
	/** All reviews due now, including those beyond today's limit. */
	dueCount: number;
	/** Facts never studied yet. */
	unseenCount: number;
}

export function isDue(card: CardState, now: number): boolean {
	return card.phase !== 'new' && card.due <= now;
}

export function planToday(input: TodayInput): TodayPlan {
	const { facts, cards, now, limits } = input;
	const due = [...cards.values()]
		.filter((card) => isDue(card, now))
		.map((card) => ({ factId: card.factId, recall: recallProbability(card, now) }))
		.sort((a, b) => a.recall - b.recall || a.factId.localeCompare(b.factId));
	const reviewRoom = Math.max(0, limits.reviewsPerDay - input.reviewsDoneToday);
	const unseen = facts.filter((fact) => (cards.get(fact.id)?.phase ?? 'new') === 'new');
	const newRoom = Math.max(0, limits.newPerDay - input.newDoneToday);
	return {
		reviews: due.slice(0, reviewRoom).map((d) => d.factId),
		newFacts: unseen.slice(0, newRoom).map((fact) => fact.id),
		dueCount: due.length,
		unseenCount: unseen.length
	};
}

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
 * exercise). Neighbours are then never two facts of one group and facet.
 */
export function introductionOrder(facts: readonly Fact[]): Fact[] {
	const byGroup = new Map<string, Fact[]>();
	for (const fact of facts) {
		const list = byGroup.get(fact.groupId) ?? [];
		list.push(fact);
		byGroup.set(fact.groupId, list);
	}
	const lists = [...byGroup.values()];
	const longest = Math.max(0, ...lists.map((list) => list.length));
	const order: Fact[] = [];
	for (let round = 0; round < longest; round++) {
		for (const list of lists) {
			const fact = list[round];
			if (fact) order.push(fact);
		}
	}
	return order;
}
