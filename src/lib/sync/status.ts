/**
 * What sync is doing, and how the settings page says it. Plain code, apart from the engine:
 * pages import this without loading PouchDB.
 */

export type SyncState =
	| { kind: 'syncing' }
	| { kind: 'synced' }
	| { kind: 'offline' }
	| { kind: 'unreachable' }
	| { kind: 'refused' }
	| { kind: 'forbidden' }
	| { kind: 'missing' }
	| { kind: 'failed'; message: string };

export interface SyncStatus {
	state: SyncState;
	/** This device's answers not yet on the server. */
	waiting: number;
	/** When a sync with the server last completed (epoch ms). */
	syncedAt: number | null;
	/** Documents from the server that were refused, each with why: none of them changed anything. */
	refused: string[];
}

/** The error of an HTTP request PouchDB made, as far as it says. */
interface RequestError {
	status?: number;
	name?: string;
	message?: string;
}

/** A refusal by the server (password, permission, database gone), or null for any other error. */
export function refusal(error: RequestError): SyncState | null {
	if (error.status === 401) return { kind: 'refused' };
	if (error.status === 403) return { kind: 'forbidden' };
	if (error.status === 404) return { kind: 'missing' };
	return null;
}

const answers = (count: number) => `${count} ${count === 1 ? 'answer' : 'answers'}`;

/** How long ago, in the words a person uses: "just now", "2 minutes ago", "3 hours ago", "5 days ago". */
export function timeAgo(then: number, now: number): string {
	const minutes = Math.floor((now - then) / 60_000);
	if (minutes < 1) return 'just now';
	const [count, unit] =
		minutes < 60
			? [minutes, 'minute']
			: minutes < 48 * 60
				? [Math.floor(minutes / 60), 'hour']
				: [Math.floor(minutes / 1440), 'day'];
	return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/** The status in one sentence, e.g. "Synced 2 minutes ago", "Offline — 5 answers waiting". */
export function describeStatus(status: SyncStatus, now: number): string {
	const waiting = status.waiting > 0 ? ` — ${answers(status.waiting)} waiting` : '';
	switch (status.state.kind) {
		case 'syncing':
			return `Syncing…${waiting}`;
		case 'synced':
			return status.syncedAt === null ? 'Synced' : `Synced ${timeAgo(status.syncedAt, now)}`;
		case 'offline':
			return `Offline${waiting || ' — nothing waiting'}`;
		case 'unreachable':
			return `Can’t reach the server${waiting}. Stride keeps trying.`;
		case 'refused':
			return 'The server refused the password. Check the user name and password, then connect again.';
		case 'forbidden':
			return 'The server does not let this user use that database.';
		case 'missing':
			return `The database is not on the server (any more)${waiting}. Stride keeps trying.`;
		case 'failed':
			return `Sync stopped: ${status.state.message}`;
	}
}

/** Why a first connection failed, for the learner: which part to check. */
export function connectionProblem(error: RequestError, url: string): string {
	const state = refusal(error);
	if (state?.kind === 'refused') return 'The server refused the password. Check the user name and password.';
	if (state?.kind === 'forbidden') return 'The server does not let this user use that database.';
	if (state?.kind === 'missing') {
		return `There is no database at ${url}. Create it on the server first (one database per learner).`;
	}
	if (error.status === undefined || error.status === 0 || error.status >= 500 || error.name === 'TypeError') {
		return `Stride could not reach ${url}. Check the address, that the server is running, and that it allows this site (CORS).`;
	}
	return `The server answered with an error (${error.status}${error.message ? `: ${error.message}` : ''}).`;
}
