import { FSRSAlgorithm, forgetting_curve, generatorParameters, type FSRSState } from 'ts-fsrs';
import { createRng } from '../../../src/lib/quiz';
import type { PlainReview } from '../../../src/lib/srs/memory-model';

const DAY_MS = 86_400_000;

/**
 * A learner who forgets faster than FSRS-6's defaults assume, on a steeper curve: low initial
 * stabilities (w0–w3), stability that grows less on each recall (w8) and a decay (w20) of 0.5
 * instead of 0.1542. The truth the tests, the benchmarks and the browser tests fit towards.
 */
export const FAST_FORGETTER: readonly number[] = [
	0.1, 0.4, 0.8, 3, 6.8, 0.6, 2.4, 0.01, 1.2, 0.25, 0.9, 1.2, 0.08, 0.35, 1.9, 0.5, 2.2, 0.5, 0.1, 0.06, 0.5
];

/**
 * A learner whose memory follows FSRS-6 with known parameters (`truth`), studying on a
 * schedule that does not know them: what a fit should recover. Each card is first seen on a
 * random day and re-asked the same day until right; later reviews come when the interval the
 * default parameters would give has passed (their stability, times a random factor around 1,
 * as fuzz and late reviews give); whether each is recalled is drawn from the true forgetting
 * curve. Reviews are at 10:00 UTC,
 * so study days with a 4:00 start are calendar days.
 */
export function simulatedLearner(options: {
	truth: readonly number[];
	cardIds: readonly string[];
	days: number;
	start: number;
	seed: number;
}): PlainReview[] {
	const rng = createRng(options.seed);
	const model = new FSRSAlgorithm(generatorParameters({ w: [...options.truth], enable_short_term: true }));
	const scheduler = new FSRSAlgorithm(generatorParameters({ enable_short_term: true }));
	const reviews: PlainReview[] = [];
	for (const cardId of options.cardIds) {
		let day = Math.floor(rng() * options.days * 0.7);
		let state: FSRSState | null = null;
		let scheduled: FSRSState | null = null;
		let lastDay = day;
		let minute = 0;
		const review = (recalled: boolean, deltaT: number) => {
			const rating = recalled ? 3 : 1;
			reviews.push({ cardId, reviewedAt: options.start + day * DAY_MS + 10 * 3_600_000 + minute++ * 60_000, rating });
			state = model.next_state(state, deltaT, rating);
			scheduled = scheduler.next_state(scheduled, deltaT, rating);
		};
		// The first sight, then same-day re-asks until it is right once.
		review(rng() < 0.6, 0);
		while (reviews.at(-1)!.rating === 1) review(rng() < 0.8, 0);
		for (;;) {
			const interval = Math.max(1, Math.round(scheduled!.stability * (0.5 + rng())));
			day += interval;
			if (day >= options.days) break;
			minute = 0;
			const deltaT = day - lastDay;
			lastDay = day;
			const recall = forgetting_curve(options.truth, deltaT, state!.stability);
			review(rng() < recall, deltaT);
			while (reviews.at(-1)!.rating === 1) review(rng() < 0.8, 0);
		}
	}
	return reviews;
}
