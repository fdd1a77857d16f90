import { describe, expect, it } from 'vitest';
import { DATASET } from '$lib/content';
import { DEFAULT_SETTINGS } from '$lib/db/settings';
import { createRng } from '$lib/quiz';
import {
	afterAnswer,
	currentFact,
	dueWithinLearnAhead,
	sessionQueue,
	type SessionQueue
} from '$lib/quiz/session-queue';
import {
	addDays,
	buildToday,
	isLeech,
	isSuspended,
	LEECH_LAPSES,
	recallProbability,
	studyDay,
	WELCOME_BACK_REVIEWS,
	type CardState,
	type Today
} from '$lib/srs';
import { applyGrade, newCardState } from '$lib/srs/scheduler';
import { buildStreaks } from '$lib/srs/streaks';

/**
 * The daily loop over 60 days, pure, on a fixed clock, at the default settings on the real
 * dataset: a seeded learner takes the day's quiz at 07:30 (UTC, days start at 04:00), answering
 * right with the card's predicted recall (60% at first sight). The session is the app's queue
 * (session-queue.ts: a miss comes back a few questions later, a learning step due within the
 * learn-ahead limit comes back at the end), so "All done for today" must hold for the next
 * 20 minutes without the test adding anything.
 *
 * The learner plans Sundays as rest days, misses one Wednesday (a freeze covers it), then three
 * days in a row (more than freezes can cover), and later goes away for 30 days.
 */

const MINUTE = 60_000;
const SECONDS_PER_ANSWER = 30;
const day = { timeZone: 'UTC', dayStartHour: 4 };
const settings = DEFAULT_SETTINGS;
const SUNDAY = 6;
const restDays = [SUNDAY];
/** Monday 2 March 2026. */
const FIRST_DAY = '2026-03-02';
const dayAt = (index: number) => addDays(FIRST_DAY, index);
const morning = (index: number) => Date.parse(`${dayAt(index)}T07:30:00Z`);

const isSunday = (index: number) => index % 7 === 6;
const UNPLANNED_MISS = 16; // Wednesday 18 March
const UNPLANNED_GAP = [21, 22, 23]; // Monday–Wednesday 23–25 March
const AWAY_FROM = 29; // 31 March, for 30 days
const BACK = AWAY_FROM + 30;
const studies = (index: number) =>
	!isSunday(index) &&
	index !== UNPLANNED_MISS &&
	!UNPLANNED_GAP.includes(index) &&
	(index < AWAY_FROM || index >= BACK);

interface DayLog {
	index: number;
	today: Today;
	newIntroduced: number;
	/** What the Today page would plan 20 minutes after the session ended. */
	afterSession: Today;
}

function simulate(seed: number) {
	const rng = createRng(seed);
	const cards = new Map<string, CardState>();
	const log: DayLog[] = [];
	let lastAnswerDay: string | null = null;
	const todayAt = (now: number, answersToday: { before: CardState }[]) =>
		buildToday({
			facts: DATASET.facts,
			cards: [...cards.values()],
			damagedFactIds: new Set(),
			answersToday,
			limits: settings,
			learnAheadMinutes: settings.learnAheadMinutes,
			lastAnswerDay,
			restDays,
			day,
			now
		});

	for (let index = 0; index <= BACK; index++) {
		if (!studies(index)) continue;
		let now = morning(index);
		const today = todayAt(now, []);
		const answers: { before: CardState }[] = [];
		let queue: SessionQueue = sessionQueue(today.queue);
		for (let factId = currentFact(queue); factId !== undefined; factId = currentFact(queue)) {
			const before = cards.get(factId) ?? newCardState(factId, now);
			const chance = before.phase === 'new' ? 0.6 : recallProbability(before, now);
			const correct = rng() < chance;
			const after = applyGrade(before, correct ? 'good' : 'again', now, settings);
			cards.set(factId, after);
			answers.push({ before });
			// The quiz's own rule: a step due within the learn-ahead window is asked in this session.
			queue = afterAnswer(queue, correct, dueWithinLearnAhead(after, now, settings.learnAheadMinutes));
			now += SECONDS_PER_ANSWER * 1000;
		}
		log.push({
			index,
			today,
			newIntroduced: answers.filter((answer) => answer.before.phase === 'new').length,
			afterSession: todayAt(now + settings.learnAheadMinutes * MINUTE, answers)
		});
		lastAnswerDay = studyDay(now, day);
	}
	return { log, cards };
}

describe('60 days of the daily loop at the default settings', () => {
	const { log } = simulate(3);
	const studied = log.map((entry) => dayAt(entry.index));

	it('spreads new facts by the daily goal: never more than newPerDay a day', () => {
		for (const entry of log) expect(entry.newIntroduced, dayAt(entry.index)).toBeLessThanOrEqual(settings.newPerDay);
		const introducedBy = log.map((_, i) => log.slice(0, i + 1).reduce((sum, entry) => sum + entry.newIntroduced, 0));
		const allIntroduced = introducedBy.indexOf(DATASET.facts.length);
		expect(allIntroduced + 1).toBeGreaterThanOrEqual(Math.ceil(DATASET.facts.length / settings.newPerDay));
	});

	it('never says "All done" and then has something due within the learn-ahead window', () => {
		for (const entry of log) {
			expect(entry.afterSession.queue, dayAt(entry.index)).toEqual([]);
		}
	});

	it('keeps the streak across planned rest days, and a freeze covers one unplanned missed day', () => {
		const onThursday = buildStreaks({ countedDays: studied, restDays, today: dayAt(UNPLANNED_MISS + 1) });
		expect(onThursday.frozenDays).toEqual([dayAt(UNPLANNED_MISS)]);
		// Every study day so far, today's included: Sundays rested, one Wednesday frozen.
		expect(onThursday.current).toBe(studied.filter((d) => d <= dayAt(UNPLANNED_MISS + 1)).length);
		// Without the rest-day plan, the first Sunday had already broken it.
		expect(buildStreaks({ countedDays: studied, restDays: [], today: dayAt(UNPLANNED_MISS + 1) }).current).toBeLessThan(
			onThursday.current
		);
	});

	it('breaks the streak on an unplanned gap longer than the freezes held', () => {
		const afterGap = dayAt(UNPLANNED_GAP.at(-1)! + 1);
		const streaks = buildStreaks({ countedDays: studied, restDays, today: afterGap });
		// The run before the gap is over: only today's quiz counts in the new one.
		expect(streaks).toMatchObject({ current: 1, doneToday: true });
		expect(streaks.longest).toBe(studied.filter((d) => d < dayAt(UNPLANNED_GAP[0]!)).length);
	});

	it('welcomes the learner back after 30 days away at the defaults: reviews capped, new facts held', () => {
		const back = log.find((entry) => entry.index === BACK)!.today;
		expect(back.plan.welcomeBack).toEqual({ missedDays: 30 - 4, cap: WELCOME_BACK_REVIEWS });
		expect(back.plan.dueCount).toBeGreaterThan(WELCOME_BACK_REVIEWS);
		expect(back.plan.reviews).toHaveLength(WELCOME_BACK_REVIEWS);
		expect(back.plan.newFacts).toEqual([]);
		// The day before the break was an ordinary day.
		expect(log.find((entry) => entry.index === AWAY_FROM - 1)!.today.plan.welcomeBack).toBeNull();
	});
});

describe('a leech', () => {
	it('is counted from lapses (a learnt fact forgotten), not from misses while learning, and suspended', () => {
		const factId = DATASET.facts[0]!.id;
		let now = morning(0);
		let card = newCardState(factId, now);
		// Eight misses while learning: not yet learnt, so not a lapse.
		for (let miss = 0; miss < LEECH_LAPSES; miss++) {
			card = applyGrade(card, 'again', now, settings);
			now += MINUTE;
		}
		expect(card.lapses).toBe(0);
		expect(isSuspended(card)).toBe(false);
		// Learnt, then forgotten at each review: every forgetting is a lapse.
		while (card.lapses < LEECH_LAPSES) {
			while (card.phase !== 'review') {
				card = applyGrade(card, 'good', now, settings);
				now = Math.max(now + MINUTE, card.due);
			}
			expect(isSuspended(card)).toBe(false);
			now = Math.max(now, card.due);
			card = applyGrade(card, 'again', now, settings);
		}
		expect(isLeech(card)).toBe(true);
		expect(isSuspended(card)).toBe(true);
	});
});
