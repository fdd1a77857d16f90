import { describe, expect, test } from 'vitest';
import type { CardState, Grade, SchedulerSettings } from '$lib/srs';
import { applyGrade, newCardState, replayReviews } from '$lib/srs/scheduler';

/**
 * Golden numbers, in the style of ts-fsrs's own __tests__/fixed: fixed answers on a fixed clock
 * through Stride's adapter, and the exact card each leaves. The schedule is FSRS-6 with its
 * default parameters (w[0] = 0.212, w[2] = 2.3065 the initial stabilities of Again and Good,
 * w[4] = 6.4133 the initial difficulty, decay w[20] = 0.1542), learning steps 1 min and 10 min,
 * a 10-minute relearning step, and fuzz on intervals from 2.5 days. Fuzz is not random: ts-fsrs
 * seeds it from the review time, the card's reps and D × S, so each number below is the same on
 * every run. Every number was computed by ts-fsrs and checked by hand against the FSRS-6 formula
 * in the comment beside it (ts-fsrs rounds S and D to 8 decimals).
 *
 * A failure here means the schedule a learner sees has changed — a ts-fsrs upgrade, other
 * parameters or steps, or a slip in the adapter's mapping. Update a number only with the reason.
 */

const T0 = Date.UTC(2026, 0, 10, 9);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const AT_90: SchedulerSettings = { desiredRetention: 0.9 };
const AT_80: SchedulerSettings = { desiredRetention: 0.8 };

/** Answers a new card with each grade at its time; returns the card after each answer. */
function answer(answers: [Grade, number][], settings = AT_90): CardState[] {
	let card = newCardState('glutes.exercise.squat', T0);
	return answers.map(([grade, at]) => (card = applyGrade(card, grade, at, settings)));
}

/** Answers Good at every due date, starting from `card`, `times` times. */
function goodWhenDue(card: CardState, times: number, settings = AT_90): CardState[] {
	const cards: CardState[] = [];
	for (let i = 0; i < times; i++) cards.push((card = applyGrade(card, 'good', card.due, settings)));
	return cards;
}

/** A new card answered Good, and Good again at its 10-minute step: graduated to review. */
function graduated(settings = AT_90): CardState {
	return answer(
		[
			['good', T0],
			['good', T0 + 10 * MINUTE]
		],
		settings
	).at(-1)!;
}

describe('a new card', () => {
	test('a first Good schedules the second learning step 10 minutes out, at stability w[2]', () => {
		const [card] = answer([['good', T0]]);
		expect(card).toMatchObject({
			phase: 'learning',
			learningSteps: 1,
			// S0(Good) = w[2].
			stability: 2.3065,
			// D0(G) = w[4] − e^(w[5]·(G − 1)) + 1 = 7.4133 − e^(0.8334·2) for Good (G = 3).
			difficulty: 2.11810397,
			due: T0 + 10 * MINUTE,
			scheduledDays: 0,
			reps: 1,
			lapses: 0,
			lastReview: T0
		});
	});

	test('a first Again schedules the first learning step 1 minute out, at stability w[0] and difficulty w[4]', () => {
		const [card] = answer([['again', T0]]);
		expect(card).toMatchObject({
			phase: 'learning',
			learningSteps: 0,
			stability: 0.212,
			// D0(Again) = w[4] − e^0 + 1 = w[4].
			difficulty: 6.4133,
			due: T0 + MINUTE,
			scheduledDays: 0,
			reps: 1,
			// A miss while learning counts towards a leech, but is not a lapse of a learnt fact.
			lapses: 0,
			misses: 1
		});
	});
});

describe('same-day answers (the short-term model)', () => {
	test('Again then Good twice: each same-day Good raises stability a little, and the card graduates 1 day out', () => {
		const [, stepped, graduatedCard] = answer([
			['again', T0],
			['good', T0 + MINUTE],
			['good', T0 + 11 * MINUTE]
		]);
		// Short-term S' = S · e^(w[17]·(G − 3 + w[18])) · S^(−w[19]): 0.212 · 1.0507 · 1.1075.
		expect(stepped).toMatchObject({
			phase: 'learning',
			stability: 0.24668919,
			difficulty: 6.40211507,
			due: T0 + 11 * MINUTE
		});
		// Graduated: the interval is S = 0.284 days at 90% retention, and never less than 1 day.
		expect(graduatedCard).toMatchObject({
			phase: 'review',
			stability: 0.28420636,
			difficulty: 6.39094132,
			due: T0 + 11 * MINUTE + DAY,
			scheduledDays: 1,
			reps: 3,
			lapses: 0
		});
	});

	test('a same-day Good never lowers stability: Good, Good graduates at w[2], due 2 days out', () => {
		// The short-term factor for Good is 1.0507 · 2.3065^(−0.0658) = 0.9945 < 1, and FSRS-6
		// keeps a Good from lowering stability, so S stays w[2]. At 90% retention the interval is
		// S itself: 2.3 days, rounded to 2 (fuzz starts at 2.5 days).
		const card = graduated();
		expect(card).toMatchObject({
			phase: 'review',
			stability: 2.3065,
			// Mean reversion towards D0(Easy) with weight w[7] = 0.001: Good moves D only that way.
			difficulty: 2.11121424,
			due: T0 + 10 * MINUTE + 2 * DAY,
			scheduledDays: 2,
			reps: 2
		});
	});
});

describe('reviews', () => {
	test('Good on each due date: intervals of 9, 38 and 143 days after the first 2', () => {
		const [first, second, third] = goodWhenDue(graduated(), 3) as [CardState, CardState, CardState];
		// Recall at the due date is 0.9095, so S' = S · (1 + e^w[8] · (11 − D) · S^(−w[9]) ·
		// (e^(w[10]·(1 − R)) − 1)) = 2.3065 · 4.757. The interval S = 10.97 days is fuzzed within
		// [9, 13] days; ts-fsrs's seeded pick is 9.
		expect(first).toMatchObject({
			phase: 'review',
			stability: 10.97104786,
			difficulty: 2.1043314,
			scheduledDays: 9,
			due: T0 + 10 * MINUTE + 11 * DAY
		});
		expect(second).toMatchObject({ stability: 41.4964862, difficulty: 2.09745544, scheduledDays: 38 });
		expect(third).toMatchObject({ stability: 141.90368966, difficulty: 2.09058635, scheduledDays: 143 });
		expect(third.due).toBe(Date.UTC(2026, 6, 21, 9, 10));
		expect(third).toMatchObject({ reps: 5, lapses: 0 });
	});

	test('Good once a day, before the card is due: each early review gains less stability (5, 13, 17 days)', () => {
		const [, first, second, third] = answer([
			['good', T0],
			['good', T0 + DAY],
			['good', T0 + 2 * DAY],
			['good', T0 + 3 * DAY]
		]);
		// A day after the first Good, still learning: recall is 0.947, higher than at a due date,
		// so the review formula gives less growth — S = 7.32 instead of the on-time 10.97.
		expect(first).toMatchObject({ phase: 'review', stability: 7.31530068, scheduledDays: 5, due: T0 + 6 * DAY });
		expect(second).toMatchObject({ stability: 11.9910269, scheduledDays: 13, due: T0 + 15 * DAY });
		expect(third).toMatchObject({ stability: 16.40859025, scheduledDays: 17, due: T0 + 20 * DAY });
	});

	test('a lapse from review relearns 10 minutes out at the post-lapse stability, then graduates 1 day out', () => {
		const card = graduated();
		const lapsed = applyGrade(card, 'again', card.due, AT_90);
		// Post-lapse S = w[11] · D^(−w[12]) · ((S + 1)^w[13] − 1) · e^(w[14]·(1 − R)) at R = 0.9095.
		// Again raises D by w[6]·2 · (10 − D)/9 = 5.29 (then mean reversion).
		expect(lapsed).toMatchObject({
			phase: 'relearning',
			stability: 0.60770166,
			difficulty: 7.39223814,
			due: card.due + 10 * MINUTE,
			scheduledDays: 0,
			reps: 3,
			lapses: 1,
			misses: 1
		});
		const relearnt = applyGrade(lapsed, 'good', lapsed.due, AT_90);
		// The same-day Good after the lapse: short-term S' = 0.6077 · 1.0857.
		expect(relearnt).toMatchObject({
			phase: 'review',
			stability: 0.65979762,
			difficulty: 7.38007427,
			due: lapsed.due + DAY,
			scheduledDays: 1,
			lapses: 1
		});
	});
});

describe('desired retention', () => {
	test('80% instead of 90% keeps stability and difficulty, and lengthens each interval (7 days, not 2)', () => {
		const at90 = graduated(AT_90);
		const at80 = graduated(AT_80);
		expect(at80).toMatchObject({ stability: at90.stability, difficulty: at90.difficulty });
		// The interval for retention r is S · (r^(−1/w[20]) − 1) / (0.9^(−1/w[20]) − 1): 3.316 · S =
		// 7.65 days at 80%, fuzzed within [6, 9]; ts-fsrs's seeded pick is 7.
		expect(at80).toMatchObject({ scheduledDays: 7, due: T0 + 10 * MINUTE + 7 * DAY });
		expect(at90).toMatchObject({ scheduledDays: 2 });
	});

	test('the same early review at 80% and 90%: equal stability 13.84, intervals of 45 and 13 days', () => {
		const reviewAt = T0 + 10 * MINUTE + 3 * DAY;
		const at90 = applyGrade(graduated(AT_90), 'good', reviewAt, AT_90);
		const at80 = applyGrade(graduated(AT_80), 'good', reviewAt, AT_80);
		expect(at90).toMatchObject({ stability: 13.8358397, difficulty: 2.1043314, scheduledDays: 13 });
		expect(at80).toMatchObject({ stability: 13.8358397, difficulty: 2.1043314, scheduledDays: 45 });
		expect(at80.due).toBe(reviewAt + 45 * DAY);
	});
});

describe('replaying a history', () => {
	test('a reset starts the card afresh: the Again after it schedules like a first Again', () => {
		const card = replayReviews(
			'glutes.exercise.squat',
			[
				{ grade: 'good', at: T0 },
				{ grade: 'good', at: T0 + 10 * MINUTE },
				{ grade: 'reset', at: T0 + DAY },
				{ grade: 'again', at: T0 + DAY + MINUTE }
			],
			AT_90
		);
		expect(card).toMatchObject({
			phase: 'learning',
			stability: 0.212,
			difficulty: 6.4133,
			due: T0 + DAY + 2 * MINUTE,
			reps: 1,
			lapses: 0,
			misses: 1,
			lastReview: T0 + DAY + MINUTE
		});
	});
});
