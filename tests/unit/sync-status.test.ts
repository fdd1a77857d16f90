import { describe, expect, it } from 'vitest';
import { connectionProblem, describeStatus, timeAgo, type SyncState, type SyncStatus } from '$lib/sync/status';

const now = Date.UTC(2026, 5, 1, 9);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const status = (state: SyncState, fields: Partial<SyncStatus> = {}): SyncStatus => ({
	state,
	waiting: 0,
	syncedAt: null,
	refused: [],
	...fields
});

describe('describeStatus', () => {
	it('says when the last sync completed', () => {
		expect(describeStatus(status({ kind: 'synced' }, { syncedAt: now - 2 * MINUTE }), now)).toBe(
			'Synced 2 minutes ago'
		);
		expect(describeStatus(status({ kind: 'synced' }, { syncedAt: now - 10_000 }), now)).toBe('Synced just now');
	});

	it('counts the answers waiting while offline', () => {
		expect(describeStatus(status({ kind: 'offline' }, { waiting: 5 }), now)).toBe('Offline — 5 answers waiting');
		expect(describeStatus(status({ kind: 'offline' }, { waiting: 1 }), now)).toBe('Offline — 1 answer waiting');
		expect(describeStatus(status({ kind: 'offline' }), now)).toBe('Offline — nothing waiting');
	});

	it('says what to check when the server refuses the password', () => {
		expect(describeStatus(status({ kind: 'refused' }, { waiting: 3 }), now)).toBe(
			'The server refused the password. Check the user name and password, then connect again.'
		);
	});

	it('names the answers waiting when the server cannot be reached, and a failure’s reason', () => {
		expect(describeStatus(status({ kind: 'unreachable' }, { waiting: 2 }), now)).toBe(
			'Can’t reach the server — 2 answers waiting. Stride keeps trying.'
		);
		expect(describeStatus(status({ kind: 'failed', message: 'the disk is full' }), now)).toBe(
			'Sync stopped: the disk is full'
		);
	});
});

describe('timeAgo', () => {
	it.each([
		[0, 'just now'],
		[MINUTE - 1, 'just now'],
		[MINUTE, '1 minute ago'],
		[2 * MINUTE - 1, '1 minute ago'],
		[59 * MINUTE, '59 minutes ago'],
		[HOUR - 1, '59 minutes ago'],
		[HOUR, '1 hour ago'],
		[2 * HOUR, '2 hours ago'],
		[47 * HOUR, '47 hours ago'],
		[2 * DAY, '2 days ago'],
		[30 * DAY, '30 days ago']
	])('%i ms ago reads “%s”', (elapsed, words) => {
		expect(timeAgo(now - elapsed, now)).toBe(words);
	});

	it('reads a time a little ahead (another device’s clock) as just now', () => {
		expect(timeAgo(now + 5000, now)).toBe('just now');
	});
});

describe('connectionProblem', () => {
	const url = 'https://couch.example.org/stride-ana';

	it('tells the learner which part to check', () => {
		expect(connectionProblem({ status: 401 }, url)).toMatch(/refused the password/);
		expect(connectionProblem({ status: 404 }, url)).toBe(
			`There is no database at ${url}. Create it on the server first (one database per learner).`
		);
		expect(connectionProblem({ name: 'TypeError', message: 'Failed to fetch' }, url)).toMatch(
			/could not reach https:\/\/couch\.example\.org\/stride-ana.*CORS/
		);
		expect(connectionProblem({ status: 400, message: 'bad_request' }, url)).toBe(
			'The server answered with an error (400: bad_request).'
		);
	});
});
