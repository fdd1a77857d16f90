import { freshDatabase } from './fresh-database';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, type ReviewRow, type Settings, type StrideDatabase } from '$lib/db';
import {
	correctToRight,
	HistoryConflictError,
	recordAnswer,
	resetFact,
	undoAnswer,
	type Answer
} from '$lib/db/answers';
import { saveSettings } from '$lib/db/save-settings';
import { entryOf, type SyncBody } from '$lib/db/sync/documents';
import { mergeHistory, previewMerge } from '$lib/db/sync/merge';
import { unsentHistory } from '$lib/db/sync/outbound';
import { studyDay } from '$lib/srs';

/**
 * Two devices, two databases: what one passes on (unsentHistory) the other merges
 * (mergeHistory), as the sync engine does once the documents are opened.
 */

const start = Date.UTC(2026, 5, 1, 9);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UTC = { timeZone: 'UTC', dayStartHour: 4 };
const dayOf = (at: number) => studyDay(at, UTC);
const settings = DEFAULT_SETTINGS;
const FACTS = ['glutes.exercise.glute-bridge', 'core.exercise.plank', 'chest.exercise.push-up'] as const;

afterEach(() => {
	vi.useRealTimers();
});

function answer(factId: string, correct: boolean): Answer {
	return {
		factId,
		correct,
		answerMs: 2500,
		kind: 'typed-exercise',
		given: correct ? 'right' : 'wrnog',
		sessionId: 's'
	};
}

const answerAt = (db: StrideDatabase, factId: string, correct: boolean, at: number) =>
	recordAnswer(db, answer(factId, correct), at, dayOf(at), settings);

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const cardsOf = async (db: StrideDatabase) => (await db.cards.toArray()).sort((a, b) => (a.factId < b.factId ? -1 : 1));
const reviewsOf = async (db: StrideDatabase) => byId(await db.reviews.toArray());
const withoutSteps = (rows: ReviewRow[]) => rows.map(({ before: _b, after: _a, hadCard: _h, ...entry }) => entry);

/** Passes everything `from` holds to `to`, as one batch. */
async function pass(from: StrideDatabase, to: StrideDatabase) {
	return mergeHistory(to, await unsentHistory(from, new Set()));
}

async function exchange(a: StrideDatabase, b: StrideDatabase) {
	await pass(a, b);
	await pass(b, a);
}

async function expectSameProgress(a: StrideDatabase, b: StrideDatabase) {
	expect(await cardsOf(b)).toEqual(await cardsOf(a));
	expect(await reviewsOf(b)).toEqual(await reviewsOf(a));
}

const NO_CHANGE = { added: 0, undone: 0, corrected: 0, settingsChanged: false };

describe('merging another device’s answers', () => {
	it('gives the receiving device the same log and the same cards', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		await answerAt(a, FACTS[0], true, start);
		await answerAt(a, FACTS[1], false, start + MINUTE);
		await answerAt(a, FACTS[0], false, start + DAY);
		await answerAt(a, FACTS[0], true, start + DAY + 10 * MINUTE);

		const report = await pass(a, b);

		expect(report).toEqual({ ...NO_CHANGE, added: 4 });
		expect(withoutSteps(await reviewsOf(b))).toEqual(withoutSteps(await reviewsOf(a)));
		expect(await cardsOf(b)).toEqual(await cardsOf(a));
		// Replayed, the before/after of every entry is what the answering device recorded.
		expect(await reviewsOf(b)).toEqual(await reviewsOf(a));
		await pass(b, a);
		await expectSameProgress(a, b);
	});

	it('keeps both devices’ answers to the same facts, given offline at interleaved times', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		await answerAt(a, FACTS[0], true, start);
		await answerAt(b, FACTS[0], false, start + MINUTE);
		await answerAt(a, FACTS[1], true, start + 2 * MINUTE);
		await answerAt(b, FACTS[1], true, start + 3 * MINUTE);
		await answerAt(a, FACTS[0], true, start + HOUR);
		await answerAt(b, FACTS[0], true, start + 2 * HOUR);
		const [idsA, idsB] = [await a.reviews.toCollection().primaryKeys(), await b.reviews.toCollection().primaryKeys()];

		await exchange(a, b);

		for (const db of [a, b]) {
			const ids = (await db.reviews.toArray()).map((row) => row.id);
			expect(ids).toHaveLength(idsA.length + idsB.length);
			expect(new Set(ids)).toEqual(new Set([...idsA, ...idsB]));
			// Both devices' answers to the first fact, in time order, each from the one before.
			const first = await db.reviews.where('factId').equals(FACTS[0]).sortBy('reviewedAt');
			expect(first.map((row) => row.reviewedAt)).toEqual([start, start + MINUTE, start + HOUR, start + 2 * HOUR]);
			expect(first.map((row) => row.hadCard)).toEqual([false, true, true, true]);
			for (let i = 1; i < first.length; i++) expect(first[i]!.before).toEqual(first[i - 1]!.after);
		}
		await expectSameProgress(a, b);
		// The card reflects B's miss: it is not what A's own two correct answers alone give.
		const alone = freshDatabase();
		await answerAt(alone, FACTS[0], true, start);
		await answerAt(alone, FACTS[0], true, start + HOUR);
		await answerAt(alone, FACTS[0], true, start + 2 * HOUR);
		expect((await a.cards.get(FACTS[0]))!.misses).toBe(1);
		expect(await a.cards.get(FACTS[0])).not.toEqual(await alone.cards.get(FACTS[0]));
	});
});

describe('changes to the history reach the other device', () => {
	it('an undo removes the answer there too, and the card is as on the device that undid it', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		await answerAt(a, FACTS[0], true, start);
		const later = await answerAt(a, FACTS[0], false, start + DAY);
		const created = await answerAt(a, FACTS[1], true, start + DAY + MINUTE);
		await pass(a, b);
		expect(await b.reviews.get(later.id)).toBeDefined();

		await undoAnswer(a, later.id);
		await undoAnswer(a, created.id);
		const report = await pass(a, b);

		expect(report).toEqual({ ...NO_CHANGE, undone: 2 });
		expect(await b.reviews.get(later.id)).toBeUndefined();
		expect(await b.cards.get(FACTS[1])).toBeUndefined();
		expect(await b.cards.get(FACTS[0])).toEqual(await a.cards.get(FACTS[0]));
		await pass(b, a);
		await expectSameProgress(a, b);
	});

	it('an undone answer that reaches a device with its undo is never added', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		const row = await answerAt(a, FACTS[0], true, start);
		await undoAnswer(a, row.id);
		const bodies = await unsentHistory(a, new Set());
		// The answer itself went to the server before its undo: a replica may still hold it.
		const report = await mergeHistory(b, [...bodies, { type: 'entry', row: entryOf(row) }]);
		expect(report).toEqual(NO_CHANGE);
		expect(await b.reviews.count()).toBe(0);
		expect(await b.cards.count()).toBe(0);
	});

	it('a correction counts the answer as right there too', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		await answerAt(a, FACTS[0], true, start);
		const wrong = await answerAt(a, FACTS[0], false, start + DAY);
		await pass(a, b);
		expect((await b.cards.get(FACTS[0]))!.misses).toBe(1);

		await correctToRight(a, wrong.id, settings);
		const report = await pass(a, b);

		expect(report).toEqual({ ...NO_CHANGE, corrected: 1 });
		const there = await b.reviews.get(wrong.id);
		expect(there).toMatchObject({ grade: 'good', correct: true, corrected: true });
		expect(await b.cards.get(FACTS[0])).toEqual(await a.cards.get(FACTS[0]));
		expect((await b.cards.get(FACTS[0]))!.misses).toBe(0);
		await pass(b, a);
		await expectSameProgress(a, b);
	});

	it('a reset starts the fact afresh there too', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		for (let i = 0; i < 4; i++) await answerAt(a, FACTS[0], i % 2 === 0, start + i * DAY);
		await pass(a, b);
		await resetFact(a, FACTS[0], start + 5 * DAY, dayOf(start + 5 * DAY));

		const report = await pass(a, b);

		expect(report.added).toBe(1);
		const card = await b.cards.get(FACTS[0]);
		expect(card).toEqual(await a.cards.get(FACTS[0]));
		expect(card).toMatchObject({ phase: 'new', reps: 0 });
		await pass(b, a);
		await expectSameProgress(a, b);
	});
});

describe('settings: the latest saved wins on every device', () => {
	const input = (desiredRetention: number, newPerDay: number): Settings => ({
		...DEFAULT_SETTINGS,
		desiredRetention,
		newPerDay
	});

	it('both devices end with the later settings and cards scheduled by them', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const [a, b] = [freshDatabase(), freshDatabase()];
		await answerAt(a, FACTS[0], true, start);
		await answerAt(b, FACTS[1], false, start + MINUTE);
		await answerAt(b, FACTS[0], true, start + DAY);

		vi.setSystemTime(start + 2 * DAY);
		await saveSettings(b, input(0.95, 7));
		vi.setSystemTime(start + 3 * DAY);
		await saveSettings(a, input(0.82, 3));
		const later = await loadSettings(a);

		const toA = await pass(b, a);
		const toB = await pass(a, b);

		expect(toA.settingsChanged).toBe(false);
		expect(toB.settingsChanged).toBe(true);
		expect(await loadSettings(b)).toEqual(later);
		expect(await loadSettings(a)).toEqual(later);
		await expectSameProgress(a, b);
		// The cards are scheduled by the winning retention, not the losing one.
		const underLoser = freshDatabase();
		await mergeHistory(underLoser, [
			...(await unsentHistory(a, new Set())).filter((body) => body.type === 'entry'),
			...(await unsentHistory(b, new Set())).filter(
				(body) => body.type === 'event' && body.event.type === 'settings' && body.event.settings.newPerDay === 7
			)
		]);
		expect((await loadSettings(underLoser)).desiredRetention).toBe(0.95);
		expect(await cardsOf(underLoser)).not.toEqual(await cardsOf(a));
	});

	it('a tie in time goes to the same settings on both devices', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(start);
		const [a, b] = [freshDatabase(), freshDatabase()];
		await saveSettings(a, input(0.85, 5));
		await saveSettings(b, input(0.9, 9));
		await exchange(a, b);
		expect(await loadSettings(a)).toEqual(await loadSettings(b));
	});
});

describe('merging is idempotent', () => {
	it('merging the same documents again changes nothing', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(start + DAY);
		const [a, b] = [freshDatabase(), freshDatabase()];
		await answerAt(a, FACTS[0], true, start);
		const wrong = await answerAt(a, FACTS[1], false, start + MINUTE);
		const undone = await answerAt(a, FACTS[2], true, start + 2 * MINUTE);
		await answerAt(b, FACTS[0], false, start + 3 * MINUTE);
		await correctToRight(a, wrong.id, settings);
		await undoAnswer(a, undone.id);
		await saveSettings(a, { ...DEFAULT_SETTINGS, desiredRetention: 0.93 });
		const bodies = await unsentHistory(a, new Set());

		await mergeHistory(b, bodies);
		const once = {
			cards: await cardsOf(b),
			reviews: await reviewsOf(b),
			history: byId(await b.history.toArray()),
			settings: await b.settings.toArray()
		};
		const again = await mergeHistory(b, bodies);

		expect(again).toEqual(NO_CHANGE);
		expect({
			cards: await cardsOf(b),
			reviews: await reviewsOf(b),
			history: byId(await b.history.toArray()),
			settings: await b.settings.toArray()
		}).toEqual(once);
		// And a device merging back what it sent learns nothing new.
		expect(await mergeHistory(a, bodies)).toEqual(NO_CHANGE);
	});
});

/** One step of two devices' use: an answer, an undo or correction of the device's own latest answer, or a sync. */
type Step =
	| { kind: 'answer'; device: 0 | 1; fact: number; correct: boolean; gap: number }
	| { kind: 'undo' | 'correct'; device: 0 | 1 }
	| { kind: 'sync'; device: 0 | 1 };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record({
			kind: fc.constant('answer' as const),
			device: fc.constantFrom(0 as const, 1 as const),
			fact: fc.nat({ max: FACTS.length - 1 }),
			correct: fc.boolean(),
			// From the same millisecond to a few days: ties across devices, learning steps, reviews.
			gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 * MINUTE }), fc.integer({ min: 1, max: 4 * DAY }))
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constant('undo' as const), device: fc.constantFrom(0 as const, 1 as const) })
	},
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('correct' as const), device: fc.constantFrom(0 as const, 1 as const) })
	},
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constant('sync' as const), device: fc.constantFrom(0 as const, 1 as const) })
	}
);

/** Splits `bodies` into batches of random sizes (`cuts`), in an order `keys` shuffles them into. */
function batches(bodies: SyncBody[], keys: number[], cuts: number[]): SyncBody[][] {
	const key = (i: number) => (keys.length === 0 ? 0 : keys[i % keys.length]!);
	const shuffled = bodies
		.map((body, i) => ({ body, key: key(i), i }))
		.sort((x, y) => x.key - y.key || x.i - y.i)
		.map(({ body }) => body);
	const result: SyncBody[][] = [];
	let from = 0;
	for (const cut of cuts) {
		result.push(shuffled.slice(from, from + cut));
		from += cut;
	}
	result.push(shuffled.slice(from));
	return result;
}

describe('property: any two devices’ histories, exchanged in any order and batches, converge', () => {
	it('both devices end with deep-equal cards and the same answers', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(stepArbitrary, { minLength: 1, maxLength: 24 }),
				fc.boolean(),
				fc.array(fc.nat({ max: 200 }), { maxLength: 60 }),
				fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 8 }),
				async (steps, aFirst, order, cuts) => {
					const devices = [freshDatabase(), freshDatabase()] as const;
					const own: ReviewRow[][] = [[], []];
					let at = start;
					for (const step of steps) {
						const db = devices[step.device];
						if (step.kind === 'answer') {
							at += step.gap;
							own[step.device]!.push(await answerAt(db, FACTS[step.fact]!, step.correct, at));
						} else if (step.kind === 'undo') {
							const latest = own[step.device]!.pop();
							if (!latest) continue;
							// Refused when the fact has been answered since (here or merged from the other device).
							await undoAnswer(db, latest.id).catch((error: unknown) => {
								if (!(error instanceof HistoryConflictError)) throw error;
							});
						} else if (step.kind === 'correct') {
							const latest = own[step.device]!.at(-1);
							if (!latest) continue;
							await correctToRight(db, latest.id, settings).catch((error: unknown) => {
								if (!(error instanceof HistoryConflictError)) throw error;
							});
						} else {
							await pass(devices[1 - step.device]!, db);
						}
					}
					const [first, second] = aFirst ? devices : ([devices[1], devices[0]] as const);
					for (const batch of batches(await unsentHistory(first, new Set()), order, cuts)) {
						await mergeHistory(second, batch);
					}
					for (const batch of batches(await unsentHistory(second, new Set()), order, cuts)) {
						await mergeHistory(first, batch);
					}
					const [a, b] = devices;
					expect(await cardsOf(b)).toEqual(await cardsOf(a));
					const ids = async (db: StrideDatabase) => (await reviewsOf(db)).map((row) => row.id);
					expect(await ids(b)).toEqual(await ids(a));
					expect(await reviewsOf(b)).toEqual(await reviewsOf(a));
					// Nothing either device kept is lost: every answer not undone is on both.
					const undone = new Set(
						[...(await a.history.toArray()), ...(await b.history.toArray())].flatMap((event) =>
							event.type === 'undo' ? [event.target] : []
						)
					);
					for (const row of own.flat()) expect((await ids(a)).includes(row.id)).toBe(!undone.has(row.id));
				}
			),
			{ numRuns: 25 }
		);
	});
});

describe('previewMerge', () => {
	it('counts the answers here, there, in both and after, leaving the database as it was', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		await answerAt(a, FACTS[0], true, start);
		await answerAt(a, FACTS[1], true, start + MINUTE);
		await pass(a, b);
		await answerAt(a, FACTS[2], false, start + 2 * MINUTE);
		const undone = await answerAt(a, FACTS[0], true, start + DAY);
		await undoAnswer(a, undone.id);
		await resetFact(a, FACTS[1], start + DAY + MINUTE, dayOf(start + DAY + MINUTE));
		await answerAt(b, FACTS[2], true, start + 3 * MINUTE);
		await answerAt(b, FACTS[0], false, start + 4 * MINUTE);
		const before = await reviewsOf(b);

		// Here (B): 2 shared + 2 of its own. There (A): 2 shared + 1 new (the undone one and the reset are not answers).
		const preview = await previewMerge(b, await unsentHistory(a, new Set()));

		expect(preview).toEqual({ here: 4, there: 3, inBoth: 2, after: 5 });
		expect(await reviewsOf(b)).toEqual(before);
		await pass(a, b);
		const answers = (await b.reviews.toArray()).filter((row) => row.grade === 'again' || row.grade === 'good');
		expect(answers).toHaveLength(preview.after);
	});

	it('does not count an answer here that the other device undid', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		const row = await answerAt(a, FACTS[0], true, start);
		await pass(a, b);
		await undoAnswer(a, row.id);
		expect(await previewMerge(b, await unsentHistory(a, new Set()))).toEqual({
			here: 1,
			there: 0,
			inBoth: 0,
			after: 0
		});
	});
});
