import { freshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { DATASET, FACTS, isCurrentFact } from '$lib/content';
import { DEFAULT_SETTINGS, loadLastReview, loadMissed, loadSettings, loadToday, missedToPractise } from '$lib/db';
import { recordAnswer, type Answer } from '$lib/db/answers';
import { factFamily, introductionOrder, studyDay, type CardState } from '$lib/srs';
import { applyGrade, newCardState } from '$lib/srs/scheduler';
import { failWrites, quotaExceeded } from './fault-injection';

const now = Date.UTC(2026, 0, 10, 9);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const day = studyDay(now, { timeZone: 'UTC', dayStartHour: 4 });
const settings = DEFAULT_SETTINGS;

function answer(factId: string, correct: boolean, extra: Partial<Answer> = {}): Answer {
	return {
		factId,
		correct,
		answerMs: 4200,
		kind: 'choose-fact',
		given: correct ? 'Squats' : 'Calf raises',
		sessionId: 'session-1',
		...extra
	};
}

const factId = 'glutes.exercise.squat';

describe('recordAnswer', () => {
	it('writes exactly one review row and the new card state together', async () => {
		const db = freshDatabase();
		const row = await recordAnswer(db, answer(factId, true), now, day, settings);

		const rows = await db.reviews.toArray();
		expect(rows).toEqual([row]);
		const card = await db.cards.get(factId);
		expect(card).toEqual(row.after);
		expect(await db.cards.count()).toBe(1);
	});

	it('logs the answer with a new card as "before" and the scheduled card as "after"', async () => {
		const db = freshDatabase();
		const row = await recordAnswer(db, answer(factId, true, { answerMs: 1234 }), now, day, settings);
		expect(row).toMatchObject({
			factId,
			correct: true,
			grade: 'good',
			answerMs: 1234,
			kind: 'choose-fact',
			given: 'Squats',
			sessionId: 'session-1',
			reviewedAt: now,
			day
		});
		expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(row.before).toEqual(newCardState(factId, now));
		expect(row.after.phase).toBe('learning');
		expect(row.after.lastReview).toBe(now);
		expect(row.after.due).toBeGreaterThan(now);
	});

	it('grades a wrong answer Again and a right one Good', async () => {
		const db = freshDatabase();
		const wrong = await recordAnswer(db, answer('core.exercise.plank', false), now, day, settings);
		const right = await recordAnswer(db, answer('core.exercise.crunch', true), now, day, settings);
		expect(wrong.grade).toBe('again');
		expect(right.grade).toBe('good');
		expect(wrong.after.due).toBeLessThan(right.after.due);
	});

	it('uses the stored card as "before" for the next answer to the same fact', async () => {
		const db = freshDatabase();
		const first = await recordAnswer(db, answer(factId, true), now, day, settings);
		const second = await recordAnswer(db, answer(factId, true), first.after.due, day, settings);

		expect(second.before).toEqual(first.after);
		expect(second.after.reps).toBe(2);
		expect(second.after.phase).toBe('review');
		expect(await db.cards.get(factId)).toEqual(second.after);
		expect(await db.reviews.count()).toBe(2);
		expect(first.id).not.toBe(second.id);
	});

	it('keeps other facts’ cards untouched', async () => {
		const db = freshDatabase();
		const other = await recordAnswer(db, answer('core.exercise.plank', true), now, day, settings);
		await recordAnswer(db, answer(factId, false), now + MINUTE, day, settings);
		expect(await db.cards.get('core.exercise.plank')).toEqual(other.after);
	});

	it('writes nothing when the card write fails: the promise rejects, no review row, no card', async () => {
		const db = freshDatabase();
		failWrites(db, 'cards', quotaExceeded);

		await expect(recordAnswer(db, answer(factId, true), now, day, settings)).rejects.toMatchObject({
			name: 'QuotaExceededError'
		});
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('writes nothing when a creating hook on cards throws', async () => {
		const db = freshDatabase();
		db.cards.hook('creating', () => {
			throw new Error('QuotaExceededError');
		});

		await expect(recordAnswer(db, answer(factId, true), now, day, settings)).rejects.toThrow('QuotaExceededError');
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('keeps the previous card and log when the second answer’s card update fails', async () => {
		const db = freshDatabase();
		const fault = failWrites(db, 'cards', quotaExceeded);
		fault.enabled = false;
		const first = await recordAnswer(db, answer(factId, true), now, day, settings);

		fault.enabled = true;
		await expect(recordAnswer(db, answer(factId, false), first.after.due, day, settings)).rejects.toMatchObject({
			name: 'QuotaExceededError'
		});
		expect(await db.reviews.toArray()).toEqual([first]);
		expect(await db.cards.get(factId)).toEqual(first.after);
	});

	it('writes no card when the review row cannot be written', async () => {
		const db = freshDatabase();
		failWrites(db, 'reviews', quotaExceeded);

		await expect(recordAnswer(db, answer(factId, true), now, day, settings)).rejects.toMatchObject({
			name: 'QuotaExceededError'
		});
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('works again once the failure has passed', async () => {
		const db = freshDatabase();
		const fault = failWrites(db, 'cards', quotaExceeded);
		await expect(recordAnswer(db, answer(factId, true), now, day, settings)).rejects.toMatchObject({
			name: 'QuotaExceededError'
		});

		fault.enabled = false;
		const row = await recordAnswer(db, answer(factId, true), now, day, settings);
		expect(row.before).toEqual(newCardState(factId, now));
		expect(await db.reviews.count()).toBe(1);
		expect(await db.cards.get(factId)).toEqual(row.after);
	});
});

describe('loadToday', () => {
	it('plans ten new facts and no reviews for an empty database', async () => {
		const db = freshDatabase();
		const today = await loadToday(db, FACTS, now, 'UTC', settings);
		expect(today.plan.newFacts).toHaveLength(10);
		expect(today.plan.reviews).toEqual([]);
		expect(today.plan.dueCount).toBe(0);
		expect(today.plan.unseenCount).toBe(DATASET.facts.length);
		expect(today.queue).toEqual(today.plan.newFacts);
		expect(today.answeredToday).toBe(0);
		const known = new Set(DATASET.facts.map((f) => f.id));
		for (const id of today.queue) expect(known.has(id), id).toBe(true);
	});

	it('introduces facts of different groups first', async () => {
		const db = freshDatabase();
		const today = await loadToday(db, FACTS, now, 'UTC', settings);
		const groups = today.plan.newFacts.slice(0, 8).map((id) => id.split('.')[0]);
		expect(new Set(groups).size).toBe(8);
	});

	it('after three answers, offers the seven remaining new facts and not the answered ones', async () => {
		const db = freshDatabase();
		const first = await loadToday(db, FACTS, now, 'UTC', settings);
		const answered = first.queue.slice(0, 3);
		let at = now;
		for (const [i, id] of answered.entries()) {
			await recordAnswer(db, answer(id, i !== 1), at, day, settings);
			at += 10_000;
		}

		// Without learning ahead, the answered facts' steps are not due yet.
		const reloaded = await loadToday(db, FACTS, at, 'UTC', { ...settings, learnAheadMinutes: 0 });
		expect(reloaded.plan.newFacts).toEqual(first.plan.newFacts.slice(3));
		expect(reloaded.plan.newFacts).toHaveLength(7);
		for (const id of answered) expect(reloaded.queue, id).not.toContain(id);
		expect(reloaded.queue).toHaveLength(7);
		expect(reloaded.answeredToday).toBe(3);
		expect(reloaded.plan.unseenCount).toBe(DATASET.facts.length - 3);
		// At the default learn-ahead limit their steps (minutes away) are asked in this session.
		const ahead = await loadToday(db, FACTS, at, 'UTC', settings);
		expect(ahead.plan.newFacts).toEqual(reloaded.plan.newFacts);
		expect([...ahead.plan.reviews].sort()).toEqual([...answered].sort());
	});

	it('brings the answered facts back when their learning step is due, without more new facts', async () => {
		const db = freshDatabase();
		const first = await loadToday(db, FACTS, now, 'UTC', settings);
		const answered = first.queue.slice(0, 3);
		for (const id of answered) await recordAnswer(db, answer(id, true), now, day, settings);

		const later = await loadToday(db, FACTS, now + 30 * MINUTE, 'UTC', settings);
		expect([...later.plan.reviews].sort()).toEqual([...answered].sort());
		expect(later.plan.newFacts).toEqual(first.plan.newFacts.slice(3));
		expect(later.queue[0]).toBe(later.plan.reviews[0]);
		expect(later.queue).toHaveLength(10);
	});

	it('starts a fresh new-fact allowance on the next study day', async () => {
		const db = freshDatabase();
		const first = await loadToday(db, FACTS, now, 'UTC', settings);
		for (const [i, id] of first.queue.entries()) {
			await recordAnswer(db, answer(id, true), now + i * 1000, day, settings);
		}
		const sameDay = await loadToday(db, FACTS, now + 20_000, 'UTC', settings);
		expect(sameDay.plan.newFacts).toEqual([]);

		const tomorrowAt = now + DAY;
		const tomorrow = studyDay(tomorrowAt, { timeZone: 'UTC', dayStartHour: 4 });
		expect(tomorrow).not.toBe(day);
		const next = await loadToday(db, FACTS, tomorrowAt, 'UTC', settings);
		expect(next.plan.newFacts).toHaveLength(10);
		for (const id of first.queue) expect(next.plan.newFacts).not.toContain(id);
		expect(next.answeredToday).toBe(0);
	});

	it('reports how many facts are studied and when the next one falls due', async () => {
		const db = freshDatabase();
		expect(await loadToday(db, FACTS, now, 'UTC', settings)).toMatchObject({ studiedCount: 0, nextDueAt: null });
		const row = await recordAnswer(db, answer(factId, true), now, day, settings);
		const today = await loadToday(db, FACTS, now, 'UTC', { ...settings, learnAheadMinutes: 0 });
		expect(today.studiedCount).toBe(1);
		expect(today.nextDueAt).toBe(row.after.due);
		// Within the learn-ahead limit the step is due now: nothing is "next".
		expect(await loadToday(db, FACTS, now, 'UTC', settings)).toMatchObject({ nextDueAt: null });
	});

	it('welcomes a learner back from the study day of their last answer before today', async () => {
		const db = freshDatabase();
		const monthAgo = now - 30 * DAY;
		await recordAnswer(
			db,
			answer(factId, false),
			monthAgo,
			studyDay(monthAgo, { timeZone: 'UTC', dayStartHour: 4 }),
			settings
		);
		expect((await loadToday(db, FACTS, now, 'UTC', settings)).plan.welcomeBack).toEqual({ missedDays: 29, cap: 20 });
		// An answer today does not end the welcome: the break is counted up to yesterday.
		await recordAnswer(db, answer(factId, true), now, day, settings);
		await recordAnswer(db, answer(factId, false), now + 1000, day, settings);
		expect((await loadToday(db, FACTS, now + 2000, 'UTC', settings)).plan.welcomeBack).toMatchObject({
			missedDays: 29
		});
	});

	it('limits the plan to the facts a filter lets through', async () => {
		const db = freshDatabase();
		const today = await loadToday(db, FACTS, now, 'UTC', settings, (fact) => fact.facet === 'exercise');
		expect(today.plan.newFacts).toHaveLength(10);
		for (const id of today.queue) expect(id).toMatch(/\.exercise\./);
	});

	it('never asks two facts of one group and facet back to back when the day’s facts allow it', async () => {
		// Late in the course: everything is studied and not due except the last ten facts.
		const db = freshDatabase();
		const order = introductionOrder(DATASET.facts).map((f) => f.id);
		const lastTen = order.slice(-10);
		const studied: CardState[] = order.slice(0, -10).map((id) => ({
			...applyGrade(newCardState(id, now - 40 * DAY), 'good', now - 40 * DAY, settings),
			phase: 'review',
			due: now + 30 * DAY
		}));
		await db.cards.bulkPut(studied);

		const today = await loadToday(db, FACTS, now, 'UTC', settings);
		expect([...today.queue].sort()).toEqual([...lastTen].sort());
		const siblings = today.queue.flatMap((id, i) =>
			i > 0 && factFamily(id) === factFamily(today.queue[i - 1]!) ? [`${today.queue[i - 1]} → ${id}`] : []
		);
		expect(siblings, today.queue.join('\n')).toEqual([]);
	});

	it('honours a smaller daily limit from the settings', async () => {
		const db = freshDatabase();
		const today = await loadToday(db, FACTS, now, 'UTC', { ...settings, newPerDay: 4 });
		expect(today.plan.newFacts).toHaveLength(4);
		expect(today.queue).toHaveLength(4);
	});
});

describe('history', () => {
	it('lists every fact missed in the last week, newest miss first, once each, with its latest result', async () => {
		const db = freshDatabase();
		await recordAnswer(db, answer('core.exercise.plank', false), now - 8 * DAY, day, settings);
		await recordAnswer(db, answer(factId, false), now - 2 * DAY, day, settings);
		const latestMiss = await recordAnswer(db, answer(factId, false, { given: 'Leg lifts' }), now - DAY, day, settings);
		await recordAnswer(db, answer('calves.exercise.calf-raise', false), now - 3 * DAY, day, settings);
		await recordAnswer(db, answer('core.exercise.crunch', true), now - DAY, day, settings);

		const misses = await loadMissed(db, now, isCurrentFact);
		expect(misses.map((m) => m.factId)).toEqual([factId, 'calves.exercise.calf-raise']);
		expect(misses[0]).toMatchObject({
			given: 'Leg lifts',
			kind: 'choose-fact',
			missedAt: latestMiss.reviewedAt,
			rightSince: false,
			card: latestMiss.after
		});

		// Answered right since: still listed, as put right, and no longer practised.
		await recordAnswer(db, answer('calves.exercise.calf-raise', true), now - 1000, day, settings);
		const after = await loadMissed(db, now, isCurrentFact);
		expect(after.map((m) => [m.factId, m.rightSince])).toEqual([
			[factId, false],
			['calves.exercise.calf-raise', true]
		]);
		expect(missedToPractise(after)).toEqual([factId]);
	});

	it('lists a miss retried right in the same session (the session brings it back until right)', async () => {
		const db = freshDatabase();
		const miss = await recordAnswer(
			db,
			answer(factId, false, { given: 'Hamstrings' }),
			now - 10 * 60_000,
			day,
			settings
		);
		await recordAnswer(db, answer(factId, true), now - 5 * 60_000, day, settings);
		expect(await loadMissed(db, now, isCurrentFact)).toMatchObject([
			{ factId, given: 'Hamstrings', missedAt: miss.reviewedAt, rightSince: true }
		]);
	});

	it('leaves out archived facts and facts missed more than a week ago', async () => {
		const db = freshDatabase();
		await recordAnswer(db, answer('core.exercise.plank', false), now - 8 * DAY, day, settings);
		await recordAnswer(db, answer(factId, false), now - DAY, day, settings);
		expect(await loadMissed(db, now, (id) => id !== factId)).toEqual([]);
	});

	it('finds the latest answer to a fact', async () => {
		const db = freshDatabase();
		expect(await loadLastReview(db, factId)).toBeUndefined();
		await recordAnswer(db, answer(factId, true), now, day, settings);
		const last = await recordAnswer(db, answer(factId, false, { kind: 'choose-group' }), now + DAY, day, settings);
		await recordAnswer(db, answer('core.exercise.plank', true), now + 2 * DAY, day, settings);
		expect(await loadLastReview(db, factId)).toEqual(last);
	});
});

describe('loadSettings', () => {
	it('returns the defaults on an empty database', async () => {
		const db = freshDatabase();
		expect(await loadSettings(db)).toEqual({
			desiredRetention: 0.9,
			newPerDay: 10,
			reviewsPerDay: 100,
			dayStartHour: 4,
			learnAheadMinutes: 20,
			restDays: [],
			memoryModel: { parameters: null, lastFit: null, setAside: null }
		});
		expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
	});

	it('returns stored settings without the row key, a row from before learn-ahead and rest days with their defaults', async () => {
		const db = freshDatabase();
		await db.settings.put({
			key: 'settings',
			desiredRetention: 0.85,
			newPerDay: 5,
			reviewsPerDay: 50,
			dayStartHour: 3
		});
		expect(await loadSettings(db)).toEqual({
			desiredRetention: 0.85,
			newPerDay: 5,
			reviewsPerDay: 50,
			dayStartHour: 3,
			learnAheadMinutes: 20,
			restDays: [],
			memoryModel: { parameters: null, lastFit: null, setAside: null }
		});
	});

	it('does not let a caller change the defaults through the returned object', async () => {
		const db = freshDatabase();
		const loaded = await loadSettings(db);
		loaded.newPerDay = 99;
		loaded.restDays.push(5);
		expect(DEFAULT_SETTINGS.newPerDay).toBe(10);
		expect(DEFAULT_SETTINGS.restDays).toEqual([]);
	});
});

describe('openDatabase', () => {
	it('creates the eight tables of the current schema (version 5)', async () => {
		const db = freshDatabase();
		await db.open();
		expect(db.verno).toBe(5);
		expect(db.tables.map((t) => t.name).sort()).toEqual([
			'cards',
			'daySummaries',
			'history',
			'quarantine',
			'reviews',
			'sessions',
			'settings',
			'syncConfig'
		]);
		expect(db.cards.schema.primKey.keyPath).toBe('factId');
		expect(db.reviews.schema.indexes.map((i) => i.name)).toEqual(
			expect.arrayContaining(['factId', 'reviewedAt', 'day', 'sessionId'])
		);
	});
});
