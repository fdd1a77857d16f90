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

function scoreProblems(label: string, value: unknown): string[] {
	if (!isRecord(value)) return [`${label} must be a log loss and an RMSE.`];
	const ok = (number: unknown) => typeof number === 'number' && Number.isFinite(number) && number >= 0;
	return ok(value.logLoss) && ok(value.rmseBins) && Object.keys(value).length === 2
		? []
		: [`${label} must be a log loss and an RMSE, each a number of at least 0.`];
}

function fitProblems(value: unknown): string[] {
	if (value === null) return [];
	if (!isRecord(value)) return ['The last fit must be a record of when it ran and how it scored.'];
	const problems: string[] = [];
	const whole = (number: unknown) => Number.isSafeInteger(number) && (number as number) >= 0;
	if (!whole(value.at)) problems.push('The last fit’s time must be a whole number of milliseconds.');
	if (!whole(value.reviews)) problems.push('The last fit’s review count must be a whole number.');
	if (typeof value.kept !== 'boolean') problems.push('The last fit must say whether it was kept.');
	problems.push(...scoreProblems('The last fit’s score before', value.before));
	problems.push(...scoreProblems('The last fit’s score after', value.after));
	const known = ['at', 'reviews', 'before', 'after', 'kept'];
	problems.push(
		...Object.keys(value)
			.filter((key) => !known.includes(key))
			.map((key) => `"${key}" is not part of a fit.`)
	);
	return problems;
}

/**
 * What is wrong with a stored or imported memory model, in words; empty when it is valid. A
 * bad one is refused whole: parameters out of FSRS's ranges would schedule nonsense.
 */
export function memoryModelProblems(value: unknown): string[] {
	if (!isRecord(value)) return ['The memory model must be a set of named values.'];
	const problems: string[] = [];
	if (value.parameters !== null) problems.push(...parameterProblems(value.parameters));
	problems.push(...fitProblems(value.lastFit));
	if (value.setAside !== null)
		problems.push(...parameterProblems(value.setAside).map((problem) => `Set aside: ${problem}`));
	const known = ['parameters', 'lastFit', 'setAside'];
	problems.push(
		...Object.keys(value)
			.filter((key) => !known.includes(key))
			.map((key) => `"${key}" is not part of the memory model.`)
	);
	return problems;
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
