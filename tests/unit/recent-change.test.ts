import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATASET, MUSCLE_GROUP_IDS } from '$lib/content';
import type { CardState, Grade } from '$lib/srs';
import { applyGrade, newCardState } from '$lib/srs/scheduler';
import { buildMasteryOverview, type GroupMastery } from '$lib/srs/mastery';
import {
	cardsAt,
	recentChange,
	recentSince,
	weakestStudied,
	RECENT_DAYS,
	type RecentEntry
} from '$lib/srs/recent-change';

/** A fixed clock: 15 March 2026, 12:00 UTC. */
const now = Date.UTC(2026, 2, 15, 12);
const DAY = 24 * 60 * 60 * 1000;
const since = recentSince(now);
const settings = { desiredRetention: 0.9 };
const daySettings = { timeZone: 'UTC', dayStartHour: 4 };
/** A studied fact of each of four groups, and a second of one (two facts of a group in one history). */
const firstOf = (groupId: string, nth = 0) => DATASET.facts.filter((f) => f.groupId === groupId)[nth]!.id;
const FACT_IDS = [firstOf('calves'), firstOf('glutes'), firstOf('glutes', 1), firstOf('core'), firstOf('hamstrings')];

/** An answer in a generated history: which fact, right or wrong, how many minutes before `now`. */
type Answer = { factId: string; grade: Grade; at: number };

/**
 * Plays answers through the real scheduler as the app logs them: each entry keeps the card it
 * found (`before`), and the cards are what the last answers left.
 */
function play(answers: readonly Answer[]): { cards: Map<string, CardState>; entries: RecentEntry[] } {
	const cards = new Map<string, CardState>();
	const entries: RecentEntry[] = [];
	for (const { factId, grade, at } of [...answers].sort((a, b) => a.at - b.at)) {
		const before = cards.get(factId) ?? newCardState(factId, at);
		entries.push({ factId, reviewedAt: at, kind: 'choose-fact', before });
		cards.set(factId, applyGrade(before, grade, at, settings));
	}
	return { cards, entries };
}

function overviewOf(cards: ReadonlyMap<string, CardState>, at: number) {
	return buildMasteryOverview(
		{ facts: DATASET.facts, cards, now: at, daySettings, learnAheadMinutes: 20 },
		MUSCLE_GROUP_IDS
	);
}

const answerArb = fc.record({
	factId: fc.constantFrom(...FACT_IDS),
	grade: fc.constantFrom<Grade>('good', 'again'),
	at: fc.integer({ min: now - 40 * DAY, max: now })
});

describe('the week’s change', () => {
	it('reads the cards at the week’s start from the week’s log as a replay of the earlier answers alone would, for any history', () => {
		fc.assert(
			fc.property(fc.array(answerArb, { maxLength: 16 }), (answers) => {
				const { cards, entries } = play(answers);
				// The app reads only the week's entries.
				const week = entries.filter((entry) => entry.reviewedAt >= since);
				const earlier = play(answers.filter((a) => a.at < since)).cards;
				const rebuilt = overviewOf(cardsAt(cards, week, since), since);
				const replayed = overviewOf(earlier, since);
				expect(rebuilt.overall.seen).toBe(replayed.overall.seen);
				expect(rebuilt.overall.mastery).toBeCloseTo(replayed.overall.mastery, 12);
				for (const [i, group] of rebuilt.groups.entries()) {
					expect(group.mastery).toBeCloseTo(replayed.groups[i]!.mastery, 12);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('counts new facts and improved groups as the shown figures say, for any history', () => {
		fc.assert(
			fc.property(fc.array(answerArb, { maxLength: 16 }), (answers) => {
				const { cards, entries } = play(answers);
				const then = overviewOf(cardsAt(cards, entries, since), since);
				const current = overviewOf(cards, now);
				const change = recentChange(then, current, entries, since);
				expect(change.newFacts).toBe(current.overall.seen - then.overall.seen);
				expect(change.answers).toBe(answers.filter((a) => a.at >= since).length);
				const shown = (value: number) => Math.round(value * 100);
				const rose = current.groups
					.filter((g, i) => shown(g.mastery) > shown(then.groups[i]!.mastery))
					.map((g) => g.groupId);
				expect([...change.improved].sort()).toEqual([...rose].sort());
			}),
			{ numRuns: 150 }
		);
	});

	it('a first week: nothing before, the facts answered are new, and their groups improved', () => {
		const { cards, entries } = play([
			{ factId: firstOf('calves'), grade: 'good', at: now - 2 * DAY },
			{ factId: firstOf('glutes'), grade: 'good', at: now - DAY },
			{ factId: firstOf('glutes'), grade: 'good', at: now - DAY + 10 * 60_000 }
		]);
		const then = overviewOf(cardsAt(cards, entries, since), since);
		const change = recentChange(then, overviewOf(cards, now), entries, since);
		expect(change).toMatchObject({ answers: 3, newFacts: 2, before: 0 });
		expect(change.after).toBeGreaterThan(0);
		expect([...change.improved].sort()).toEqual(['calves', 'glutes']);
	});

	it('a quiet week: no answers, nothing new, and mastery fades rather than rises', () => {
		const { cards, entries } = play([{ factId: firstOf('glutes'), grade: 'good', at: now - 20 * DAY }]);
		const week = entries.filter((entry) => entry.reviewedAt >= since);
		const then = overviewOf(cardsAt(cards, week, since), since);
		const change = recentChange(then, overviewOf(cards, now), week, since);
		expect(change).toMatchObject({ answers: 0, newFacts: 0, improved: [] });
		expect(change.after).toBeLessThan(change.before);
	});

	it('a reset is logged but is no answer', () => {
		const { cards, entries } = play([{ factId: firstOf('core'), grade: 'good', at: now - DAY }]);
		const reset: RecentEntry = {
			...entries[0]!,
			reviewedAt: now - 60_000,
			kind: 'reset',
			before: cards.get(firstOf('core'))!
		};
		const then = overviewOf(cardsAt(cards, [...entries, reset], since), since);
		expect(recentChange(then, overviewOf(cards, now), [...entries, reset], since).answers).toBe(1);
	});

	it(`covers the past ${RECENT_DAYS} days`, () => {
		expect(now - since).toBe(RECENT_DAYS * DAY);
	});
});

describe('the weakest studied groups', () => {
	const groupArb = fc.record({ mastery: fc.double({ min: 0, max: 1, noNaN: true }), seen: fc.nat(5) });

	it('are studied groups only, weakest first, at most three, and none left out is weaker, for any mastery', () => {
		fc.assert(
			fc.property(fc.array(groupArb, { minLength: 8, maxLength: 8 }), (figures) => {
				const groups = MUSCLE_GROUP_IDS.map(
					(groupId, i) => ({ groupId, ...figures[i]!, knownNow: null }) as unknown as GroupMastery
				);
				const weakest = weakestStudied(groups);
				const studied = groups.filter((g) => g.seen > 0);
				expect(weakest.length).toBe(Math.min(3, studied.length));
				for (const group of weakest) expect(group.seen).toBeGreaterThan(0);
				for (let i = 1; i < weakest.length; i++) {
					expect(weakest[i]!.mastery).toBeGreaterThanOrEqual(weakest[i - 1]!.mastery);
				}
				const strongestShown = weakest.at(-1)?.mastery ?? -Infinity;
				for (const group of studied.filter((g) => !weakest.includes(g))) {
					expect(group.mastery).toBeGreaterThanOrEqual(strongestShown);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('are none on day 1', () => {
		expect(weakestStudied(overviewOf(new Map(), now).groups)).toEqual([]);
	});
});
