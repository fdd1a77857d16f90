import fc from 'fast-check';
import { CLAMP_PARAMETERS, default_w, W17_W18_Ceiling } from 'ts-fsrs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
	DEFAULT_PARAMETERS,
	fsrsItemsFrom,
	memoryModelProblems,
	MIN_REVIEWS_TO_FIT,
	PARAMETER_RANGES,
	parameterProblems,
	reviewsOf,
	type PlainReview
} from '../../src/lib/srs/memory-model';
import { evaluateParameters } from '../../src/lib/srs/memory-model/evaluate';
import {
	compareParameters,
	fitParameters,
	MAX_TRAINING_ENTRIES,
	trainingSample,
	type FsrsOptimizer
} from '../../src/lib/srs/memory-model/fit';
import { nodeOptimizer } from './helpers/node-optimizer';
import { FAST_FORGETTER, simulatedLearner } from './helpers/simulated-learner';

const DAY_MS = 86_400_000;
const cardIds = (count: number) => Array.from({ length: count }, (_, index) => `card-${index}`);
const START = Date.UTC(2025, 0, 1);
/** 10:00 UTC on day `day` of the history, `minute` minutes in. */
const at = (day: number, minute = 0) => START + day * DAY_MS + 10 * 3_600_000 + minute * 60_000;

const TRUTH = FAST_FORGETTER;

describe('the parameters Stride writes out by hand', () => {
	it('are ts-fsrs’s FSRS-6 defaults and clamps', () => {
		expect(DEFAULT_PARAMETERS).toEqual(default_w);
		expect(PARAMETER_RANGES).toEqual(CLAMP_PARAMETERS(W17_W18_Ceiling, true));
	});

	it('accept 21 numbers in range and name what is wrong otherwise', () => {
		expect(parameterProblems([...DEFAULT_PARAMETERS])).toEqual([]);
		expect(parameterProblems(TRUTH)).toEqual([]);
		expect(parameterProblems('0.2,1.2')).toEqual(['The memory model’s parameters must be a list of numbers.']);
		expect(parameterProblems([0.2, 1.2])).toEqual(['The memory model needs 21 parameters, not 2.']);
		const bad = [...DEFAULT_PARAMETERS];
		bad[20] = 2;
		bad[3] = Number.NaN;
		expect(parameterProblems(bad)).toEqual([
			'Parameter w3 must be a number.',
			'Parameter w20 must be between 0.1 and 0.8, not 2.'
		]);
	});
});

describe('a stored memory model', () => {
	const fit = {
		at: 1,
		reviews: 400,
		before: { logLoss: 0.4, rmseBins: 0.07 },
		after: { logLoss: 0.38, rmseBins: 0.05 },
		kept: true
	};
	it('is valid with the defaults, or fitted parameters and their fit', () => {
		expect(memoryModelProblems({ parameters: null, lastFit: null, setAside: null })).toEqual([]);
		expect(memoryModelProblems({ parameters: TRUTH, lastFit: fit, setAside: null })).toEqual([]);
		expect(memoryModelProblems({ parameters: null, lastFit: fit, setAside: TRUTH })).toEqual([]);
	});
	it('is refused with a reason when any part is damaged', () => {
		expect(memoryModelProblems({ parameters: null, lastFit: null })).toEqual([
			'The memory model must hold its parameters, its last fit and any set-aside parameters, and nothing else.'
		]);
		expect(memoryModelProblems({ parameters: null, lastFit: null, setAside: null, extra: 1 })).toHaveLength(1);
		expect(memoryModelProblems({ parameters: null, lastFit: { ...fit, kept: 'yes' }, setAside: null })).toEqual([
			'The last fit must give its time, review count, scores before and after, and whether it was kept.'
		]);
		expect(
			memoryModelProblems({
				parameters: null,
				lastFit: { ...fit, after: { logLoss: -1, rmseBins: 0 } },
				setAside: null
			})
		).toHaveLength(1);
		expect(memoryModelProblems({ parameters: null, lastFit: null, setAside: [1] })).toEqual([
			'Set aside: The memory model needs 21 parameters, not 1.'
		]);
	});
});

describe('fsrsItemsFrom', () => {
	it('makes every card’s history into prefixes, each ending in a review a day or more after the one before', () => {
		const reviews: PlainReview[] = [
			{ cardId: 'a', reviewedAt: at(0), rating: 3 },
			{ cardId: 'b', reviewedAt: at(0), rating: 1 },
			{ cardId: 'b', reviewedAt: at(0, 5), rating: 3 },
			{ cardId: 'a', reviewedAt: at(3), rating: 1 },
			{ cardId: 'a', reviewedAt: at(3, 10), rating: 3 },
			{ cardId: 'b', reviewedAt: at(2), rating: 3 },
			{ cardId: 'a', reviewedAt: at(10), rating: 3 }
		];
		expect(fsrsItemsFrom(reviews).map(reviewsOf)).toEqual([
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 1, deltaT: 3 }
			],
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 1, deltaT: 3 },
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 7 }
			],
			[
				{ rating: 1, deltaT: 0 },
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 2 }
			]
		]);
	});

	it('counts intervals in study days: a review at 3:00 belongs to the day before', () => {
		const reviews: PlainReview[] = [
			{ cardId: 'a', reviewedAt: Date.UTC(2025, 0, 1, 23), rating: 3 },
			// 28 hours later, but at 3:00 on the 3rd: still the study day of the 2nd.
			{ cardId: 'a', reviewedAt: Date.UTC(2025, 0, 3, 3), rating: 3 },
			{ cardId: 'a', reviewedAt: Date.UTC(2025, 0, 3, 5), rating: 3 }
		];
		expect(fsrsItemsFrom(reviews, { timeZone: 'UTC', dayStartHour: 4 }).map((item) => reviewsOf(item).at(-1))).toEqual([
			{ rating: 3, deltaT: 1 },
			{ rating: 3, deltaT: 1 }
		]);
		expect(fsrsItemsFrom(reviews, { timeZone: 'UTC', dayStartHour: 0 }).map((item) => reviewsOf(item).at(-1))).toEqual([
			{ rating: 3, deltaT: 2 }
		]);
	});

	it('starts a reset card afresh', () => {
		const reviews: PlainReview[] = [
			{ cardId: 'a', reviewedAt: at(0), rating: 3 },
			{ cardId: 'a', reviewedAt: at(4), rating: 1 },
			{ cardId: 'a', reviewedAt: at(5), rating: 0 },
			{ cardId: 'a', reviewedAt: at(6), rating: 3 },
			{ cardId: 'a', reviewedAt: at(9), rating: 3 }
		];
		expect(fsrsItemsFrom(reviews).map(reviewsOf)).toEqual([
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 1, deltaT: 4 }
			],
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 3 }
			]
		]);
	});

	it('for any history: one item per review after a card’s first on a later day, its intervals summing to the days since the first', () => {
		const history = fc.array(
			fc.record({
				cardId: fc.constantFrom('a', 'b', 'c'),
				reviewedAt: fc.integer({ min: 0, max: 60 * DAY_MS }).map((offset) => START + offset),
				rating: fc.constantFrom(1, 2, 3, 4)
			}),
			{ maxLength: 60 }
		);
		fc.assert(
			fc.property(history, (reviews) => {
				const items = fsrsItemsFrom(reviews as PlainReview[]);
				const dayOf = (time: number) => Math.floor((time - 4 * 3_600_000) / DAY_MS);
				let expected = 0;
				for (const card of ['a', 'b', 'c']) {
					const days = reviews.filter((review) => review.cardId === card).map((review) => dayOf(review.reviewedAt));
					days.sort((x, y) => x - y);
					expected += days.filter((day, index) => index > 0 && day > days[index - 1]!).length;
				}
				expect(items).toHaveLength(expected);
				for (const item of items) {
					const reviewsOfItem = reviewsOf(item);
					expect(reviewsOfItem[0]!.deltaT).toBe(0);
					expect(reviewsOfItem.at(-1)!.deltaT).toBeGreaterThan(0);
					expect(reviewsOfItem.every((review) => review.deltaT >= 0)).toBe(true);
				}
			})
		);
	});
});

describe('evaluateParameters', () => {
	it('matches a log loss and RMSE(bins) worked out by hand from FSRS-6’s formulas', () => {
		// Card a: Good, then Again 3 days later. Card b: Again, Good the same day, Good 2 days later.
		const items = fsrsItemsFrom([
			{ cardId: 'a', reviewedAt: at(0), rating: 3 },
			{ cardId: 'a', reviewedAt: at(3), rating: 1 },
			{ cardId: 'b', reviewedAt: at(0), rating: 1 },
			{ cardId: 'b', reviewedAt: at(0, 1), rating: 3 },
			{ cardId: 'b', reviewedAt: at(2), rating: 3 }
		]);
		const w = DEFAULT_PARAMETERS;
		const decay = w[20]!;
		const factor = 0.9 ** (-1 / decay) - 1;
		const recall = (days: number, stability: number) => (1 + (factor * days) / stability) ** -decay;
		// a: a first Good gives stability w2; recalled? no.
		const recallA = recall(3, w[2]!);
		// b: a first Again gives w0; Good the same day multiplies it by e^(w17·(3 − 3 + w18)) · S^(−w19).
		const stabilityB = w[0]! * Math.exp(w[17]! * w[18]!) * w[0]! ** -w[19]!;
		const recallB = recall(2, stabilityB);
		const logLoss = (-Math.log(1 - recallA) - Math.log(recallB)) / 2;
		// Different bins (b has a lapse and two reviews before): each bin's error is its own.
		const rmseBins = Math.sqrt((recallA ** 2 + (1 - recallB) ** 2) / 2);

		const evaluation = evaluateParameters(w, items);
		expect(evaluation.reviews).toBe(2);
		expect(evaluation.logLoss).toBeCloseTo(logLoss, 6);
		expect(evaluation.rmseBins).toBeCloseTo(rmseBins, 6);
	});

	it('scores a history it predicts well lower than one it does not', () => {
		const recalled = fsrsItemsFrom([
			{ cardId: 'a', reviewedAt: at(0), rating: 3 },
			{ cardId: 'a', reviewedAt: at(1), rating: 3 }
		]);
		const forgotten = fsrsItemsFrom([
			{ cardId: 'a', reviewedAt: at(0), rating: 3 },
			{ cardId: 'a', reviewedAt: at(1), rating: 1 }
		]);
		expect(evaluateParameters(DEFAULT_PARAMETERS, recalled).logLoss).toBeLessThan(
			evaluateParameters(DEFAULT_PARAMETERS, forgotten).logLoss
		);
	});
});

describe('fitParameters with fsrs-rs (fsrs-browser’s WebAssembly, in Node)', () => {
	let optimizer: () => FsrsOptimizer;
	beforeAll(async () => {
		optimizer = await nodeOptimizer();
	});

	/** fsrs-rs prints each epoch's loss: kept out of the test output. */
	function quietly<T>(run: () => T): T {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		try {
			return run();
		} finally {
			log.mockRestore();
		}
	}

	it('on a learner with known non-default parameters, predicts held-out cards better than the defaults', () => {
		const reviews = simulatedLearner({ truth: TRUTH, cardIds: cardIds(500), days: 365, start: START, seed: 17 });
		const heldOut = (review: PlainReview) => Number(review.cardId.slice(5)) % 5 === 0;
		const training = fsrsItemsFrom(reviews.filter((review) => !heldOut(review)));
		const test = fsrsItemsFrom(reviews.filter(heldOut));
		expect(training.length).toBeGreaterThan(MIN_REVIEWS_TO_FIT);

		const outcome = quietly(() => fitParameters(training, optimizer()));
		expect(outcome.fitted).toBe(true);
		expect(parameterProblems(outcome.weights)).toEqual([]);
		const comparison = compareParameters(DEFAULT_PARAMETERS, outcome.weights, test);
		expect(comparison.better).toBe(true);
		expect(comparison.candidate.logLoss).toBeLessThan(comparison.current.logLoss);
		expect(comparison.candidate.rmseBins).toBeLessThan(comparison.current.rmseBins);
		// The steeper forgetting curve is found: the fitted decay moves from the default towards the truth.
		expect(Math.abs(outcome.weights[20]! - TRUTH[20]!)).toBeLessThan(Math.abs(DEFAULT_PARAMETERS[20]! - TRUTH[20]!));
		// A real fit: ~2.5 s here, longer on a busy machine.
	}, 60_000);

	it('fits a sampled history with fsrs-rs itself, and the sample still beats the defaults', () => {
		const reviews = simulatedLearner({ truth: TRUTH, cardIds: cardIds(500), days: 365, start: START, seed: 17 });
		const items = fsrsItemsFrom(reviews);
		const entries = items.reduce((sum, item) => sum + item.length, 0);
		const outcome = quietly(() => fitParameters(items, optimizer(), entries / 20));
		expect(outcome.fitted).toBe(true);
		if (!outcome.fitted) return;
		expect(outcome.trainedOn).toBeLessThan(items.length / 2);
		expect(compareParameters(DEFAULT_PARAMETERS, outcome.weights, items).better).toBe(true);
	}, 60_000);

	it('keeps the defaults, and says why, on a history too small to fit', () => {
		const reviews = simulatedLearner({ truth: TRUTH, cardIds: cardIds(20), days: 60, start: START, seed: 3 });
		const items = fsrsItemsFrom(reviews);
		expect(items.length).toBeLessThan(MIN_REVIEWS_TO_FIT);
		const computeParameters = vi.fn();
		const outcome = fitParameters(items, { computeParameters });
		expect(outcome).toEqual({
			fitted: false,
			weights: DEFAULT_PARAMETERS,
			reason: `A fit needs at least 400 answers given a day or more after the one before, and there are ${items.length}.`
		});
		expect(computeParameters).not.toHaveBeenCalled();
	});

	it('trains on an even sample of a history too big for the WebAssembly memory, whole prefixes only', () => {
		const items = fsrsItemsFrom(
			simulatedLearner({ truth: TRUTH, cardIds: cardIds(200), days: 365, start: START, seed: 9 })
		);
		const entries = (list: readonly { length: number }[]) => list.reduce((sum, item) => sum + item.length, 0);
		expect(trainingSample(items, entries(items))).toBe(items);
		const sample = trainingSample(items, entries(items) / 4);
		expect(entries(sample)).toBeLessThanOrEqual(entries(items) / 4 + 200);
		expect(sample.length).toBeGreaterThan(items.length / 5);
		// Spread over the whole history: its first and last quarters both keep their share.
		const position = new Map(items.map((item, index) => [item, index]));
		const quarter = items.length / 4;
		expect(sample.filter((item) => position.get(item)! < quarter).length).toBeGreaterThan(sample.length / 5);
		expect(sample.filter((item) => position.get(item)! >= 3 * quarter).length).toBeGreaterThan(sample.length / 5);
		// Every card's first item stays: fsrs-rs fits the first stabilities from them, and fails without.
		const firstOf = new Map<unknown, (typeof items)[number]>();
		for (const item of items) if (!firstOf.has(item.history)) firstOf.set(item.history, item);
		for (const first of firstOf.values()) expect(sample).toContain(first);

		// The fit hands fsrs-rs at most the budget, each item a whole prefix from the card's first review.
		const huge = Array.from({ length: 120 }, () => items).flat();
		let seen = { entries: 0, items: 0 };
		const outcome = fitParameters(huge, {
			computeParameters: (ratings, deltaTs, lengths) => {
				seen = { entries: ratings.length, items: lengths.length };
				expect(deltaTs[0]).toBe(0);
				return new Float32Array(DEFAULT_PARAMETERS);
			}
		});
		expect(entries(huge)).toBeGreaterThan(MAX_TRAINING_ENTRIES);
		expect(seen.entries).toBeLessThanOrEqual(MAX_TRAINING_ENTRIES + 300);
		expect(outcome).toMatchObject({ fitted: true, trainedOn: seen.items });
	});

	it('refuses fitted parameters that predict the history worse than the current ones', () => {
		const items = fsrsItemsFrom(
			simulatedLearner({ truth: TRUTH, cardIds: cardIds(100), days: 200, start: START, seed: 5 })
		);
		const comparison = compareParameters(TRUTH, DEFAULT_PARAMETERS, items);
		expect(comparison.better).toBe(false);
		expect(comparison.candidate.logLoss).toBeGreaterThan(comparison.current.logLoss);
	});
});
