import { freshDatabase } from './fresh-database';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, startSession, finishSession, type StrideDatabase } from '$lib/db';
import { correctToRight, recordAnswer, resetFact, undoAnswer } from '$lib/db/answers';
import { exportBackup, parseBackup, replaceProgress, serializeBackup } from '$lib/db/backup';
import { studyDay } from '$lib/srs';
import type { SessionKind } from '$lib/srs/streaks';

/**
 * Every backup Stride writes, it restores: histories written through the app's own code, with
 * clocks anywhere from a dead battery's 1970 to the year 9999, clocks that jump back, answers
 * to facts the dataset no longer has, undos, corrections, leech resets and sessions; then
 * export → parse → import into an empty database → every table deep-equal.
 */

const REMOVED_FACT = 'hamstrings.exercise.renamed-since';
const FACTS = ['glutes.exercise.squat', 'core.exercise.plank', 'calves.exercise.calf-raise', REMOVED_FACT];
const YEAR_9999 = Date.UTC(9999, 0, 1);

type Step =
	| { kind: 'answer'; fact: number; correct: boolean; at: number }
	| { kind: 'undo' | 'correct' }
	| { kind: 'reset'; fact: number; at: number }
	| { kind: 'session'; at: number; finished: boolean; sessionKind: SessionKind };

const time = fc.oneof(
	fc.integer({ min: 0, max: 10 * 24 * 3600 * 1000 }),
	fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
	fc.integer({ min: Date.UTC(2200, 0, 1), max: YEAR_9999 })
);
const step: fc.Arbitrary<Step> = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record({
			kind: fc.constant('answer' as const),
			fact: fc.nat(FACTS.length - 1),
			correct: fc.boolean(),
			at: time
		})
	},
	fc.record({ kind: fc.constantFrom('undo' as const, 'correct' as const) }),
	fc.record({ kind: fc.constant('reset' as const), fact: fc.nat(FACTS.length - 1), at: time }),
	fc.record({
		kind: fc.constant('session' as const),
		at: time,
		finished: fc.boolean(),
		sessionKind: fc.constantFrom<SessionKind>('today', 'drill', 'missed', 'extra')
	})
);

const dayOf = (at: number) => studyDay(at, { timeZone: 'Pacific/Auckland', dayStartHour: 4 });

async function play(db: StrideDatabase, steps: Step[]): Promise<void> {
	let last: string | undefined;
	let sessions = 0;
	for (const s of steps) {
		if (s.kind === 'answer') {
			const row = await recordAnswer(
				db,
				{
					factId: FACTS[s.fact]!,
					correct: s.correct,
					answerMs: 1000,
					kind: 'typed-exercise',
					given: 'Nordic curls 🏃',
					sessionId: 's'
				},
				s.at,
				dayOf,
				DEFAULT_SETTINGS
			);
			last = row.id;
		} else if (s.kind === 'reset') {
			await resetFact(db, FACTS[s.fact]!, s.at, dayOf);
		} else if (s.kind === 'session') {
			const id = `session-${sessions++}`;
			await startSession(db, id, s.at, dayOf(s.at), s.sessionKind);
			if (s.finished) await finishSession(db, id, s.at + 1);
		} else if (last) {
			// Refused (a newer entry exists) or done: either way the history stays reachable.
			await (s.kind === 'undo' ? undoAnswer(db, last) : correctToRight(db, last, DEFAULT_SETTINGS)).catch(
				() => undefined
			);
		}
	}
}

async function tables(db: StrideDatabase) {
	return {
		cards: await db.cards.orderBy('factId').toArray(),
		reviews: await db.reviews.orderBy('id').toArray(),
		sessions: await db.sessions.orderBy('id').toArray(),
		settings: await db.settings.toArray()
	};
}

describe('every backup Stride writes, it restores', () => {
	it('export → import is deep-equal for any reachable history, odd clocks and removed facts included', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(step, { minLength: 1, maxLength: 14 }),
				fc.integer({ min: 0, max: YEAR_9999 }),
				async (steps, exportedAt) => {
					const source = freshDatabase();
					await source.settings.put({
						key: 'settings',
						...DEFAULT_SETTINGS,
						desiredRetention: 0.85,
						learnAheadMinutes: 5,
						restDays: [1, 5]
					});
					await play(source, steps);
					const text = serializeBackup(await exportBackup(source, { now: exportedAt, appVersion: '0.1.0' }));
					const check = parseBackup(text);
					if (!check.ok) throw new Error(check.message);
					const target = freshDatabase();
					await replaceProgress(target, check.backup);
					expect(await tables(target)).toEqual(await tables(source));
					await Promise.all([source.delete(), target.delete()]);
				}
			),
			{ numRuns: 60 }
		);
	}, 60_000);

	it('the tester’s case: answers at a 1970 clock, exported at 1970, restore', async () => {
		const source = freshDatabase();
		await play(source, [
			{ kind: 'answer', fact: 0, correct: true, at: 86_400_000 },
			{ kind: 'answer', fact: 0, correct: false, at: 86_400_000 - 5_000 }
		]);
		const check = parseBackup(serializeBackup(await exportBackup(source, { now: 90_000_000, appVersion: '0.1.0' })));
		expect(check).toMatchObject({ ok: true });
	});
});

describe('format 1 files', () => {
	it('written before misses and hadCard existed, import with both derived from their log', async () => {
		const source = freshDatabase();
		const T = Date.UTC(2026, 0, 10, 9);
		await play(source, [
			{ kind: 'answer', fact: 0, correct: false, at: T },
			{ kind: 'answer', fact: 0, correct: false, at: T + 60_000 },
			{ kind: 'answer', fact: 0, correct: true, at: T + 120_000 },
			{ kind: 'answer', fact: 1, correct: true, at: T + 180_000 }
		]);
		const current = await exportBackup(source, { now: T + 200_000, appVersion: '0.1.0' });
		// A file as format 1 first shipped: no misses in card states, no hadCard.
		const strip = <C extends { misses?: number }>({ misses: _misses, ...card }: C) => card;
		const formatOne = {
			...current,
			formatVersion: 1,
			cards: current.cards.map(strip),
			reviews: current.reviews.map(({ hadCard: _hadCard, ...row }) => ({
				...row,
				before: strip(row.before),
				after: strip(row.after)
			}))
		};
		const check = parseBackup(JSON.stringify(formatOne));
		expect(check).toEqual({ ok: true, backup: current });
	});

	it('refuse a field format 1 never had', () => {
		const file = {
			format: 'stride-backup',
			formatVersion: 1,
			appVersion: '0.1.0',
			schemaVersion: 3,
			exportedAt: '2026-01-10T09:00:00.000Z',
			settings: null,
			cards: [],
			reviews: [],
			sessions: [],
			extra: true
		};
		expect(parseBackup(JSON.stringify(file))).toEqual({
			ok: false,
			message: expect.stringContaining('extra is not a field of a Stride backup')
		});
	});
});
