import { loadSettings, loadToday, type StrideDatabase, type Today } from '../db';
import { localTimeZone } from './database';

/** What the Today page shows: counts for today, read fresh from the database. */
export class TodayOverview {
	today = $state<Today | null>(null);
	error = $state<string | null>(null);

	#db: StrideDatabase;
	#clock: () => number;

	constructor(db: StrideDatabase, clock: () => number = Date.now) {
		this.#db = db;
		this.#clock = clock;
	}

	async load(): Promise<void> {
		try {
			const settings = await loadSettings(this.#db);
			this.today = await loadToday(this.#db, this.#clock(), localTimeZone(), settings);
			this.error = null;
		} catch (error) {
			this.error = `Your progress could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
		}
	}
}
