import { freshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/db';
import { recordAnswer } from '$lib/db/answers';
import { checkBody, entryOf, type BodyCheck, type SyncBody } from '$lib/db/sync/documents';
import { unsentHistory } from '$lib/db/sync/outbound';
import { studyDay } from '$lib/srs';

const now = Date.UTC(2026, 5, 1, 9);
const DAY = 86_400_000;
const day = studyDay(now, { timeZone: 'UTC', dayStartHour: 4 });
const ID = '3f2b8c1e-4d5a-4b6c-8e9f-0a1b2c3d4e5f';

const entry = {
	id: ID,
	factId: 'glutes.exercise.glute-bridge',
	reviewedAt: now,
	day,
	grade: 'good',
	correct: true,
	answerMs: 3000,
	kind: 'typed-exercise',
	given: 'Glute bridges',
	sessionId: 'session-1'
};

const check = (body: unknown, id = ID, at = now): BodyCheck => checkBody(id, JSON.stringify(body), at);

function refusal(result: BodyCheck): string {
	expect(result.ok).toBe(false);
	return result.ok ? '' : result.problem;
}

describe('checkBody refuses, with a problem in words, and never throws', () => {
	it('text that is not JSON', () => {
		expect(refusal(checkBody(ID, '{"type": "entry", ', now))).toBe('it is not valid JSON');
		expect(refusal(checkBody(ID, '', now))).toBe('it is not valid JSON');
	});

	it('a prototype key, at any depth', () => {
		const text = `{"type":"entry","row":${JSON.stringify(entry).slice(0, -1)},"__proto__":{"admin":true}}}`;
		expect(refusal(checkBody(ID, text, now))).toMatch(/__proto__/);
		expect(({} as Record<string, unknown>).admin).toBeUndefined();
		const top = `{"__proto__":{"type":"entry"},"type":"entry","row":${JSON.stringify(entry)}}`;
		expect(refusal(checkBody(ID, top, now))).toMatch(/__proto__/);
	});

	it('an entry with a field a log row does not have', () => {
		expect(refusal(check({ type: 'entry', row: { ...entry, admin: true } }))).toMatch(/not a field/);
		// Not even the card a backup's rows carry: the receiving device replays it itself.
		expect(refusal(check({ type: 'entry', row: { ...entry, hadCard: true } }))).toMatch(/not a field/);
	});

	it('a body of no known type', () => {
		expect(refusal(check({ type: 'card', row: entry }))).toMatch(/not an answer, a session or a history event/);
		expect(refusal(check(['entry']))).toBeTruthy();
		expect(refusal(check(null))).toBeTruthy();
	});

	it('a grade not in the list', () => {
		const problem = refusal(check({ type: 'entry', row: { ...entry, grade: 'easy' } }));
		expect(problem).toMatch(/must be one of again, good, reset, unsuspend/);
		expect(problem).toMatch(/easy/);
	});

	it('a typed answer longer than a backup allows', () => {
		expect(refusal(check({ type: 'entry', row: { ...entry, given: 'x'.repeat(1001) } }))).toMatch(
			/longer than 1000 characters \(1001\)/
		);
		expect(check({ type: 'entry', row: { ...entry, given: 'x'.repeat(1000) } }).ok).toBe(true);
	});

	it('a body sealed as another document', () => {
		expect(refusal(check({ type: 'entry', row: entry }, 'another-id'))).toBe('it holds another document’s content');
		const event = { id: 'event-1', type: 'undo', target: ID, at: now };
		expect(refusal(check({ type: 'event', event }, ID))).toBe('it holds another document’s content');
	});

	it('an entry dated more than a day ahead of this device’s clock', () => {
		expect(check({ type: 'entry', row: { ...entry, reviewedAt: now + DAY } }).ok).toBe(true);
		expect(refusal(check({ type: 'entry', row: { ...entry, reviewedAt: now + DAY + 1 } }))).toMatch(
			/dated in the future \(2026-06-02T09:00:00\.001Z\)/
		);
		const event = { id: ID, type: 'correct', target: 'x', at: now + 2 * DAY };
		expect(refusal(check({ type: 'event', event }))).toMatch(/dated in the future/);
	});

	it('settings out of the settings page’s ranges', () => {
		const event = { id: ID, type: 'settings', at: now, settings: { ...DEFAULT_SETTINGS, desiredRetention: 0.5 } };
		expect(refusal(check({ type: 'event', event }))).toMatch(/0\.5/);
	});

	it('an unfinished session', () => {
		const row = { id: ID, startedAt: now, finishedAt: null, day, kind: 'today' };
		expect(refusal(check({ type: 'session', row }))).toMatch(/finished session/);
	});
});

describe('checkBody accepts what a device sends', () => {
	it('a recorded answer, as entryOf passes it on, unchanged', async () => {
		const db = freshDatabase();
		const row = await recordAnswer(
			db,
			{ factId: entry.factId, correct: false, answerMs: 1200, kind: 'typed-exercise', given: 'brdg', sessionId: 's' },
			now,
			day,
			DEFAULT_SETTINGS
		);
		const body: SyncBody = { type: 'entry', row: entryOf(row) };
		expect(body.row).not.toHaveProperty('before');
		expect(body.row).not.toHaveProperty('after');
		expect(body.row).not.toHaveProperty('hadCard');
		expect(check(body, row.id)).toEqual({ ok: true, body });
	});

	it('a finished session', () => {
		const body = { type: 'session', row: { id: ID, startedAt: now, finishedAt: now + 60_000, day, kind: 'drill' } };
		expect(check(body)).toEqual({ ok: true, body });
	});

	it('an undo event', () => {
		const body = { type: 'event', event: { id: ID, type: 'undo', target: 'answer-1', at: now } };
		expect(check(body)).toEqual({ ok: true, body });
	});

	it('a settings event, with what older settings lack filled in', () => {
		const { learnAheadMinutes: _l, restDays: _r, memoryModel: _m, ...older } = DEFAULT_SETTINGS;
		const event = { id: ID, type: 'settings', at: now, settings: { ...older, newPerDay: 12 } };
		expect(check({ type: 'event', event })).toEqual({
			ok: true,
			body: { type: 'event', event: { ...event, settings: { ...DEFAULT_SETTINGS, newPerDay: 12 } } }
		});
	});
});

describe('unsentHistory', () => {
	it('passes on only what the replica lacks, and sessions only once finished', async () => {
		const db = freshDatabase();
		const answer = (factId: string) => ({
			factId,
			correct: true,
			answerMs: 1000,
			kind: 'typed-exercise' as const,
			given: 'x',
			sessionId: 'today'
		});
		const first = await recordAnswer(db, answer('core.exercise.plank'), now, day, DEFAULT_SETTINGS);
		const second = await recordAnswer(db, answer('glutes.exercise.glute-bridge'), now + 1, day, DEFAULT_SETTINGS);
		await db.sessions.bulkAdd([
			{ id: 'finished', startedAt: now, finishedAt: now + 5, day, kind: 'today' },
			{ id: 'open', startedAt: now, finishedAt: null, day, kind: 'drill' }
		]);

		const all = await unsentHistory(db, new Set());
		expect(all.map((body) => (body.type === 'event' ? body.event.id : body.row.id)).sort()).toEqual(
			[first.id, second.id, 'finished'].sort()
		);

		const rest = await unsentHistory(db, new Set([first.id, 'finished']));
		expect(rest).toEqual([{ type: 'entry', row: entryOf(second) }]);
		expect(await unsentHistory(db, new Set([first.id, second.id, 'finished']))).toEqual([]);
	});
});
