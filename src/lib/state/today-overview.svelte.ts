import { decayOf } from '../srs/memory-model/parameters';
import { liveQuery } from '../db/live';
import { FACT_REFS, isCurrentFact } from '../content/fact-index';
import { MUSCLE_GROUP_IDS } from '../content/model';
import { DEFAULT_SETTINGS, loadSettings, loadToday, type Settings, type StrideDatabase } from '../db';
import { loadRecentAnswerTimes } from '../db/answer-times';
import { describeFailure } from '../db/errors';
import { countFinishedSessions } from '../db/finished-sessions';
import { loadFirstVisit } from '../db/first-visit';
import { loadHistoryData, loadMasteryData } from '../db/progress';
import type { Today } from '../srs';
import { buildForecast } from '../srs/forecast';
import { buildMasteryOverview, type MasteryOverview } from '../srs/mastery';
import { dailyGoal, streaksOfHistory, type Streaks } from '../srs/streaks';
import { localTimeZone } from './connection';

/** Set once the learner has been through (or skipped) the first visit's welcome on this device. */
const WELCOME_DONE_KEY = 'stride.welcome-done';

function welcomeDone(): boolean {
	try {
		return localStorage.getItem(WELCOME_DONE_KEY) === 'yes';
	} catch {
		// Storage refused: the welcome then shows until settings are saved, which also ends it.
		return false;
	}
}

/** What Today shows, read in one live query: it changes when an answer is saved, here or in another tab. */
export interface TodayView {
	today: Today;
	settings: Settings;
	/** The welcome comes first: nothing answered and no settings chosen yet. */
	firstVisit: boolean;
	mastery: MasteryOverview;
	/** Reviews falling due on the next study day. */
	dueTomorrow: number;
	/** The learner's latest answer times (ms), for the quiz-time estimate. */
	answerTimes: number[];
	/**
	 * Quiz sessions finished, all time: installing is offered after the first. Read here also so
	 * that a quiz finished in another tab refreshes the streak.
	 */
	finishedSessions: number;
}

/** The streak half of Today, from one summary per day of the past year (read outside the live query: it stores summaries). */
export interface StreakView {
	streaks: Streaks;
	goal: number;
}

/**
 * What the Today page shows, kept live. `load()` subscribes to a Dexie liveQuery, so an answer
 * saved in this tab or in another tab (Dexie relays changes between tabs) updates the counts
 * without a reload; each update then refreshes the streak.
 */
export class TodayOverview {
	#view = $state.raw<TodayView | null>(null);
	#streak = $state.raw<StreakView | null>(null);
	#error = $state<string | null>(null);
	#welcomeDone = $state(welcomeDone());

	#db: StrideDatabase;
	#clock: () => number;
	#subscription: { unsubscribe(): void } | null = null;
	/** Counts streak reads, so a slow older one never overwrites a newer one. */
	#streakRead = 0;
	/** Counts the live query's views, and the latest one shown. */
	#views = 0;
	#shownView = 0;

	constructor(db: StrideDatabase, clock: () => number = Date.now) {
		this.#db = db;
		this.#clock = clock;
	}

	get view(): TodayView | null {
		return this.#view;
	}

	get today(): Today | null {
		return this.#view?.today ?? null;
	}

	get streak(): StreakView | null {
		return this.#streak;
	}

	get error(): string | null {
		return this.#error;
	}

	/** Whether to show the welcome instead of Today. */
	get welcoming(): boolean {
		return this.#view?.firstVisit === true && !this.#welcomeDone;
	}

	/**
	 * Starts (or restarts) the live counts; returns the function that stops them, so a page
	 * can write `$effect(() => overview.load())`.
	 */
	load(): () => void {
		this.stop();
		const subscription = liveQuery(() => this.#read()).subscribe({
			next: (view) => {
				const seen = ++this.#views;
				const streak = this.#refreshStreak(view);
				const show = () => {
					// A slower earlier view never replaces a later one.
					if (seen < this.#shownView) return;
					this.#shownView = seen;
					this.#view = view;
					this.#error = null;
				};
				// The first view waits for its streak, so Today shows whole: the streak card,
				// arriving after, pushed everything below it down (a layout shift, a missed tap).
				if (this.#view === null) void streak.then(show);
				else show();
			},
			error: (error: unknown) => {
				this.#error = describeFailure('load-progress', error);
			}
		});
		this.#subscription = subscription;
		return () => {
			if (this.#subscription === subscription) this.stop();
		};
	}

	stop(): void {
		this.#subscription?.unsubscribe();
		this.#subscription = null;
	}

	/** Ends the welcome: the learner chose a goal (saved by the caller) or skipped it. */
	finishWelcome(): void {
		this.#welcomeDone = true;
		try {
			localStorage.setItem(WELCOME_DONE_KEY, 'yes');
		} catch {
			// Not remembered (storage refused); saved settings end the welcome anyway.
		}
	}

	/**
	 * Saves the welcome's choices and ends it; returns why not, in the learner's words. The
	 * settings writer carries the scheduler, so it loads only now (budget.spec.ts).
	 */
	async saveWelcome(choice: Pick<Settings, 'newPerDay' | 'dayStartHour'>): Promise<string | null> {
		try {
			const { saveSettings } = await import('../db/save-settings');
			const result = await saveSettings(this.#db, { ...(this.#view?.settings ?? DEFAULT_SETTINGS), ...choice });
			if (!result.ok) return result.errors.join(' ');
			this.finishWelcome();
			return null;
		} catch (error) {
			return describeFailure('save-settings', error);
		}
	}

	async #read(): Promise<TodayView> {
		const db = this.#db;
		const now = this.#clock();
		const settings = await loadSettings(db);
		const day = { timeZone: localTimeZone(), dayStartHour: settings.dayStartHour };
		const [today, firstVisit, { cards }, answerTimes, finishedSessions] = await Promise.all([
			loadToday(db, FACT_REFS, now, day.timeZone, settings),
			loadFirstVisit(db),
			loadMasteryData(db, isCurrentFact),
			loadRecentAnswerTimes(db),
			countFinishedSessions(db)
		]);
		const mastery = buildMasteryOverview(
			{
				facts: FACT_REFS,
				cards: new Map(cards.map((card) => [card.factId, card])),
				now,
				daySettings: day,
				learnAheadMinutes: settings.learnAheadMinutes,
				decay: decayOf(settings.memoryModel)
			},
			MUSCLE_GROUP_IDS
		);
		// Tomorrow's reviews: those falling due tomorrow, and today's backlog beyond today's cap.
		const leftOver = today.plan.dueCount - today.plan.reviews.length;
		const dueTomorrow = buildForecast(cards, now, day, 2).days[1]!.count + Math.max(0, leftOver);
		return { today, settings, firstVisit, mastery, dueTomorrow, answerTimes, finishedSessions };
	}

	async #refreshStreak({ today, settings }: TodayView): Promise<void> {
		const read = ++this.#streakRead;
		try {
			const { days, finishedTodayDays } = await loadHistoryData(this.#db, today.day);
			if (read !== this.#streakRead) return;
			const goal = dailyGoal(settings);
			const streaks = streaksOfHistory({
				days,
				finishedTodayDays,
				goal,
				restDays: settings.restDays,
				today: today.day
			});
			this.#streak = { streaks, goal };
		} catch (error) {
			this.#error = describeFailure('load-progress', error);
		}
	}
}
