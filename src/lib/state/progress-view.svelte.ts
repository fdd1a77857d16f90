import { decayOf } from '../srs/memory-model/parameters';
import { FACTS, isCurrentFact, MUSCLE_GROUP_IDS } from '../content/catalogue';
import { loadSettings, type StrideDatabase } from '../db';
import { describeFailure } from '../db/errors';
import { loadFinishedTodayDays, loadMasteryData, loadRecentEntries, loadYearSummaries } from '../db/progress';
import { studyDay } from '../srs';
import { buildMasteryOverview, type MasteryOverview } from '../srs/mastery';
import { buildProgressHistory, type ProgressHistory } from '../srs/progress-history';
import { cardsAt, recentChange, recentSince, type RecentChange } from '../srs/recent-change';
import { dailyGoal } from '../srs/streaks';
import { localTimeZone } from './connection';

/**
 * What the progress page shows: mastery and the week's change first (two small reads: the
 * cards, and a week of the log), then the history (a summary per day of the past year). Storage reads, the domain builds both views, and only `load`
 * changes them. Time comes from the `clock` passed in, so tests can fix it.
 */
export class ProgressView {
	#mastery = $state.raw<MasteryOverview | null>(null);
	#recent = $state.raw<RecentChange | null>(null);
	#history = $state.raw<ProgressHistory | null>(null);
	#error = $state<string | null>(null);

	#db: StrideDatabase;
	#clock: () => number;

	constructor(db: StrideDatabase, clock: () => number = Date.now) {
		this.#db = db;
		this.#clock = clock;
	}

	get mastery(): MasteryOverview | null {
		return this.#mastery;
	}

	/** What changed over the past week; set with `mastery`. */
	get recent(): RecentChange | null {
		return this.#recent;
	}

	get history(): ProgressHistory | null {
		return this.#history;
	}

	/** Why the progress could not be read, in the learner's words; null once it was. */
	get error(): string | null {
		return this.#error;
	}

	async load(): Promise<void> {
		try {
			const db = this.#db;
			const now = this.#clock();
			const since = recentSince(now);
			// Every read that needs no setting starts at once: the settings, the cards, the week's
			// log and the finished daily quizzes. The day summaries wait only for the settings (the
			// hour a day starts), and queue behind the mastery's reads, so mastery shows first.
			const settingsRead = loadSettings(db);
			const masteryRead = Promise.all([
				loadMasteryData(db, isCurrentFact),
				loadRecentEntries(db, since, isCurrentFact)
			]);
			const finishedRead = loadFinishedTodayDays(db);
			// Reported below, when awaited.
			for (const read of [masteryRead, finishedRead]) read.catch(() => undefined);
			const settings = await settingsRead;
			const day = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
			const today = studyDay(now, day);
			const daysRead = loadYearSummaries(db, today);
			daysRead.catch(() => undefined);
			const [{ cards }, entries] = await masteryRead;
			const input = {
				facts: FACTS,
				daySettings: day,
				learnAheadMinutes: settings.learnAheadMinutes,
				decay: decayOf(settings.memoryModel)
			};
			const current = new Map(cards.map((card) => [card.factId, card]));
			const mastery = buildMasteryOverview({ ...input, cards: current, now }, MUSCLE_GROUP_IDS);
			const then = buildMasteryOverview(
				{ ...input, cards: cardsAt(current, entries, since), now: since },
				MUSCLE_GROUP_IDS
			);
			this.#recent = recentChange(then, mastery, entries, since);
			this.#mastery = mastery;
			const [days, finishedTodayDays] = await Promise.all([daysRead, finishedRead]);
			this.#history = buildProgressHistory({
				days,
				finishedTodayDays,
				goal: dailyGoal(settings),
				restDays: settings.restDays,
				cards,
				today,
				now,
				day,
				desiredRetention: settings.desiredRetention
			});
			this.#error = null;
		} catch (error) {
			this.#error = describeFailure('load-progress', error);
		}
	}
}
