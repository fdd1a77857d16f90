import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATASET, FACETS, MUSCLE_GROUP_IDS, type MuscleGroupId } from '$lib/content';
import { LEECH_LAPSES, recallProbability, type CardState, type GradedReview } from '$lib/srs';
import { newCardState, replayReviews } from '$lib/srs/scheduler';
import {
	buildGroupMastery,
	buildMasteryOverview,
	buildMasterySummary,
	gatherFactMastery,
	rankWeakestFirst,
	type GroupMastery
} from '$lib/srs/mastery';

/** A fixed clock: 15 March 2026, 12:00 UTC; study days start at 04:00 UTC. */
const now = Date.UTC(2026, 2, 15, 12);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const daySettings = { timeZone: 'UTC', dayStartHour: 4 };
const settings = { desiredRetention: 0.9 };

/** The card a history of answers leaves, replayed through the real scheduler. */
function cardFrom(factId: string, answers: [GradedReview['grade'], number][]): CardState {
	return replayReviews(
		factId,
		answers.map(([grade, at]) => ({ grade, at })),
		settings
	);
}

/** Right, right 10 minutes later, right when due: a fact in review with a few days' stability. */
function learnt(factId: string, start: number): CardState {
	const first = cardFrom(factId, [
		['good', start],
		['good', start + 10 * MINUTE]
	]);
	return cardFrom(factId, [
		['good', start],
		['good', start + 10 * MINUTE],
		['good', first.due]
	]);
}

function overview(cards: CardState[]) {
	return buildMasteryOverview(
		{ facts: DATASET.facts, cards: new Map(cards.map((c) => [c.factId, c])), now, daySettings, learnAheadMinutes: 20 },
		MUSCLE_GROUP_IDS
	);
}

function group(result: { groups: GroupMastery[] }, id: MuscleGroupId): GroupMastery {
	return result.groups.find((g) => g.groupId === id)!;
}

const factsOf = (id: MuscleGroupId) => DATASET.facts.filter((f) => f.groupId === id);

describe('mastery with an empty history', () => {
	const result = overview([]);

	it('is 0 everywhere, with nothing seen, due or flagged', () => {
		expect(result.overall).toEqual({
			mastery: 0,
			knownNow: null,
			seen: 0,
			total: DATASET.facts.length,
			dueToday: 0,
			leeches: 0
		});
		for (const g of result.groups) {
			expect(g.mastery, g.groupId).toBe(0);
			expect(g.knownNow, g.groupId).toBeNull();
			expect(g.weakest, g.groupId).toEqual([]);
		}
		expect(result.advice.total).toBe(DATASET.facts.filter((f) => f.groupId === 'general').length);
	});

	it('has one entry per group, in the order asked, whose facets add up to the group', () => {
		expect(result.groups.map((g) => g.groupId)).toEqual([...MUSCLE_GROUP_IDS]);
		for (const g of result.groups) {
			expect(g.total, g.groupId).toBe(factsOf(g.groupId).length);
			expect(
				FACETS.reduce((sum, facet) => sum + g.facets[facet].total, 0),
				g.groupId
			).toBe(g.total);
		}
	});
});

describe('fact mastery', () => {
	it('is the predicted recall 30 days from now, and recall now is today’s', () => {
		const card = learnt('calves.exercise.calf-raise', now - 3 * DAY);
		const [fact] = gatherFactMastery({
			facts: DATASET.facts.filter((f) => f.id === card.factId),
			cards: new Map([[card.factId, card]]),
			now,
			daySettings,
			learnAheadMinutes: 20
		});
		expect(fact!.seen).toBe(true);
		expect(fact!.mastery).toBe(recallProbability(card, now + 30 * DAY));
		expect(fact!.recallNow).toBe(recallProbability(card, now));
		expect(fact!.mastery).toBeGreaterThan(0);
		expect(fact!.mastery).toBeLessThan(fact!.recallNow);
	});

	it('is 0 for a fact never answered, even with a new card row stored', () => {
		const card = newCardState('calves.exercise.calf-raise', now);
		const [fact] = gatherFactMastery({
			facts: DATASET.facts.filter((f) => f.id === card.factId),
			cards: new Map([[card.factId, card]]),
			now,
			daySettings,
			learnAheadMinutes: 20
		});
		expect(fact).toMatchObject({ seen: false, mastery: 0, recallNow: 0, dueToday: false, leech: false });
	});

	it('is lower after a long gap than for the same answers made recently', () => {
		const recent = learnt('core.exercise.plank', now - 2 * DAY);
		const longAgo = learnt('core.exercise.crunch', now - 200 * DAY);
		const facts = gatherFactMastery({
			facts: DATASET.facts.filter((f) => f.id === recent.factId || f.id === longAgo.factId),
			cards: new Map([recent, longAgo].map((c) => [c.factId, c])),
			now,
			daySettings,
			learnAheadMinutes: 20
		});
		const [plank, crunch] = [
			facts.find((f) => f.factId === recent.factId)!,
			facts.find((f) => f.factId === longAgo.factId)!
		];
		expect(crunch.mastery).toBeLessThan(plank.mastery);
		expect(crunch.recallNow).toBeLessThan(plank.recallNow);
		// Long overdue: due today, and its recall has fallen well below the 90% aimed for.
		expect(crunch.dueToday).toBe(true);
		expect(crunch.recallNow).toBeLessThan(0.8);
	});

	it('never exceeds recall now, and both stay within 0–1, for any history', () => {
		const answer = fc.tuple(
			fc.constantFrom<GradedReview['grade']>('good', 'again'),
			fc.integer({ min: 0, max: 400 * DAY })
		);
		fc.assert(
			fc.property(fc.array(answer, { minLength: 1, maxLength: 12 }), (answers) => {
				const card = cardFrom(
					'glutes.exercise.squat',
					answers.map(([g, ago]) => [g, now - ago])
				);
				const [fact] = gatherFactMastery({
					facts: DATASET.facts.filter((f) => f.id === card.factId),
					cards: new Map([[card.factId, card]]),
					now,
					daySettings,
					learnAheadMinutes: 20
				});
				expect(fact!.mastery).toBeGreaterThanOrEqual(0);
				expect(fact!.mastery).toBeLessThanOrEqual(fact!.recallNow);
				expect(fact!.recallNow).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('due today and leeches', () => {
	const at = (due: number, factId: string): CardState => ({ ...learnt(factId, now - 5 * DAY), due });

	it('counts overdue facts and those due before the study day ends (04:00), not tomorrow’s', () => {
		const cards = [
			at(now - 3 * DAY, 'calves.exercise.calf-raise'),
			at(now + 2 * HOUR, 'calves.exercise.toe-lunge'),
			// 03:00 the next morning still belongs to today's study day.
			at(Date.UTC(2026, 2, 16, 3), 'calves.injury.shin-splints'),
			at(Date.UTC(2026, 2, 16, 5), 'calves.injury.calf-strain')
		];
		const calves = group(overview(cards), 'calves');
		expect(calves.dueToday).toBe(3);
		expect(calves.seen).toBe(4);
	});

	it(`flags a fact forgotten ${LEECH_LAPSES} times after it was learnt as a leech, not one forgotten fewer times or missed while learning`, () => {
		const missed = { ...learnt('core.exercise.crunch', now - 5 * DAY), lapses: LEECH_LAPSES };
		const almost = { ...learnt('core.exercise.pilates', now - 5 * DAY), lapses: LEECH_LAPSES - 1 };
		const learning = { ...learnt('core.exercise.plank', now - 5 * DAY), lapses: 0, misses: LEECH_LAPSES };
		const core = group(overview([missed, almost, learning]), 'core');
		expect(core.leeches).toBe(1);
		expect(core.facets.exercise.leeches).toBe(1);
		expect(core.weakest.filter((f) => f.leech).map((f) => f.factId)).toEqual([missed.factId]);
	});
});

describe('group and facet mastery', () => {
	it('is the mean over all the group’s facts, unseen ones counting 0', () => {
		const cards = [
			learnt('quadriceps.exercise.squat', now - 3 * DAY),
			learnt('quadriceps.location.front-of-thigh', now - 3 * DAY)
		];
		const result = overview(cards);
		const quads = group(result, 'quadriceps');
		const sum = cards.reduce((s, c) => s + recallProbability(c, now + 30 * DAY), 0);
		expect(quads.mastery).toBeCloseTo(sum / factsOf('quadriceps').length, 12);
		expect(quads.knownNow).toBeCloseTo(cards.reduce((s, c) => s + recallProbability(c, now), 0) / 2, 12);
		expect(quads.seen).toBe(2);
		const exercises = factsOf('quadriceps').filter((f) => f.facet === 'exercise').length;
		expect(quads.facets.exercise.mastery).toBeCloseTo(recallProbability(cards[0]!, now + 30 * DAY) / exercises, 12);
		expect(quads.facets.function.mastery).toBe(0);
		expect(result.overall.seen).toBe(2);
		expect(result.overall.mastery).toBeCloseTo(sum / DATASET.facts.length, 12);
	});

	it('ranks a group answered right above one answered wrong, weakest first', () => {
		const right = cardFrom('hamstrings.location.span-hip-and-knee', [['good', now - HOUR]]);
		const wrong = cardFrom('calves.location.back-of-lower-leg', [['again', now - HOUR]]);
		const ranked = rankWeakestFirst(overview([right, wrong]).groups).map((g) => g.groupId);
		expect(ranked.indexOf('calves')).toBeLessThan(ranked.indexOf('hamstrings'));
		// Groups not started are at 0 and come first; the one answered right is the strongest.
		expect(ranked.at(-1)).toBe('hamstrings');
	});

	it('lists up to three weakest seen facts, weakest first', () => {
		const cards = [
			cardFrom('glutes.exercise.squat', [['again', now - HOUR]]),
			learnt('glutes.exercise.walking-lunge', now - 2 * DAY),
			learnt('glutes.exercise.glute-bridge', now - 90 * DAY),
			learnt('glutes.injury.knee-strain', now - 3 * DAY)
		];
		const glutes = group(overview(cards), 'glutes');
		expect(glutes.weakest).toHaveLength(3);
		expect(glutes.weakest[0]!.factId).toBe('glutes.exercise.squat');
		const masteries = glutes.weakest.map((f) => f.mastery);
		expect([...masteries].sort((a, b) => a - b)).toEqual(masteries);
		expect(glutes.weakest.every((f) => f.seen)).toBe(true);
	});

	it('summarises an empty list of facts without dividing by zero', () => {
		expect(buildMasterySummary([])).toEqual({ mastery: 0, knownNow: null, seen: 0, total: 0, dueToday: 0, leeches: 0 });
		expect(buildGroupMastery([], ['core'])[0]!.facets.location.total).toBe(0);
	});
});
