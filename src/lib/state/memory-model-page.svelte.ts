import type { StrideDatabase } from '../db';
import { describeFailure } from '../db/errors';
import { countEntriesSince, loadPlainHistory } from '../db/memory-model';
import { loadSettings } from '../db/settings';
import {
	DEFAULT_PARAMETERS,
	deviceDays,
	fsrsItemsFrom,
	refitSuggested,
	type FitRecord,
	type MemoryModel,
	type PlainReview,
	type Score
} from '../srs/memory-model';
import type { FitRequest, FitStep } from '../srs/memory-model/fit-messages';
import { canFit, runFit, type FitResult, type FitRun } from './fit-worker';

/** A fit or a score under way: its step, and a time estimate for the bar (fsrs-rs reports no progress we can read: see the README). */
export interface RunningFit {
	step: FitStep;
	items: number;
	startedAt: number;
	/** Expected length, from the item count and this machine class's measured speed (BENCHMARKS.md). */
	estimateMs: number;
	/** What is being run: the learner's own history, or an imported file. */
	source: 'own' | 'file';
}

/** What the last action ended with, for the live region. */
export type FitMessage =
	/** `trainedOn`: how many of the fit's reviews it learnt from (fewer when a long history was sampled). */
	| { kind: 'kept' | 'refused'; fit: FitRecord; trainedOn: number }
	| { kind: 'too-little'; reason: string }
	| { kind: 'cancelled' | 'failed' | 'reset' | 'restored'; text: string };

/** A revlog file evaluated: the parameters in use and the defaults scored on it, and a fit to it if asked. */
export interface FileEvaluation {
	fileName: string;
	cards: number;
	skipped: number;
	items: number;
	current: Score;
	defaults: Score;
	/** How parameters fitted to the file would score on it: shown, never kept (the file is not the learner's Stride history). */
	fitted: { before: Score; after: Score } | { reason: string } | null;
}

// Measured in Chromium here: about 0.6 ms per item, plus the WebAssembly's start.
const MS_PER_ITEM = 0.6;
const START_MS = 400;

/**
 * Why the worker failed, in words: WebAssembly that runs out of memory traps with a bare
 * "unreachable", which says nothing to a learner.
 */
function whyStopped(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return /unreachable|out of memory/i.test(message) ? 'it ran out of memory (close other tabs and try again)' : message;
}

const scoreOf = ({ logLoss, rmseBins }: Score): Score => ({ logLoss, rmseBins });

/**
 * The "Your memory model" page: which parameters schedule the learner, fitting new ones in a
 * worker (kept only when they predict the learner's history better), "Back to defaults" and
 * its undo, and scoring an imported revlog file.
 */
export class MemoryModelPage {
	model = $state<MemoryModel | null>(null);
	/** How many reviews a fit would learn from (answers a day or more after the one before). */
	available = $state<number | null>(null);
	refitDue = $state(false);
	running = $state<RunningFit | null>(null);
	/** Milliseconds since the run started, ticking while it runs. */
	elapsedMs = $state(0);
	message = $state<FitMessage | null>(null);
	file = $state<FileEvaluation | null>(null);
	fileError = $state<string | null>(null);
	saving = $state(false);
	readonly supported = canFit();

	#db: StrideDatabase;
	#clock: () => number;
	#dayStartHour = 4;
	#run: FitRun | null = null;
	#ticker: ReturnType<typeof setInterval> | undefined;
	#fileReviews: PlainReview[] | null = null;
	#loaded: Promise<void> | null = null;
	#cancelRequested = false;

	constructor(db: StrideDatabase, clock: () => number = Date.now) {
		this.#db = db;
		this.#clock = clock;
	}

	/** Reads the model and counts the history; a file chosen before it ends waits for it. */
	load(): Promise<void> {
		this.#loaded ??= this.#load();
		return this.#loaded;
	}

	async #load(): Promise<void> {
		try {
			const [settings, history] = await Promise.all([loadSettings(this.#db), loadPlainHistory(this.#db)]);
			this.#dayStartHour = settings.dayStartHour;
			this.model = settings.memoryModel;
			this.available = fsrsItemsFrom(history, deviceDays(settings.dayStartHour)).length;
			const lastFit = settings.memoryModel.lastFit;
			this.refitDue = lastFit
				? refitSuggested(lastFit, await countEntriesSince(this.#db, lastFit.at), this.#clock())
				: false;
		} catch (error) {
			this.message = { kind: 'failed', text: describeFailure('load-progress', error) };
		}
	}

	/** Fits parameters to the learner's history; keeps them only if they predict it better. */
	async fit(): Promise<void> {
		if (this.running || !this.model) return;
		this.message = null;
		const current = this.#parametersInUse();
		// The history is read once the bar shows "Reading your history…": on a long log it takes a while.
		const result = await this.#start('own', async () => ({
			kind: 'fit',
			reviews: await loadPlainHistory(this.#db),
			days: deviceDays(this.#dayStartHour),
			current
		}));
		if (!result || result.kind !== 'fitted') return;
		if (!result.outcome.fitted || !result.comparison) {
			this.message = {
				kind: 'too-little',
				reason: result.outcome.fitted ? 'The fit gave nothing to compare.' : result.outcome.reason
			};
			return;
		}
		const { comparison, outcome } = result;
		const fit: FitRecord = {
			at: this.#clock(),
			reviews: result.items,
			before: scoreOf(comparison.current),
			after: scoreOf(comparison.candidate),
			kept: comparison.better
		};
		const model: MemoryModel = comparison.better
			? { parameters: outcome.weights, lastFit: fit, setAside: null }
			: { ...this.model, lastFit: fit };
		if (await this.#save(model)) {
			this.message = { kind: comparison.better ? 'kept' : 'refused', fit, trainedOn: outcome.trainedOn };
			this.refitDue = false;
		}
	}

	cancel(): void {
		this.#cancelRequested = true;
		this.#run?.cancel();
	}

	/** Schedules with FSRS-6's defaults again; the fitted parameters are set aside for the undo. */
	async backToDefaults(): Promise<void> {
		if (!this.model?.parameters) return;
		const model = { ...this.model, parameters: null, setAside: this.model.parameters };
		if (await this.#save(model)) {
			this.message = {
				kind: 'reset',
				text: 'Scheduling with FSRS-6’s default parameters again; every card is rescheduled.'
			};
		}
	}

	/** The undo of "Back to defaults": the set-aside parameters schedule again. */
	async useFittedAgain(): Promise<void> {
		if (!this.model?.setAside) return;
		const model = { ...this.model, parameters: this.model.setAside, setAside: null };
		if (await this.#save(model)) {
			this.message = {
				kind: 'restored',
				text: 'Scheduling with your fitted parameters again; every card is rescheduled.'
			};
		}
	}

	/** Reads a revlog CSV and scores the parameters in use and the defaults on it. Nothing is stored. */
	async evaluateFile(file: File): Promise<void> {
		await this.load();
		if (this.running || !this.model) return;
		this.fileError = null;
		this.file = null;
		const { parseRevlogCsv } = await import('../srs/memory-model/revlog-csv');
		const parsed = parseRevlogCsv(await file.text());
		if (!parsed.ok) {
			this.fileError = `${file.name} could not be read: ${parsed.errors.join(' ')}`;
			return;
		}
		this.#fileReviews = parsed.reviews;
		const current = this.#parametersInUse();
		const reviews = parsed.reviews;
		const result = await this.#start('file', () => ({
			kind: 'evaluate',
			reviews,
			days: deviceDays(this.#dayStartHour),
			current
		}));
		if (result?.kind !== 'evaluated') return;
		this.file = {
			fileName: file.name,
			cards: parsed.cards,
			skipped: parsed.skipped,
			items: result.items,
			current: scoreOf(result.current),
			defaults: scoreOf(result.defaults),
			fitted: null
		};
	}

	/** Fits parameters to the imported file and shows how they would score on it; they are not kept. */
	async fitFile(): Promise<void> {
		if (this.running || !this.file || !this.#fileReviews || !this.model) return;
		const current = this.#parametersInUse();
		const reviews = this.#fileReviews;
		const result = await this.#start('file', () => ({
			kind: 'fit',
			reviews,
			days: deviceDays(this.#dayStartHour),
			current
		}));
		if (result?.kind !== 'fitted' || !this.file) return;
		this.file.fitted =
			result.outcome.fitted && result.comparison
				? { before: scoreOf(result.comparison.current), after: scoreOf(result.comparison.candidate) }
				: { reason: result.outcome.fitted ? 'The fit gave nothing to compare.' : result.outcome.reason };
	}

	/** Runs one request in a fresh worker, ticking the bar; null when cancelled or failed (the message says which). */
	async #start(
		source: RunningFit['source'],
		makeRequest: () => FitRequest | Promise<FitRequest>
	): Promise<FitResult | null> {
		const startedAt = this.#clock();
		this.running = { step: 'items', items: 0, startedAt, estimateMs: START_MS, source };
		this.elapsedMs = 0;
		this.#cancelRequested = false;
		this.#ticker = setInterval(() => (this.elapsedMs = this.#clock() - startedAt), 100);
		try {
			const request = await makeRequest();
			// Cancelled while the history was read: no worker is started.
			if (this.#cancelRequested) {
				this.message = { kind: 'cancelled', text: 'Cancelled: nothing changed.' };
				return null;
			}
			this.#run = runFit(request, (step, items) => {
				if (this.running) this.running = { ...this.running, step, items, estimateMs: START_MS + items * MS_PER_ITEM };
			});
			const result = await this.#run.result;
			if (result.kind === 'cancelled') {
				this.message = { kind: 'cancelled', text: 'Cancelled: nothing changed.' };
				return null;
			}
			return result;
		} catch (error) {
			const text = `The optimiser stopped: ${whyStopped(error)}. Nothing changed.`;
			if (source === 'file') this.fileError = text;
			else this.message = { kind: 'failed', text };
			return null;
		} finally {
			clearInterval(this.#ticker);
			this.#run = null;
			this.running = null;
		}
	}

	/** A plain copy: the page's state is a Svelte proxy, which a worker message cannot carry. */
	#parametersInUse(): number[] {
		return [...(this.model?.parameters ?? DEFAULT_PARAMETERS)];
	}

	async #save(model: MemoryModel): Promise<boolean> {
		this.saving = true;
		try {
			const { saveMemoryModel } = await import('../db/save-settings');
			this.model = (await saveMemoryModel(this.#db, model)).memoryModel;
			return true;
		} catch (error) {
			this.message = { kind: 'failed', text: describeFailure('save-memory-model', error) };
			return false;
		} finally {
			this.saving = false;
		}
	}
}
