import { loadFactProgress, loadSettings, type StrideDatabase } from '../db';
import { describeFailure } from '../db/errors';
import { explainDue, studyDay, type DueExplanation } from '../srs';
import { localTimeZone } from './connection';

/** "Why is this due?" for one fact, with the leech reset. */
export class FactStatus {
	#explanation = $state<DueExplanation | null>(null);
	#error = $state<string | null>(null);
	#resetError = $state<string | null>(null);

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

	/** Why the fact's progress could not be read: shown instead of the explanation. */
	get error(): string | null {
		return this.#error;
	}

	/** Why the last reset failed: shown beside the reset, the explanation still standing. */
	get resetError(): string | null {
		return this.#resetError;
	}

	async load(): Promise<void> {
		try {
			const settings = await loadSettings(this.#db);
			const { card, last } = await loadFactProgress(this.#db, this.#factId, 'answer');
			const day = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
			this.#explanation = explainDue(
				card,
				last ? { at: last.reviewedAt, correct: last.correct } : null,
				this.#clock(),
				day
			);
		} catch (error) {
			this.#error = describeFailure('load-fact', error);
		}
	}

	async reset(): Promise<void> {
		try {
			const settings = await loadSettings(this.#db);
			const day = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
			// The scheduler loads only when a learner resets a leech, not with the fact page.
			const { resetFact } = await import('../db/answers');
			await resetFact(this.#db, this.#factId, this.#clock, (at) => studyDay(at, day));
			this.#resetError = null;
		} catch (error) {
			// The reset is one transaction: nothing changed, and the fact is still a leech.
			this.#resetError = describeFailure('reset-fact', error);
			return;
		}
		await this.load();
	}
}
