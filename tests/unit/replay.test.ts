import { describe, expect, it } from 'vitest';
import type { Grade } from '$lib/srs';
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
