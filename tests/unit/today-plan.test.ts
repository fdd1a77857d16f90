import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATASET } from '$lib/content';
import { applyGrade, newCardState } from '$lib/srs/scheduler';
import { STEP_AFTER_RIGHT_MINUTES } from '$lib/srs/today-plan';
import {
	buildToday,
	DEFAULT_DAILY_LIMITS,
	introductionOrder,
	isDue,
	planToday,
	recallProbability,
	type CardPhase,
	type CardState,
	type DailyLimits,
	type PlanInput,
	type TodayInput,
	WELCOME_BACK_REVIEWS
} from '$lib/srs';

const now = Date.UTC(2026, 0, 10, 9);
const UTC_4AM = { timeZone: 'UTC', dayStartHour: 4 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MINUTE = 60_000;

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

function plan(partial: Partial<Omit<PlanInput, 'cards'>> & { cards: CardState[] }) {
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
					// Which card is due is isDue's rule, tested by example above.
					const due = cards.filter((c) => isDue(c, now, UTC_4AM));
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
					expect(new Set([...today.reviews, ...today.newFacts]).size).toBe(
						today.reviews.length + today.newFacts.length
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});

/** Today for a learner with the given progress: by default a new one, with the whole dataset. */
function today(partial: Partial<TodayInput> = {}) {
	return buildToday({
		facts: DATASET.facts,
		cards: [],
		damagedFactIds: new Set(),
		answersToday: [],
		limits: DEFAULT_DAILY_LIMITS,
		learnAheadMinutes: 0,
		lastAnswerDay: '2026-01-09',
		restDays: [],
		day: UTC_4AM,
		now,
		...partial
	});
}

/** One of today's answers, to a card that was in `phase` before it. */
const answeredWhen = (phase: CardPhase) => ({ before: { phase } });

describe('the questions Today announces', () => {
	const MINUTE = 60_000;
	const graded = (card: CardState, grade: 'good' | 'again', at = now) =>
		applyGrade(card, grade, at, { desiredRetention: 0.9 });

	it('counts each new fact twice when its 10-minute step falls inside the learn-ahead window', () => {
		const limits = { newPerDay: 5, reviewsPerDay: 100 };
		expect(today({ limits, learnAheadMinutes: 20 }).questions).toBe(10);
		expect(today({ limits, learnAheadMinutes: 5 }).questions).toBe(5);
	});

	it('counts a review once: a right answer sends it days away', () => {
		const reviews = ids.slice(0, 3).map((id) => reviewCard(id, { stability: 3, daysAgo: 40 }));
		const plan = today({ cards: reviews, limits: { newPerDay: 0, reviewsPerDay: 100 }, learnAheadMinutes: 20 });
		expect(plan.queue).toHaveLength(3);
		expect(plan.questions).toBe(3);
	});

	it('relies on the steps the scheduler gives: 10 minutes after a first right answer or after a miss, then days', () => {
		const fresh = newCardState('glutes.exercise.squat', now);
		expect(graded(fresh, 'good').due - now).toBe(STEP_AFTER_RIGHT_MINUTES.new * MINUTE);
		const missed = graded(fresh, 'again');
		expect(missed).toMatchObject({ phase: 'learning', learningSteps: 0 });
		expect(graded(missed, 'good', now + MINUTE).due - (now + MINUTE)).toBe(
			STEP_AFTER_RIGHT_MINUTES.firstLearningStep * MINUTE
		);
		const lastStep = graded(fresh, 'good');
		expect(graded(lastStep, 'good', now + 10 * MINUTE).phase).toBe('review');
	});
});

describe('buildToday', () => {
	const introduction = introductionOrder(DATASET.facts).map((fact) => fact.id);
	const dueReviews = (count: number) => ids.slice(0, count).map((id) => reviewCard(id, { stability: 3, daysAgo: 40 }));

	it('offers a new learner the first ten facts in introduction order, for today’s study day', () => {
		const fresh = today();
		expect(fresh.day).toBe('2026-01-10');
		expect(fresh.plan.newFacts).toEqual(introduction.slice(0, 10));
		expect(fresh.queue).toEqual(introduction.slice(0, 10));
		expect(fresh).toMatchObject({ answeredToday: 0, studiedCount: 0, nextDueAt: null });
	});

	it('asks and counts only the facts of the dataset it is given: other cards are archived', () => {
		const facts = DATASET.facts.slice(0, 4);
		const archivedDue = reviewCard(ids[10]!, { stability: 2, daysAgo: 20 });
		const archivedLater = reviewCard(ids[11]!, { stability: 50, daysAgo: 1, dueIn: 5 * DAY });
		const withArchived = today({ facts, cards: [archivedDue, archivedLater] });
		expect([...withArchived.queue].sort()).toEqual(facts.map((fact) => fact.id).sort());
		expect(withArchived.plan).toMatchObject({ reviews: [], dueCount: 0, unseenCount: 4 });
		expect(withArchived).toMatchObject({ studiedCount: 0, nextDueAt: null });
	});

	it('neither offers nor counts as unseen a fact whose card is damaged', () => {
		const damaged = introduction[0]!;
		const plan = today({ damagedFactIds: new Set([damaged]) }).plan;
		expect(plan.newFacts).toEqual(introduction.slice(1, 11));
		expect(plan.unseenCount).toBe(DATASET.facts.length - 1);
	});

	it('counts today’s answers against the limits by what each card was before it', () => {
		// Room for 4 reviews: one was a review, so 3 are left, which the 3 due fit, and new
		// facts are not paused. Relearning and learning answers count for neither limit.
		const answersToday = ['new', 'new', 'review', 'relearning', 'learning'] as const;
		const counted = today({
			cards: dueReviews(3),
			limits: { newPerDay: 10, reviewsPerDay: 4 },
			answersToday: answersToday.map(answeredWhen)
		});
		expect(counted.answeredToday).toBe(5);
		expect(counted.plan.reviews).toHaveLength(3);
		expect(counted.plan.newPaused).toBe(false);
		expect(counted.plan.newFacts).toHaveLength(8);
	});

	it('works off a backlog before new facts: the queue holds only the weakest reviews that fit', () => {
		const backlog = today({ cards: dueReviews(12), limits: { newPerDay: 10, reviewsPerDay: 5 } });
		expect(backlog.plan).toMatchObject({ dueCount: 12, newPaused: true, newFacts: [] });
		expect(backlog.queue).toHaveLength(5);
		expect(new Set(backlog.queue)).toEqual(new Set(backlog.plan.reviews));
	});

	it('holds a learning step until its minute, and a review card for its day', () => {
		const [step, laterToday, tomorrow] = ids;
		const cards = [
			{ ...reviewCard(step!, { stability: 1, daysAgo: 0 }), phase: 'learning' as const, due: now + 10 * 60_000 },
			reviewCard(laterToday!, { stability: 2, daysAgo: 2, dueIn: 6 * HOUR }),
			reviewCard(tomorrow!, { stability: 2, daysAgo: 2, dueIn: 20 * HOUR })
		];
		const nine = today({ cards });
		expect(nine.plan.reviews).toEqual([laterToday]);
		expect(nine.nextDueAt).toBe(now + 10 * 60_000);
		expect(nine.studiedCount).toBe(3);
		expect(today({ cards, now: now + 10 * 60_000 }).plan.reviews).toContain(step);
	});

	it('limits a drill to the facts it can ask, and still counts every fact studied', () => {
		const exercise = (fact: { facet: string }) => fact.facet === 'exercise';
		const exerciseFact = DATASET.facts.find(exercise)!;
		const otherFact = DATASET.facts.find((fact) => !exercise(fact))!;
		const cards = [exerciseFact, otherFact].map((fact) => reviewCard(fact.id, { stability: 2, daysAgo: 20 }));
		const drill = today({ cards, include: exercise });
		expect(drill.plan.reviews).toEqual([exerciseFact.id]);
		expect(drill.queue.every((id) => DATASET.facts.find((fact) => fact.id === id)!.facet === 'exercise')).toBe(true);
		expect(drill.studiedCount).toBe(2);
	});

	it('asks a learning step due within the learn-ahead limit now, so "All done" is not contradicted minutes later', () => {
		const [soon, later] = ids;
		const step = (factId: string, dueIn: number) => ({
			...reviewCard(factId, { stability: 1, daysAgo: 0 }),
			phase: 'learning' as const,
			due: now + dueIn
		});
		const cards = [step(soon!, 10 * MINUTE), step(later!, 30 * MINUTE)];
		const ahead = today({ cards, learnAheadMinutes: 20 });
		expect(ahead.plan.reviews).toEqual([soon]);
		expect(ahead.nextDueAt).toBe(now + 30 * MINUTE);
		expect(today({ cards, learnAheadMinutes: 0 }).plan.reviews).toEqual([]);
	});

	describe('welcome back after a break', () => {
		// 29 reviews due after 30 days away: what the defaults gave on the 89-fact deck.
		const away = { cards: dueReviews(29), lastAnswerDay: '2025-12-11' };

		it('caps today at 20 reviews, weakest first, and holds new facts at the default limits', () => {
			const back = today(away);
			expect(back.plan.welcomeBack).toEqual({ missedDays: 29, cap: WELCOME_BACK_REVIEWS });
			expect(back.plan).toMatchObject({ dueCount: 29, newPaused: true, newFacts: [] });
			expect(back.plan.reviews).toHaveLength(WELCOME_BACK_REVIEWS);
			const recall = (id: string) =>
				recallProbability(
					away.cards.find((card) => card.factId === id)!,
					now
				);
			const left = away.cards.filter((card) => !back.plan.reviews.includes(card.factId));
			const weakestLeft = Math.min(...left.map((card) => recallProbability(card, now)));
			for (const id of back.plan.reviews) expect(recall(id)).toBeLessThanOrEqual(weakestLeft);
		});

		it('keeps the cap for the rest of the day, so finishing the capped quiz is "All done"', () => {
			const done = today({ ...away, answersToday: Array.from({ length: 20 }, () => answeredWhen('review')) });
			expect(done.plan).toMatchObject({ reviews: [], newFacts: [], newPaused: true });
			expect(done.queue).toEqual([]);
		});

		it('offers new facts again once the backlog is under the cap', () => {
			const small = today({ cards: dueReviews(12), lastAnswerDay: '2025-12-11' });
			expect(small.plan.welcomeBack).toEqual({ missedDays: 29, cap: WELCOME_BACK_REVIEWS });
			expect(small.plan).toMatchObject({ newPaused: false });
			expect(small.plan.newFacts).toHaveLength(10);
		});

		it('is not a break to miss two study days, or to rest on planned rest days', () => {
			expect(today({ ...away, lastAnswerDay: '2026-01-07' }).plan.welcomeBack).toBeNull();
			// Mon 5 January last, today Saturday 10th: Tue–Fri missed, but Tue–Thu are rest days.
			expect(today({ ...away, lastAnswerDay: '2026-01-05' }).plan.welcomeBack).toMatchObject({ missedDays: 4 });
			expect(today({ ...away, lastAnswerDay: '2026-01-05', restDays: [1, 2, 3] }).plan.welcomeBack).toBeNull();
		});

		it('is not shown to a new learner, when nothing is due, or after a day that is not a date', () => {
			expect(today({ lastAnswerDay: null }).plan.welcomeBack).toBeNull();
			expect(today({ lastAnswerDay: '2025-12-11' }).plan.welcomeBack).toBeNull();
			// A damaged log row's day is no break, and does not break Today.
			expect(today({ ...away, lastAnswerDay: 'not a day' }).plan.welcomeBack).toBeNull();
		});
	});

	it("names the groups today's quiz is about, most questions first, advice as general", () => {
		const groups = today().groups;
		const queueGroups = today().queue.map((id) => DATASET.facts.find((fact) => fact.id === id)!.groupId);
		expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(queueGroups.length);
		for (let i = 1; i < groups.length; i++) expect(groups[i]!.count).toBeLessThanOrEqual(groups[i - 1]!.count);
		expect(new Set(groups.map((group) => group.groupId))).toEqual(new Set(queueGroups));
		const advice = DATASET.facts.filter((fact) => fact.groupId === 'general').map((fact) => fact.id);
		const adviceOnly = today({ facts: DATASET.facts.filter((fact) => advice.includes(fact.id)).slice(0, 3) });
		expect(adviceOnly.groups).toEqual([{ groupId: 'general', count: 3 }]);
	});
});
