import { FSRSAlgorithm, forgetting_curve, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { FsrsItem } from './items';

/** How well parameters predict a history: both lower is better. */
export interface Evaluation {
	/** Mean binary cross-entropy of the predicted recall against what happened. */
	logLoss: number;
	/**
	 * FSRS benchmark's RMSE(bins): predictions grouped by interval, review count and lapses; the
	 * root of the count-weighted mean squared gap between predicted and actual recall per group.
	 */
	rmseBins: number;
	/** How many reviews were predicted. */
	reviews: number;
}

// Predictions are kept off exactly 0 and 1, where a single surprise would make the loss infinite.
const EPSILON = 1e-7;

/**
 * The benchmark's bin of a prediction (srs-benchmark's `get_bin`): intervals, review counts
 * and lapse counts on log scales, so that each bin holds comparable reviews.
 */
function binOf(deltaT: number, priorReviews: number, lapses: number): string {
	const logBin = (value: number, scale: number, base: number, digits: number) => {
		const bin = scale * base ** Math.floor(Math.log(value) / Math.log(base));
		const round = 10 ** digits;
		return Math.round(bin * round) / round;
	};
	const lapseBin = lapses === 0 ? 0 : logBin(lapses, 1.65, 1.73, 0);
	return `${lapseBin}/${logBin(deltaT, 2.48, 3.62, 2)}/${logBin(priorReviews, 1.99, 1.89, 0)}`;
}

/**
 * How well `weights` predict `items`, computed in our own code with ts-fsrs's model: each
 * item's history before its last review gives a memory state, ts-fsrs's forgetting curve
 * gives the recall it predicts after the interval, and the last review's rating says whether
 * it was recalled (anything but Again). The items of one card share its history, so its
 * state is carried forward rather than replayed from the start for every item.
 */
export function evaluateParameters(weights: readonly number[], items: readonly FsrsItem[]): Evaluation {
	const model = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
	const bins = new Map<string, { predicted: number; recalled: number; count: number }>();
	let loss = 0;
	let history: FsrsItem['history'] | null = null;
	let applied = 0;
	let state: FSRSState | null = null;
	let lapses = 0;
	for (const item of items) {
		const before = item.length - 1;
		if (item.history !== history || applied > before) {
			history = item.history;
			applied = 0;
			state = null;
			lapses = 0;
		}
		for (; applied < before; applied++) {
			const review = item.history[applied]!;
			state = model.next_state(state, review.deltaT, review.rating);
			if (review.rating === 1) lapses++;
		}
		const target = item.history[before]!;
		const predicted = Math.min(
			1 - EPSILON,
			Math.max(EPSILON, forgetting_curve(weights, target.deltaT, state!.stability))
		);
		const recalled = target.rating > 1 ? 1 : 0;
		loss -= recalled * Math.log(predicted) + (1 - recalled) * Math.log(1 - predicted);
		const key = binOf(target.deltaT, before, lapses);
		const bin = bins.get(key) ?? { predicted: 0, recalled: 0, count: 0 };
		bin.predicted += predicted;
		bin.recalled += recalled;
		bin.count++;
		bins.set(key, bin);
	}
	let squared = 0;
	for (const bin of bins.values()) squared += ((bin.predicted - bin.recalled) / bin.count) ** 2 * bin.count;
	const reviews = items.length;
	return {
		logLoss: reviews === 0 ? 0 : loss / reviews,
		rmseBins: reviews === 0 ? 0 : Math.sqrt(squared / reviews),
		reviews
	};
}
