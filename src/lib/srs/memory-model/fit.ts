import { evaluateParameters, type Evaluation } from './evaluate';
import type { FsrsItem } from './items';
import { DEFAULT_PARAMETERS, MIN_REVIEWS_TO_FIT, PARAMETER_RANGES } from './parameters';

/**
 * The part of fsrs-browser's `Fsrs` a fit uses: fsrs-rs's optimiser, the one Anki runs. Passed
 * in, so this module stays plain TypeScript: the worker loads the WebAssembly with `fetch`, a
 * Node script or test with `initSync` and the file's bytes.
 */
export interface FsrsOptimizer {
	/**
	 * Items flattened: every item's ratings and intervals one after another, `lengths` saying
	 * where each ends. Consumes the object: make a new one for every fit.
	 */
	computeParameters(
		ratings: Uint32Array,
		deltaTs: Uint32Array,
		lengths: Uint32Array,
		progress: undefined,
		enableShortTerm: boolean
	): Float32Array;
}

export type FitOutcome =
	/** `trainedOn`: how many of the items the fit learnt from (all, unless the history was sampled). */
	| { fitted: true; weights: number[]; trainedOn: number }
	| { fitted: false; weights: readonly number[]; reason: string };

/**
 * The most review entries (items flattened) one fit trains on. fsrs-rs needs ~23 bytes of
 * WebAssembly memory per entry and fsrs-browser's memory stops at 1 GiB: 100,000 answers on
 * 89 facts (1,100 per fact, 56 million entries) ran out (BENCHMARKS.md). 5 million keeps a
 * fit near 150 MB, which a phone can give; Stride's deck at five years of daily study is
 * ~120,000 entries, an Anki deck of 1,000 cards over five years ~1.1 million.
 */
export const MAX_TRAINING_ENTRIES = 5_000_000;

/**
 * The items a fit trains on: all of them, or, when they hold more than `maxEntries` reviews,
 * each card's first item and an even sample of the rest (every k-th, so each period and each
 * card keeps its share). The first items are what fsrs-rs fits the initial stabilities
 * (w0–w3) from, one per card: without them it finds "not enough data" and fails. Every item
 * stays a whole prefix: a sample loses examples, never a card's past.
 */
export function trainingSample(items: readonly FsrsItem[], maxEntries = MAX_TRAINING_ENTRIES): readonly FsrsItem[] {
	let total = 0;
	let firsts = 0;
	const isFirst = items.map((item, index) => index === 0 || items[index - 1]!.history !== item.history);
	items.forEach((item, index) => {
		total += item.length;
		if (isFirst[index]) firsts += item.length;
	});
	if (total <= maxEntries) return items;
	const share = Math.max(0, maxEntries - firsts) / (total - firsts);
	let rest = 0;
	return items.filter((_, index) => {
		if (isFirst[index]) return true;
		rest++;
		return Math.floor(rest * share) > Math.floor((rest - 1) * share);
	});
}

/** fsrs-rs works in 32-bit floats: four decimals (what Anki shows) is all the precision a fit has. */
function rounded(weight: number, index: number): number {
	const [min, max] = PARAMETER_RANGES[index]!;
	return Math.min(max, Math.max(min, Math.round(weight * 10_000) / 10_000));
}

/**
 * Fits FSRS-6's 21 parameters to `items` with fsrs-rs (short-term model on: same-day re-asks
 * count), on a sample of them if they are too many (trainingSample). Too little history keeps
 * the defaults and says why.
 */
export function fitParameters(
	items: readonly FsrsItem[],
	optimizer: FsrsOptimizer,
	maxEntries = MAX_TRAINING_ENTRIES
): FitOutcome {
	if (items.length < MIN_REVIEWS_TO_FIT) {
		return {
			fitted: false,
			weights: DEFAULT_PARAMETERS,
			reason:
				`A fit needs at least ${MIN_REVIEWS_TO_FIT} answers given a day or more after the one before, ` +
				`and there are ${items.length}.`
		};
	}
	const training = trainingSample(items, maxEntries);
	let total = 0;
	for (const item of training) total += item.length;
	const ratings = new Uint32Array(total);
	const deltaTs = new Uint32Array(total);
	const lengths = new Uint32Array(training.length);
	let at = 0;
	training.forEach((item, index) => {
		lengths[index] = item.length;
		for (let review = 0; review < item.length; review++, at++) {
			ratings[at] = item.history[review]!.rating;
			deltaTs[at] = item.history[review]!.deltaT;
		}
	});
	const weights = optimizer.computeParameters(ratings, deltaTs, lengths, undefined, true);
	if (weights.length !== DEFAULT_PARAMETERS.length) {
		return {
			fitted: false,
			weights: DEFAULT_PARAMETERS,
			reason: `The optimiser gave ${weights.length} parameters, not 21.`
		};
	}
	return { fitted: true, weights: Array.from(weights, rounded), trainedOn: training.length };
}

/** Current and candidate parameters scored on the same history, and which to keep. */
export interface ParameterComparison {
	current: Evaluation;
	candidate: Evaluation;
	/**
	 * Whether the candidate predicts the history better (lower log loss): only then does it
	 * replace the current parameters, as Anki keeps the current ones unless the new are not worse.
	 */
	better: boolean;
}

export function compareParameters(
	current: readonly number[],
	candidate: readonly number[],
	items: readonly FsrsItem[]
): ParameterComparison {
	const before = evaluateParameters(current, items);
	const after = evaluateParameters(candidate, items);
	return { current: before, candidate: after, better: after.logLoss < before.logLoss };
}
