import { liveQuery } from '../db/live';
import { FACTS } from '../content/catalogue';
import { loadSettings, loadToday, type StrideDatabase } from '../db';
import { describeFailure } from '../db/errors';
import type { Today } from '../srs';
import { localTimeZone } from './connection';

/**
 * What the Today page shows: counts for today, kept live. `load()` subscribes to a Dexie
 * liveQuery, so an answer saved in this tab or in another tab (Dexie relays changes between
 * tabs) updates the counts without a reload.
 */
export class TodayOverview {
	#today = $state<Today | null>(null);
	#error = $state<string | null>(null);

	#db: StrideDatabase;
	#clock: () => number;
	#subscription: { unsubscribe(): void } | null = null;

	constructor(db: StrideDatabase, clock: () => number = Date.now) {
		this.#db = db;
		this.#clock = clock;
	}

	get today(): Today | null {
		return this.#today;
	}

	get error(): string | null {
		return this.#error;
	}

	/**
	 * Starts (or restarts) the live counts; returns the function that stops them, so a page
	 * can write `$effect(() => overview.load())`.
	 */
	load(): () => void {
		this.stop();
		const db = this.#db;
		const subscription = liveQuery(async () => {
			const settings = await loadSettings(db);
			return loadToday(db, FACTS, this.#clock(), localTimeZone(), settings);
		}).subscribe({
			next: (today) => {
				this.#today = today;
				this.#error = null;
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
}
