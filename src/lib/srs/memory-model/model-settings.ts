import { parameterProblems } from './parameters';

/** How a set of parameters scored on a history (see evaluate.ts). */
export interface Score {
	logLoss: number;
	rmseBins: number;
}

/** The outcome of one fit, kept or refused: what the page reports and the re-fit nudge counts from. */
export interface FitRecord {
	/** When it ran (epoch ms). */
	at: number;
	/** How many reviews it learnt from and was scored on. */
	reviews: number;
	/** The parameters in use before it, and the fitted ones, scored on that history. */
	before: Score;
	after: Score;
	/** Whether the fitted parameters replaced the ones in use (only when they predict better). */
	kept: boolean;
}

/** The learner's memory model, stored with the settings. */
export interface MemoryModel {
	/** The FSRS-6 parameters scheduling uses; null for the defaults. */
	parameters: number[] | null;
	lastFit: FitRecord | null;
	/** Fitted parameters that "Back to defaults" set aside, so it can be undone. */
	setAside: number[] | null;
}

export const DEFAULT_MEMORY_MODEL: MemoryModel = { parameters: null, lastFit: null, setAside: null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` holds exactly these fields. */
const hasFields = (value: Record<string, unknown>, fields: readonly string[]) =>
	Object.keys(value).length === fields.length && fields.every((field) => field in value);

const isScore = (value: unknown) =>
	isRecord(value) &&
	hasFields(value, ['logLoss', 'rmseBins']) &&
	[value.logLoss, value.rmseBins].every(
		(number) => typeof number === 'number' && number >= 0 && Number.isFinite(number)
	);

const isFitRecord = (value: unknown) =>
	isRecord(value) &&
	hasFields(value, ['at', 'reviews', 'before', 'after', 'kept']) &&
	[value.at, value.reviews].every((number) => Number.isSafeInteger(number) && (number as number) >= 0) &&
	isScore(value.before) &&
	isScore(value.after) &&
	typeof value.kept === 'boolean';

/**
 * What is wrong with a stored or imported memory model, in words; empty when it is valid. A
 * bad one is refused whole: parameters out of FSRS's ranges would schedule nonsense. Kept
 * short, as it runs with every page's first read of the settings.
 */
export function memoryModelProblems(value: unknown): string[] {
	if (!isRecord(value) || !hasFields(value, ['parameters', 'lastFit', 'setAside'])) {
		return ['The memory model must hold its parameters, its last fit and any set-aside parameters, and nothing else.'];
	}
	return [
		...(value.parameters === null ? [] : parameterProblems(value.parameters)),
		...(value.lastFit === null || isFitRecord(value.lastFit)
			? []
			: ['The last fit must give its time, review count, scores before and after, and whether it was kept.']),
		...(value.setAside === null ? [] : parameterProblems(value.setAside).map((problem) => `Set aside: ${problem}`))
	];
}

/** A deep copy, so a stored model is never shared with a page that may change it. */
export function copyMemoryModel(model: MemoryModel): MemoryModel {
	return {
		parameters: model.parameters && [...model.parameters],
		lastFit: model.lastFit && {
			...model.lastFit,
			before: { ...model.lastFit.before },
			after: { ...model.lastFit.after }
		},
		setAside: model.setAside && [...model.setAside]
	};
}

/** A re-fit is suggested a month after the last one (once there is new history to learn from)… */
const REFIT_AFTER_DAYS = 30;
const NEW_ENTRIES_FOR_A_MONTHLY_REFIT = 50;
/** …or sooner, once this many answers have been given since. */
const REFIT_AFTER_ENTRIES = 300;

/**
 * Whether to suggest fitting again: FSRS's authors advise re-optimising about monthly, and a
 * fit learns from new answers only, so a month with almost no study suggests nothing.
 */
export function refitSuggested(lastFit: FitRecord | null, entriesSince: number, now: number): boolean {
	if (!lastFit) return false;
	const days = (now - lastFit.at) / 86_400_000;
	return (
		entriesSince >= REFIT_AFTER_ENTRIES || (days >= REFIT_AFTER_DAYS && entriesSince >= NEW_ENTRIES_FOR_A_MONTHLY_REFIT)
	);
}
