import { loadSettings, loadToday, type StrideDatabase, type Today } from '../db';
import { studyDay } from '../srs';
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
			const now = this.#clock();
			const day = studyDay(now, { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour });
			this.today = await loadToday(this.#db, now, day, settings);
			this.error = null;
		} catch (error) {
			this.error = `Your progress could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
		}
	}
}
