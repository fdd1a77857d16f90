import { describe, expect, it } from 'vitest';
import { isLeech, type Grade, LEECH_THRESHOLD, type GradedReview } from '$lib/srs';
import { applyGrade, newCardState, replayReviews } from '$lib/srs/scheduler';

const start = Date.UTC(2026, 2, 1, 8);
const DAY = 86_400_000;
const settings = { desiredRetention: 0.9 };

describe('replayReviews', () => {
	const history: { grade: Grade; at: number }[] = [
		{ grade: 'good', at: start },
		{ grade: 'good', at: start + 15 * 60_000 },
		{ grade: 'again', at: start + 3 * DAY },
		{ grade: 'good', at: start + 3 * DAY + 10 * 60_000 },
		{ grade: 'good', at: start + 9 * DAY }
	];

	it('rebuilds exactly the card that answering step by step produced', () => {
		let card = newCardState('glutes.exercise.squat', start);
		for (const review of history) card = applyGrade(card, review.grade, review.at, settings);
		expect(replayReviews('glutes.exercise.squat', history, settings)).toEqual(card);
	});

	it('replays in time order whatever order the log rows come in', () => {
		const shuffled = [history[3]!, history[0]!, history[4]!, history[2]!, history[1]!];
		expect(replayReviews('x', shuffled, settings)).toEqual(replayReviews('x', history, settings));
	});

	it('gives a shorter next interval at a higher desired retention', () => {
		const strict = replayReviews('x', history, { desiredRetention: 0.97 });
		const relaxed = replayReviews('x', history, { desiredRetention: 0.8 });
		expect(strict.stability).toBeCloseTo(relaxed.stability, 6);
		expect(strict.due).toBeLessThan(relaxed.due);
	});

	it('gives a new card for an empty history', () => {
		expect(replayReviews('x', [], settings).phase).toBe('new');
	});
});

describe('isLeech', () => {
	it(`flags a fact from ${LEECH_THRESHOLD} wrong answers on, counting misses while new too`, () => {
		let card = newCardState('x', start);
		for (let miss = 1; miss <= LEECH_THRESHOLD; miss++) {
			card = applyGrade(card, 'again', start + miss * 60_000, settings);
			expect(card.misses).toBe(miss);
			expect(isLeech(card), `after ${miss} misses`).toBe(miss >= LEECH_THRESHOLD);
		}
		expect(card.phase).toBe('learning');
		expect(isLeech(applyGrade(card, 'good', start + DAY, settings))).toBe(true);
		expect(isLeech(undefined)).toBe(false);
	});

	it('starts a reset fact afresh, and a replay follows the reset', () => {
		const misses: GradedReview[] = Array.from({ length: LEECH_THRESHOLD }, (_, i) => ({
			grade: 'again',
			at: start + i * 60_000
		}));
		expect(isLeech(replayReviews('x', misses, settings))).toBe(true);
		const afterReset = replayReviews('x', [...misses, { grade: 'reset', at: start + DAY }], settings);
		expect(afterReset).toEqual(newCardState('x', start + DAY));
		expect(isLeech(afterReset)).toBe(false);
	});
});
