import { loadLastAnswer, loadSettings, type StrideDatabase } from '../db';
import { resetFact } from '../db/answers';
import { validCard, validReview } from '../db/damage';
import { explainDue, studyDay, type DueExplanation } from '../srs';
import { localTimeZone } from './connection';

/** "Why is this due?" for one fact, with the leech reset. */
export class FactStatus {
	explanation = $state<DueExplanation | null>(null);
	error = $state<string | null>(null);

	#db: StrideDatabase;
	#factId: string;
	#clock: () => number;

	constructor(db: StrideDatabase, factId: string, clock: () => number = Date.now) {
		this.#db = db;
		this.#factId = factId;
		this.#clock = clock;
	}

	async load(): Promise<void> {
		try {
			const settings = await loadSettings(this.#db);
			const [stored, storedLast] = await Promise.all([
				this.#db.cards.get(this.#factId),
				loadLastAnswer(this.#db, this.#factId)
			]);
			const [card, last] = [validCard(stored), validReview(storedLast)];
			const day = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
			this.explanation = explainDue(
				card,
				last ? { at: last.reviewedAt, correct: last.correct } : null,
				this.#clock(),
				day
			);
		} catch (error) {
			this.error = `This fact's progress could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
		}
	}

	async reset(): Promise<void> {
		const settings = await loadSettings(this.#db);
		const day = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
		await resetFact(this.#db, this.#factId, this.#clock, (at) => studyDay(at, day));
		await this.load();
	}
}
