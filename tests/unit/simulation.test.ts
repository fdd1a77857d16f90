import { describe, expect, it } from 'vitest';
import { DATASET } from '$lib/content';
import { createRng, type Rng } from '$lib/quiz';
import {
	interleave,
	introductionOrder,
	isDue,
	planToday,
	recallProbability,
	studyDay,
	type CardState,
	type DailyLimits,
	type DaySettings
} from '$lib/srs';
import { applyGrade, newCardState } from '$lib/srs/scheduler';

/**
 * A deterministic 90-day simulation: a seeded learner takes the daily quiz every morning at
 * 07:30 local time in a time zone far from UTC, answering from a forgetting curve (the chance
 * of a right answer is the card's predicted recall; 60% for a fact seen for the first time).
 * A miss is asked again later in the session until answered right, as the app does.
 */

const MINUTE = 60_000;
const FACTS = introductionOrder(DATASET.facts);
const settings = { desiredRetention: 0.9 };

/** The epoch time of a local wall-clock time in a time zone (DST-aware). */
function localTime(timeZone: string, year: number, month: number, day: number, hour: number, minute: number): number {
	const wanted = Date.UTC(year, month - 1, day, hour, minute);
	let guess = wanted;
	for (let i = 0; i < 3; i++) {
		const parts = Object.fromEntries(
			new Intl.DateTimeFormat('en-CA', {
				timeZone,
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23'
			})
				.formatToParts(guess)
				.map((p) => [p.type, p.value])
		);
		const shown = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
		guess += wanted - shown;
	}
	return guess;
}

interface DayLog {
	day: string;
	dueBefore: number;
	reviewed: string[];
	newIntroduced: number;
	reviewAnswers: number;
	newPaused: boolean;
	dueAfter: number;
	/** Recall of the reviews taken and of the due cards left for later, at session start. */
	takenRecall: number[];
	leftRecall: number[];
}

function simulate(options: {
	timeZone: string;
	start: [number, number, number];
	days: number;
	limits: DailyLimits;
	/** Study days skipped (a break). */
	skip?: (dayIndex: number) => boolean;
	seed: number;
}): { log: DayLog[]; cards: Map<string, CardState> } {
	const rng: Rng = createRng(options.seed);
	const day: DaySettings = { timeZone: options.timeZone, dayStartHour: 4 };
	const cards = new Map<string, CardState>();
	const log: DayLog[] = [];
	const [y, m, d] = options.start;
	for (let index = 0; index < options.days; index++) {
		if (options.skip?.(index)) continue;
		let now = localTime(options.timeZone, y, m, d + index, 7, 30);
		const plan = planToday({
			facts: FACTS,
			cards,
			now,
			day,
			limits: options.limits,
			newDoneToday: 0,
			reviewsDoneToday: 0
		});
		const taken = new Set(plan.reviews);
		const dueCards = [...cards.values()].filter((c) => isDue(c, now, day));
		const entry: DayLog = {
			day: studyDay(now, day),
			dueBefore: plan.dueCount,
			reviewed: plan.reviews,
			newIntroduced: plan.newFacts.length,
			reviewAnswers: 0,
			newPaused: plan.newPaused,
			dueAfter: 0,
			takenRecall: dueCards.filter((c) => taken.has(c.factId)).map((c) => recallProbability(c, now)),
			leftRecall: dueCards.filter((c) => !taken.has(c.factId)).map((c) => recallProbability(c, now))
		};
		const queue = interleave(plan.reviews, plan.newFacts);
		for (let i = 0; i < queue.length; i++) {
			const factId = queue[i]!;
			const card = cards.get(factId) ?? newCardState(factId, now);
			const chance = card.phase === 'new' ? 0.6 : recallProbability(card, now);
			const correct = rng() < chance;
			if (card.phase === 'review') entry.reviewAnswers++;
			cards.set(factId, applyGrade(card, correct ? 'good' : 'again', now, settings));
			if (!correct) queue.splice(Math.min(i + 4, queue.length), 0, factId);
			now += MINUTE / 2;
		}
		entry.dueAfter = [...cards.values()].filter((c) => c.phase === 'review' && isDue(c, now, day)).length;
		log.push(entry);
	}
	return { log, cards };
}

describe.each(['Pacific/Auckland', 'America/Los_Angeles'])('90 days of daily quizzes in %s', (timeZone) => {
	// 1 March – 29 May 2026 crosses a DST change in both zones (LA: 8 March, Auckland: 5 April).
	const limits = { newPerDay: 10, reviewsPerDay: 100 };
	const { log, cards } = simulate({ timeZone, start: [2026, 3, 1], days: 90, limits, seed: 7 });

	it('takes a quiz on each of the 90 study days, one study day each', () => {
		expect(log).toHaveLength(90);
		expect(new Set(log.map((d) => d.day)).size).toBe(90);
	});

	it('never exceeds the daily limits', () => {
		for (const day of log) {
			expect(day.newIntroduced, day.day).toBeLessThanOrEqual(limits.newPerDay);
			expect(day.reviewAnswers, day.day).toBeLessThanOrEqual(limits.reviewsPerDay);
		}
	});

	it("introduces every fact once and clears each day's due reviews within the day", () => {
		expect(cards.size).toBe(FACTS.length);
		for (const day of log) {
			if (day.dueBefore <= limits.reviewsPerDay) expect(day.dueAfter, day.day).toBe(0);
		}
	});

	it('lets no fact go unreviewed past its due day', () => {
		// Daily quizzes and no backlog: every card's due day is today or later.
		const lastNow = localTime(timeZone, 2026, 3, 1 + 89, 9, 0);
		const today = studyDay(lastNow, { timeZone, dayStartHour: 4 });
		for (const card of cards.values()) {
			if (card.phase === 'review')
				expect(studyDay(card.due, { timeZone, dayStartHour: 4 }) >= today, card.factId).toBe(true);
		}
	});
});

describe('back after a 30-day break', () => {
	// Two new facts a day, so some are still unseen after the break.
	const limits = { newPerDay: 2, reviewsPerDay: 15 };
	const breakDays = (i: number) => i >= 30 && i < 60;
	const { log } = simulate({
		timeZone: 'Pacific/Auckland',
		start: [2026, 3, 1],
		days: 90,
		limits,
		skip: breakDays,
		seed: 11
	});
	const afterBreak = log.filter((d) => d.day >= '2026-04-30');

	it('meets a backlog bigger than a day allows on return', () => {
		expect(afterBreak[0]!.dueBefore).toBeGreaterThan(limits.reviewsPerDay);
	});

	it('never exceeds the daily limits while working it off', () => {
		for (const day of log) {
			expect(day.newIntroduced, day.day).toBeLessThanOrEqual(limits.newPerDay);
			expect(day.reviewAnswers, day.day).toBeLessThanOrEqual(limits.reviewsPerDay);
		}
	});

	it('takes the weakest first: every review taken was at most as likely recalled as any left for later', () => {
		for (const day of afterBreak.filter((d) => d.leftRecall.length > 0)) {
			expect(Math.max(...day.takenRecall), day.day).toBeLessThanOrEqual(Math.min(...day.leftRecall));
		}
	});

	it('pauses new facts during the backlog and resumes them once it is under control', () => {
		const backlogDays = afterBreak.filter((d) => d.dueBefore > limits.reviewsPerDay);
		expect(backlogDays.length).toBeGreaterThan(0);
		for (const day of backlogDays) expect(day).toMatchObject({ newPaused: true, newIntroduced: 0 });
		const firstClear = afterBreak.findIndex((d) => d.dueBefore <= limits.reviewsPerDay);
		expect(firstClear).toBeGreaterThan(0);
		expect(afterBreak.slice(firstClear).some((d) => d.newIntroduced > 0)).toBe(true);
	});

	it('drops nothing: the backlog shrinks to zero and every due card is reviewed', () => {
		expect(afterBreak.at(-1)!.dueAfter).toBe(0);
		const overdueOnReturn = afterBreak[0]!.dueBefore;
		const reviewedSince = new Set(afterBreak.flatMap((d) => d.reviewed));
		expect(reviewedSince.size).toBeGreaterThanOrEqual(overdueOnReturn);
	});
});
