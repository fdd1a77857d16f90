import { decayOf } from '../srs/memory-model/parameters';
import { loadFactHistory, loadFactProgress, loadSettings, type ReviewRow, type StrideDatabase } from '../db';
import { describeFailure } from '../db/errors';
import { explainDue, studyDay, type DueExplanation } from '../srs';
import { localTimeZone } from './connection';

type AnswersModule = typeof import('../db/answers');
type FactAction = AnswersModule['resetFact'];

/** "Why is this due?" for one fact, with its history and the way back for a leech. */
export class FactStatus {
	#explanation = $state<DueExplanation | null>(null);
	#history = $state<ReviewRow[]>([]);
	#error = $state<string | null>(null);
	#actionError = $state<string | null>(null);
	#actionDone = $state<string | null>(null);

	#db: StrideDatabase;
	#factId: string;
	#clock: () => number;

	constructor(db: StrideDatabase, factId: string, clock: () => number = Date.now) {
		this.#db = db;
		this.#factId = factId;
		this.#clock = clock;
	}

	get explanation(): DueExplanation | null {
		return this.#explanation;
	}

	/** Every log entry of the fact, newest first: answers, corrections, resets, unsuspends. */
	get history(): readonly ReviewRow[] {
		return this.#history;
	}

	/** Why the fact's progress could not be read: shown instead of the explanation. */
	get error(): string | null {
		return this.#error;
	}

	/** Why the last reset or unsuspend failed: shown beside its button, the explanation still standing. */
	get actionError(): string | null {
		return this.#actionError;
	}

	/** What the last reset or unsuspend did, for the page's live region. */
	get actionDone(): string | null {
		return this.#actionDone;
	}

	async load(): Promise<void> {
		try {
			const settings = await loadSettings(this.#db);
			const [{ card, last }, history] = await Promise.all([
				loadFactProgress(this.#db, this.#factId, 'answer'),
				loadFactHistory(this.#db, this.#factId, 'newest first')
			]);
			const day = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
			this.#explanation = explainDue(
				card,
				last ? { at: last.reviewedAt, correct: last.correct } : null,
				this.#clock(),
				day,
				settings.learnAheadMinutes,
				decayOf(settings.memoryModel)
			);
			this.#history = history;
		} catch (error) {
			this.#error = describeFailure('load-fact', error);
		}
	}

	/** Starts the fact afresh as new; its history stays. */
	reset(): Promise<void> {
		return this.#act('reset-fact', (answers) => answers.resetFact, 'Reset: it comes back as a new fact.');
	}

	/** Takes a suspended leech back into daily quizzes, from its memory state as it is. */
	unsuspend(): Promise<void> {
		return this.#act(
			'unsuspend-fact',
			(answers) => answers.unsuspendFact,
			'Unsuspended: it is back in your daily quiz when it is due.'
		);
	}

	async #act(
		failure: 'reset-fact' | 'unsuspend-fact',
		pick: (answers: AnswersModule) => FactAction,
		done: string
	): Promise<void> {
		try {
			const settings = await loadSettings(this.#db);
			const day = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
			// The scheduler loads only when a learner acts on a leech, not with the fact page.
			const write = pick(await import('../db/answers'));
			await write(this.#db, this.#factId, this.#clock, (at) => studyDay(at, day));
			this.#actionError = null;
			this.#actionDone = done;
		} catch (error) {
			// Each action is one transaction: nothing changed, and the fact is as it was.
			this.#actionError = describeFailure(failure, error);
			this.#actionDone = null;
			return;
		}
		await this.load();
	}
}
