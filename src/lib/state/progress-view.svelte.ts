import { FACTS, isCurrentFact, MUSCLE_GROUP_IDS } from '../content/catalogue';
import { loadSettings, type StrideDatabase } from '../db';
import { loadHistoryData, loadMasteryData } from '../db/progress';
import { studyDay } from '../srs';
import { buildCalendar, type Calendar } from '../srs/calendar';
import { buildForecast, type Forecast } from '../srs/forecast';
import { addRetentionTallies, type Retention, retentionFromTally } from '../srs/retention';
import { buildStreaks, type Streaks } from '../srs/streaks';
import { buildMasteryOverview, type MasteryOverview } from '../srs/mastery';
import { localTimeZone } from './connection';

export interface HistoryView {
	calendar: Calendar;
	streaks: Streaks;
	forecast: Forecast;
	retention: Retention;
	desiredRetention: number;
}

/**
 * What the progress page shows: mastery first (one small read), then the history (a summary
 * per day of the past year). Time comes from the `clock` passed in, so tests can fix it.
 */
export class ProgressView {
	mastery = $state.raw<MasteryOverview | null>(null);
	history = $state.raw<HistoryView | null>(null);
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
			const daySettings = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
			const today = studyDay(now, daySettings);
			// Both reads start together; mastery shows as soon as its own read is back.
			const historyRead = loadHistoryData(this.#db, today);
			historyRead.catch(() => undefined); // reported below, when awaited
			const { cards } = await loadMasteryData(this.#db, isCurrentFact);
			this.mastery = buildMasteryOverview(
				{ facts: FACTS, cards: new Map(cards.map((card) => [card.factId, card])), now, daySettings },
				MUSCLE_GROUP_IDS
			);
			const history = await historyRead;
			this.history = {
				calendar: buildCalendar(new Map(history.days.map((summary) => [summary.day, summary.answers])), today),
				streaks: buildStreaks(history.finishedDays, today),
				forecast: buildForecast(cards, now, daySettings),
				retention: retentionFromTally(addRetentionTallies(history.days.map((summary) => summary.retention))),
				desiredRetention: settings.desiredRetention
			};
			this.error = null;
		} catch (error) {
			this.error = `Your progress could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
		}
	}
}
