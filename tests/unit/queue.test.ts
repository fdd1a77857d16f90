import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATASET, type Fact } from '$lib/content';
import {
	DEFAULT_DAILY_LIMITS,
	factFamily,
	interleave,
	introductionOrder,
	isDue,
	planToday,
	recallProbability,
	spaceSiblings,
	studyDay,
	type CardState,
	type DailyLimits,
	type TodayInput
} from '$lib/srs';

const now = Date.UTC(2026, 0, 10, 9);
const UTC_4AM = { timeZone: 'UTC', dayStartHour: 4 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A review card last answered `daysAgo` days ago with the given stability: the lower the
 * stability for the time passed, the lower its recall now.
 */
function reviewCard(
	factId: string,
	{ stability, daysAgo, dueIn = -HOUR }: { stability: number; daysAgo: number; dueIn?: number }
): CardState {
	return {
		factId,
		phase: 'review',
		due: now + dueIn,
		stability,
		difficulty: 5,
		scheduledDays: Math.max(1, Math.round(daysAgo)),
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		misses: 0,
		lastReview: now - daysAgo * DAY
	};
}

function plan(partial: Partial<Omit<TodayInput, 'cards'>> & { cards: CardState[] }) {
	return planToday({
		facts: DATASET.facts,
		now,
		day: UTC_4AM,
		limits: DEFAULT_DAILY_LIMITS,
		newDoneToday: 0,
		reviewsDoneToday: 0,
		...partial,
		cards: new Map(partial.cards.map((card) => [card.factId, card]))
	});
}

const ids = DATASET.facts.map((f) => f.id);

describe('planToday', () => {
	it('plans the first ten facts, in the given order, for a learner with no cards', () => {
		expect(DEFAULT_DAILY_LIMITS.newPerDay).toBe(10);
		const today = plan({ cards: [] });
		expect(today.reviews).toEqual([]);
		expect(today.newFacts).toEqual(ids.slice(0, 10));
		expect(today.dueCount).toBe(0);
		expect(today.unseenCount).toBe(DATASET.facts.length);
	});

	it('sorts due reviews by lowest recall probability first', () => {
		const cards = [
			reviewCard(ids[0]!, { stability: 30, daysAgo: 3 }),
			reviewCard(ids[1]!, { stability: 2, daysAgo: 20 }),
			reviewCard(ids[2]!, { stability: 10, daysAgo: 10 }),
			reviewCard(ids[3]!, { stability: 5, daysAgo: 1 })
		];
		const today = plan({ cards });
		expect(today.reviews).toEqual([ids[1], ids[2], ids[3], ids[0]]);
		const recalls = today.reviews.map((id) =>
			recallProbability(
				cards.find((c) => c.factId === id)!,
				now
			)
		);
		expect(recalls).toEqual([...recalls].sort((a, b) => a - b));
	});

	it('leaves out cards due on a later day, and learning cards due later', () => {
		const cards = [
			reviewCard(ids[0]!, { stability: 2, daysAgo: 20, dueIn: DAY }),
			reviewCard(ids[1]!, { stability: 2, daysAgo: 20, dueIn: 0 }),
			{ ...reviewCard(ids[2]!, { stability: 1, daysAgo: 0 }), phase: 'learning' as const, due: now + 10 * 60_000 },
			{ ...reviewCard(ids[3]!, { stability: 1, daysAgo: 0 }), phase: 'relearning' as const, due: now - 1 }
		];
		const today = plan({ cards });
		expect(today.reviews.sort()).toEqual([ids[1], ids[3]].sort());
		expect(today.dueCount).toBe(2);
		expect(isDue(cards[0]!, now, UTC_4AM)).toBe(false);
		expect(isDue(cards[1]!, now, UTC_4AM)).toBe(true);
		expect(isDue(cards[2]!, now, UTC_4AM)).toBe(false);
	});

	it('counts a review card due later in the study day as due now (days, not minutes)', () => {
		// 09:00 now; due at 15:00 today, and at 03:00 tomorrow (still today's study day, which
		// starts at 04:00), but not at 05:00 tomorrow.
		const laterToday = reviewCard(ids[0]!, { stability: 2, daysAgo: 2, dueIn: 6 * HOUR });
		const beforeDayStart = reviewCard(ids[1]!, { stability: 2, daysAgo: 2, dueIn: 18 * HOUR });
		const nextDay = reviewCard(ids[2]!, { stability: 2, daysAgo: 2, dueIn: 20 * HOUR });
		expect(isDue(laterToday, now, UTC_4AM)).toBe(true);
		expect(isDue(beforeDayStart, now, UTC_4AM)).toBe(true);
		expect(isDue(nextDay, now, UTC_4AM)).toBe(false);
		expect(plan({ cards: [laterToday, beforeDayStart, nextDay] }).dueCount).toBe(2);
	});

	it('pauses new facts while more reviews are due than today allows, and says so', () => {
		const backlog = ids.slice(0, 12).map((id) => reviewCard(id, { stability: 3, daysAgo: 40 }));
		const paused = plan({ cards: backlog, limits: { newPerDay: 10, reviewsPerDay: 5 } });
		expect(paused).toMatchObject({ dueCount: 12, newPaused: true, newFacts: [] });
		expect(paused.reviews).toHaveLength(5);
		const underControl = plan({ cards: backlog, limits: { newPerDay: 10, reviewsPerDay: 20 } });
		expect(underControl.newPaused).toBe(false);
		expect(underControl.newFacts).toHaveLength(10);
	});

	it('never counts a card in phase "new" as a due review or as studied', () => {
		const fresh: CardState = {
			...reviewCard(ids[0]!, { stability: 0, daysAgo: 0 }),
			phase: 'new',
			lastReview: null,
			due: now - DAY
		};
		const today = plan({ cards: [fresh] });
		expect(today.reviews).toEqual([]);
		expect(today.newFacts[0]).toBe(ids[0]);
	});

	it('caps reviews at reviewsPerDay minus the reviews done today, weakest kept', () => {
		const cards = ids.slice(0, 8).map((id, i) => reviewCard(id, { stability: 1 + i, daysAgo: 10 }));
		const limits: DailyLimits = { newPerDay: 10, reviewsPerDay: 5 };
		const today = plan({ cards, limits, reviewsDoneToday: 2 });
		expect(today.reviews).toEqual(ids.slice(0, 3));
		expect(today.dueCount).toBe(8);
		expect(plan({ cards, limits, reviewsDoneToday: 5 }).reviews).toEqual([]);
		expect(plan({ cards, limits, reviewsDoneToday: 9 }).reviews).toEqual([]);
	});

	it('caps new facts at newPerDay minus the new facts done today', () => {
		expect(plan({ cards: [], newDoneToday: 3 }).newFacts).toEqual(ids.slice(0, 7));
		expect(plan({ cards: [], newDoneToday: 10 }).newFacts).toEqual([]);
		expect(plan({ cards: [], newDoneToday: 12 }).newFacts).toEqual([]);
		const limits: DailyLimits = { newPerDay: 4, reviewsPerDay: 100 };
		expect(plan({ cards: [], limits }).newFacts).toEqual(ids.slice(0, 4));
	});

	it('skips facts already studied when picking new ones', () => {
		const studied = [
			reviewCard(ids[0]!, { stability: 50, daysAgo: 1, dueIn: 10 * DAY }),
			reviewCard(ids[2]!, { stability: 50, daysAgo: 1, dueIn: 10 * DAY })
		];
		const today = plan({ cards: studied });
		expect(today.newFacts).toEqual([ids[1], ...ids.slice(3, 12)]);
		expect(today.unseenCount).toBe(DATASET.facts.length - 2);
		expect(today.reviews).toEqual([]);
	});

	it('holds its invariants for any mix of cards and limits', () => {
		const cardArb = fc.record({
			index: fc.nat({ max: ids.length - 1 }),
			phase: fc.constantFrom('new', 'learning', 'review', 'relearning') as fc.Arbitrary<CardState['phase']>,
			dueIn: fc.integer({ min: -60 * DAY, max: 60 * DAY }),
			stability: fc.double({ min: 0.1, max: 500, noNaN: true }),
			daysAgo: fc.integer({ min: 0, max: 400 })
		});
		fc.assert(
			fc.property(
				fc.uniqueArray(cardArb, { selector: (c) => c.index, maxLength: 40 }),
				fc.nat({ max: 30 }),
				fc.nat({ max: 60 }),
				fc.nat({ max: 40 }),
				fc.nat({ max: 80 }),
				(specs, newPerDay, reviewsPerDay, newDoneToday, reviewsDoneToday) => {
					const cards = specs.map((s) => ({
						...reviewCard(ids[s.index]!, s),
						phase: s.phase,
						lastReview: s.phase === 'new' ? null : now - s.daysAgo * DAY
					}));
					const byId = new Map(cards.map((c) => [c.factId, c]));
					const today = plan({ cards, limits: { newPerDay, reviewsPerDay }, newDoneToday, reviewsDoneToday });
					const today0 = studyDay(now, UTC_4AM);
					const due = cards.filter(
						(c) => c.phase !== 'new' && (c.due <= now || (c.phase === 'review' && studyDay(c.due, UTC_4AM) <= today0))
					);
					const reviewRoom = Math.max(0, reviewsPerDay - reviewsDoneToday);
					const unseen = ids.filter((id) => (byId.get(id)?.phase ?? 'new') === 'new');

					expect(today.dueCount).toBe(due.length);
					expect(today.reviews).toHaveLength(Math.min(due.length, reviewRoom));
					expect(today.unseenCount).toBe(unseen.length);
					expect(today.newPaused).toBe(due.length > reviewRoom);
					const newRoom = today.newPaused ? 0 : Math.max(0, newPerDay - newDoneToday);
					expect(today.newFacts).toEqual(unseen.slice(0, newRoom));
					const recalls = today.reviews.map((id) => recallProbability(byId.get(id)!, now));
					for (let i = 1; i < recalls.length; i++) expect(recalls[i]!).toBeGreaterThanOrEqual(recalls[i - 1]!);
					// The reviews kept are the weakest of all due.
					const kept = new Set(today.reviews);
					const weakestLeftOut = Math.min(
						...due.filter((c) => !kept.has(c.factId)).map((c) => recallProbability(c, now))
					);
					for (const r of recalls) expect(r).toBeLessThanOrEqual(weakestLeftOut);
					for (const id of today.reviews) expect(isDue(byId.get(id)!, now, UTC_4AM)).toBe(true);
					expect(new Set([...today.reviews, ...today.newFacts]).size).toBe(
						today.reviews.length + today.newFacts.length
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});

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

describe('studyDay', () => {
	const settings = (timeZone: string) => ({ timeZone, dayStartHour: 4 });

	it('counts 03:30 as the previous day and 04:00 as the new one (Los Angeles, winter)', () => {
		const la = settings('America/Los_Angeles');
		// PST is UTC−8.
		expect(studyDay(Date.UTC(2026, 0, 15, 11, 30), la)).toBe('2026-01-14');
		expect(studyDay(Date.UTC(2026, 0, 15, 12, 0), la)).toBe('2026-01-15');
		expect(studyDay(Date.UTC(2026, 0, 15, 11, 59, 59, 999), la)).toBe('2026-01-14');
	});

	it('gets the day right on the morning clocks go forward in Los Angeles (2026-03-08)', () => {
		const la = settings('America/Los_Angeles');
		// 02:00 PST becomes 03:00 PDT: 03:30 PDT is 10:30 UTC, 04:00 PDT is 11:00 UTC.
		expect(studyDay(Date.UTC(2026, 2, 8, 10, 30), la)).toBe('2026-03-07');
		expect(studyDay(Date.UTC(2026, 2, 8, 11, 0), la)).toBe('2026-03-08');
		// 01:30 PST, before the change, also belongs to the previous day.
		expect(studyDay(Date.UTC(2026, 2, 8, 9, 30), la)).toBe('2026-03-07');
		// The day after, on PDT (UTC−7).
		expect(studyDay(Date.UTC(2026, 2, 9, 10, 30), la)).toBe('2026-03-08');
		expect(studyDay(Date.UTC(2026, 2, 9, 11, 0), la)).toBe('2026-03-09');
	});

	it('gets the day right on the morning clocks go back in Los Angeles (2026-11-01)', () => {
		const la = settings('America/Los_Angeles');
		// 02:00 PDT becomes 01:00 PST: 03:30 PST is 11:30 UTC, 04:00 PST is 12:00 UTC.
		expect(studyDay(Date.UTC(2026, 10, 1, 11, 30), la)).toBe('2026-10-31');
		expect(studyDay(Date.UTC(2026, 10, 1, 12, 0), la)).toBe('2026-11-01');
	});

	it('counts 03:30 as the previous day and 04:00 as the new one (Auckland, summer)', () => {
		const akl = settings('Pacific/Auckland');
		// NZDT is UTC+13: 2026-01-15 03:30 local is 2026-01-14 14:30 UTC.
		expect(studyDay(Date.UTC(2026, 0, 14, 14, 30), akl)).toBe('2026-01-14');
		expect(studyDay(Date.UTC(2026, 0, 14, 15, 0), akl)).toBe('2026-01-15');
	});

	it('gets the day right on the morning clocks go back in Auckland (2026-04-05)', () => {
		const akl = settings('Pacific/Auckland');
		// 03:00 NZDT becomes 02:00 NZST: 03:30 NZST is 15:30 UTC, 04:00 NZST is 16:00 UTC (on 04-04).
		expect(studyDay(Date.UTC(2026, 3, 4, 15, 30), akl)).toBe('2026-04-04');
		expect(studyDay(Date.UTC(2026, 3, 4, 16, 0), akl)).toBe('2026-04-05');
		// Both 02:30s of the repeated hour still belong to the previous day.
		expect(studyDay(Date.UTC(2026, 3, 4, 13, 30), akl)).toBe('2026-04-04');
		expect(studyDay(Date.UTC(2026, 3, 4, 14, 30), akl)).toBe('2026-04-04');
	});

	it('gets the day right on the morning clocks go forward in Auckland (2026-09-27)', () => {
		const akl = settings('Pacific/Auckland');
		// 02:00 NZST becomes 03:00 NZDT: 03:30 NZDT is 14:30 UTC, 04:00 NZDT is 15:00 UTC (on 09-26).
		expect(studyDay(Date.UTC(2026, 8, 26, 14, 30), akl)).toBe('2026-09-26');
		expect(studyDay(Date.UTC(2026, 8, 26, 15, 0), akl)).toBe('2026-09-27');
	});

	it('rolls back across month and year ends before the day starts', () => {
		const utc = settings('UTC');
		expect(studyDay(Date.UTC(2026, 0, 1, 3, 59), utc)).toBe('2025-12-31');
		expect(studyDay(Date.UTC(2026, 2, 1, 3, 0), utc)).toBe('2026-02-28');
		expect(studyDay(Date.UTC(2028, 2, 1, 3, 0), utc)).toBe('2028-02-29');
		expect(studyDay(Date.UTC(2026, 0, 1, 4, 0), utc)).toBe('2026-01-01');
	});

	it('starts the day at midnight when dayStartHour is 0', () => {
		const utc = { timeZone: 'UTC', dayStartHour: 0 };
		expect(studyDay(Date.UTC(2026, 0, 1, 0, 0), utc)).toBe('2026-01-01');
		expect(studyDay(Date.UTC(2025, 11, 31, 23, 59), utc)).toBe('2025-12-31');
	});

	it('changes day exactly once every 24 hours of wall-clock time, at the start hour', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('Pacific/Auckland', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'UTC'),
				fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
				fc.integer({ min: 0, max: 23 }),
				(timeZone, at, dayStartHour) => {
					const day = studyDay(at, { timeZone, dayStartHour });
					expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					// One hour later is the same day or the next one, never earlier or two ahead.
					const later = studyDay(at + HOUR, { timeZone, dayStartHour });
					const diff = (Date.parse(later) - Date.parse(day)) / DAY;
					expect([0, 1]).toContain(diff);
				}
			),
			{ numRuns: 500 }
		);
	});
});
