import { freshDatabase } from './fresh-database';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, finishSession, loadSettings, startSession } from '$lib/db';
import { recordAnswer } from '$lib/db/answers';
import { studyDay } from '$lib/srs';
import { localTimeZone } from '$lib/state/connection';
import { TodayOverview } from '$lib/state/today-overview.svelte';

const now = Date.UTC(2026, 2, 2, 9);
const day = studyDay(now, { timeZone: localTimeZone(), dayStartHour: DEFAULT_SETTINGS.dayStartHour });

describe('TodayOverview', () => {
	it('welcomes a first visit; the chosen goal is saved, and Today then holds that many new facts', async () => {
		const db = freshDatabase();
		const overview = new TodayOverview(db, () => now);
		const stop = overview.load();
		await vi.waitFor(() => expect(overview.welcoming).toBe(true));

		expect(await overview.saveWelcome({ newPerDay: 5, dayStartHour: 6 })).toBeNull();
		expect(overview.welcoming).toBe(false);
		expect(await loadSettings(db)).toMatchObject({ newPerDay: 5, dayStartHour: 6 });
		await vi.waitFor(() => expect(overview.today?.plan.newFacts).toHaveLength(5));
		stop();
	});

	it('does not welcome a learner who has answered, settings chosen or not', async () => {
		const db = freshDatabase();
		const answer = { factId: 'glutes.exercise.squat', correct: true, answerMs: 1000, kind: 'choose-fact' as const };
		await recordAnswer(db, { ...answer, given: 'Squats', sessionId: 's' }, now, day, DEFAULT_SETTINGS);
		const overview = new TodayOverview(db, () => now);
		const stop = overview.load();
		await vi.waitFor(() => expect(overview.today?.studiedCount).toBe(1));
		expect(overview.welcoming).toBe(false);
		stop();
	});

	it('shows its first view together with its streak, so the streak card never arrives after the rest', async () => {
		const db = freshDatabase();
		const overview = new TodayOverview(db, () => now);
		const stop = overview.load();
		await vi.waitFor(() => expect(overview.view).not.toBeNull(), { interval: 1 });
		expect(overview.streak).not.toBeNull();
		stop();
	});

	it("counts today towards the streak once today's quiz is finished, and the goal from today's answers", async () => {
		const db = freshDatabase();
		const overview = new TodayOverview(db, () => now);
		const stop = overview.load();
		await vi.waitFor(() => expect(overview.streak?.streaks.current).toBe(0));
		expect(overview.streak?.goal).toBe(DEFAULT_SETTINGS.newPerDay);

		await startSession(db, 'first', now, day, 'today');
		for (const factId of overview.today!.queue.slice(0, 3)) {
			await recordAnswer(
				db,
				{ factId, correct: true, answerMs: 1000, kind: 'choose-fact', given: 'x', sessionId: 'first' },
				now,
				day,
				DEFAULT_SETTINGS
			);
		}
		await vi.waitFor(() => expect(overview.today?.answeredToday).toBe(3));
		expect(overview.streak?.streaks.doneToday).toBe(false);

		await finishSession(db, 'first', now);
		await vi.waitFor(() => expect(overview.streak?.streaks).toMatchObject({ current: 1, doneToday: true }));
		stop();
	});
});
