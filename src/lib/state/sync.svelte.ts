import { loadSyncConfig, deleteSyncConfig } from '../db/sync-config';
import type { StrideDatabase } from '../db/database';
import { describeFailure } from '../db/errors';
import type { FirstSync, RunningSync, SyncForm } from '../sync/engine';
import type { SyncStatus } from '../sync/status';
import { getDatabase } from './connection';
import { markSyncOn, syncIsOn } from './sync-flag';

/**
 * The sync of this browser, one for the whole app: the layout resumes it on every page while
 * sync is on (so answers pass on while quizzing), and the sync page sets it up, shows its
 * status and switches it off. The engine (PouchDB) is loaded only when sync is on.
 */

/** Where sync is, as the sync page shows it. */
export type SyncSetup =
	| { step: 'off' }
	| { step: 'connecting' }
	| { step: 'preview'; first: FirstSync }
	| { step: 'on'; databaseUrl: string; user: string };

const loadEngine = () => import('../sync/engine');

class DeviceSync {
	setup = $state<SyncSetup>({ step: 'off' });
	status = $state<SyncStatus | null>(null);
	/** The last setup step's problem, for the alert under the form. */
	problem = $state<string | null>(null);
	private running: RunningSync | null = null;
	private starting: Promise<void> | null = null;

	/** Starts sync if it is on (the layout calls this once per page load); one engine, however often asked. */
	resume(db: StrideDatabase = getDatabase()): Promise<void> {
		if (!syncIsOn()) return Promise.resolve();
		this.starting ??= this.start(db).catch((error: unknown) => {
			this.starting = null;
			throw error;
		});
		return this.starting;
	}

	private async start(db: StrideDatabase): Promise<void> {
		const config = await loadSyncConfig(db);
		if (!config) {
			this.starting = null;
			return markSyncOn(false);
		}
		this.setup = { step: 'on', databaseUrl: config.databaseUrl, user: config.user };
		const { startSync } = await loadEngine();
		this.running = await startSync(db, (status) => (this.status = status));
	}

	/** Reads what the server holds, without changing anything here: the preview, or what went wrong. */
	async connect(form: SyncForm, db: StrideDatabase = getDatabase()): Promise<void> {
		this.problem = null;
		this.setup = { step: 'connecting' };
		try {
			const { prepareFirstSync } = await loadEngine();
			const prepared = await prepareFirstSync(db, form, Date.now());
			if (prepared.ok) this.setup = { step: 'preview', first: prepared.sync };
			else {
				this.problem = prepared.message;
				this.setup = { step: 'off' };
			}
		} catch (error) {
			this.problem = describeFailure('start-sync', error);
			this.setup = { step: 'off' };
		}
	}

	/** Goes ahead with the previewed first sync: merges, then syncs from now on. */
	async confirm(db: StrideDatabase = getDatabase()): Promise<void> {
		if (this.setup.step !== 'preview') return;
		const { first } = this.setup;
		try {
			await first.confirm();
			markSyncOn(true);
			await this.resume(db);
		} catch (error) {
			await first.cancel();
			this.problem = describeFailure('merge-sync', error);
			this.setup = { step: 'off' };
		}
	}

	async cancel(): Promise<void> {
		if (this.setup.step === 'preview') await this.setup.first.cancel();
		this.setup = { step: 'off' };
	}

	/** Switches sync off on this device; its history stays, and so does the server's copy. */
	async turnOff(db: StrideDatabase = getDatabase()): Promise<void> {
		// A start still under way finishes first, so it cannot leave an engine running after this.
		await this.starting?.catch(() => {});
		this.starting = null;
		this.running?.stop();
		this.running = null;
		markSyncOn(false);
		await deleteSyncConfig(db);
		const { removeReplica } = await loadEngine();
		await removeReplica();
		this.status = null;
		this.setup = { step: 'off' };
	}
}

export const deviceSync = new DeviceSync();
