/**
 * FSRS-6's 21 parameters (weights): the defaults, and the range each may take. Written out
 * rather than imported from ts-fsrs, because settings are checked on every page's first read
 * and importing ts-fsrs loads all of it; a unit test holds both equal to ts-fsrs's own
 * `default_w` and `CLAMP_PARAMETERS`.
 */

/** FSRS-6's defaults: the median of the parameters fitted to ~10k Anki users' histories. */
export const DEFAULT_PARAMETERS: readonly number[] = [
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
	0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
];

/** The range of each parameter (ts-fsrs's and fsrs-rs's clamps, short-term model on). */
export const PARAMETER_RANGES: readonly (readonly [min: number, max: number])[] = [
	[0.001, 100],
	[0.001, 100],
	[0.001, 100],
	[0.001, 100],
	[1, 10],
	[0.001, 4],
	[0.001, 4],
	[0.001, 0.75],
	[0, 4.5],
	[0, 0.8],
	[0.001, 3.5],
	[0.001, 5],
	[0.001, 0.25],
	[0.001, 0.9],
	[0, 4],
	[0, 1],
	[1, 6],
	[0, 2],
	[0, 2],
	[0.01, 0.8],
	[0.1, 0.8]
];

/** What is wrong with a list of parameters, in words; empty when it is 21 numbers each in range. */
export function parameterProblems(value: unknown): string[] {
	if (!Array.isArray(value)) return ['The memory model’s parameters must be a list of numbers.'];
	if (value.length !== PARAMETER_RANGES.length) {
		return [`The memory model needs ${PARAMETER_RANGES.length} parameters, not ${value.length}.`];
	}
	return value.flatMap((weight, index) => {
		const [min, max] = PARAMETER_RANGES[index]!;
		if (typeof weight !== 'number' || !Number.isFinite(weight)) return [`Parameter w${index} must be a number.`];
		return weight < min || weight > max
			? [`Parameter w${index} must be between ${min} and ${max}, not ${weight}.`]
			: [];
	});
}

/** The forgetting curve's decay (w20) of a memory model's parameters; undefined for the defaults (recall.ts holds theirs). */
export function decayOf(model: { parameters: readonly number[] | null } | undefined): number | undefined {
	return model?.parameters?.[20];
}

/** Whether two parameter lists are the same numbers (null meaning the defaults). */
export function sameParameters(a: readonly number[] | null, b: readonly number[] | null): boolean {
	const left = a ?? DEFAULT_PARAMETERS;
	const right = b ?? DEFAULT_PARAMETERS;
	return left.length === right.length && left.every((weight, index) => weight === right[index]);
}

/**
 * Below this many reviews to predict (answers a day or more after the previous one) a fit
 * waits. fsrs-rs itself fits from 8, but on so few it mostly learns noise: with 400 a fit has
 * seen most facts' first weeks, and the log-loss check guards the rest.
 */
export const MIN_REVIEWS_TO_FIT = 400;
