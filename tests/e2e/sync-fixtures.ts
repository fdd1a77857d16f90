import { randomBytes } from 'node:crypto';
import { test as base, expect } from './fixtures';
import { startSyncServer, type SyncServer } from './sync-server';

export { expect };

/** A fresh learner's database on the sync server: its URL (no credentials) and the basic auth that opens it. */
export interface LearnerDatabase {
	url: string;
	name: string;
	user: string;
	password: string;
}

/**
 * The sync tests' fixtures, over the app's (./fixtures):
 * - `syncServer` (per worker): a pouchdb-server in memory (sync-server.ts), started once and
 *   stopped when the worker ends.
 * - `learnerDatabase` (per test): a new, uniquely named database open only to its own user. If an
 *   earlier test killed the server (or crashed it), it is restarted first, EMPTY.
 */
export const test = base.extend<{ learnerDatabase: LearnerDatabase }, { syncServer: SyncServer }>({
	syncServer: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from its first parameter
		async ({}, use) => {
			const server = await startSyncServer();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	learnerDatabase: async ({ syncServer }, use) => {
		if (!syncServer.running) await syncServer.restart();
		const id = randomBytes(6).toString('hex');
		const name = `learner-${id}`;
		const user = `runner-${id}`;
		const password = randomBytes(12).toString('hex');
		const url = await syncServer.createLearner(name, user, password);
		await use({ url, name, user, password });
	}
});
