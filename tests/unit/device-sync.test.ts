import { freshDatabase } from './fresh-database';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSyncConfig } from '$lib/db/sync-config';
import type { StrideDatabase } from '$lib/db';

/**
 * The app's one sync (state/sync.svelte.ts) with the engine replaced by a recorder: how many
 * engines run, and whether switching off stops them. The engine itself is tested end to end.
 */

const engine = vi.hoisted(() => ({ started: 0, stopped: 0, release: () => {} }));
vi.mock('$lib/sync/engine', () => ({
	startSync: async () => {
		engine.started += 1;
		// Starting takes a while (PouchDB opens its replica): long enough for a second caller.
		await new Promise<void>((resolve) => (engine.release = resolve));
		return { stop: () => (engine.stopped += 1) };
	},
	removeReplica: async () => {}
}));

const stored = new Map<string, string>();
vi.stubGlobal('localStorage', {
	getItem: (key: string) => stored.get(key) ?? null,
	setItem: (key: string, value: string) => void stored.set(key, value),
	removeItem: (key: string) => void stored.delete(key)
});

async function syncSwitchedOn(): Promise<StrideDatabase> {
	const db = freshDatabase();
	await saveSyncConfig(db, {
		key: 'sync',
		databaseUrl: 'https://couch.example.org/stride-ana',
		user: 'ana',
		password: 'server password',
		// The recorder never uses the key.
		cryptoKey: {} as CryptoKey,
		readThrough: 0,
		pushedThrough: 0,
		syncedAt: null
	});
	stored.set('stride.sync-on', 'yes');
	return db;
}

beforeEach(() => {
	vi.resetModules();
	Object.assign(engine, { started: 0, stopped: 0 });
	stored.clear();
});

const freshDeviceSync = async () => (await import('$lib/state/sync.svelte')).deviceSync;

describe('deviceSync.resume', () => {
	it('starts one engine however many ask at once (the layout and a page, on the same load)', async () => {
		const db = await syncSwitchedOn();
		const deviceSync = await freshDeviceSync();
		const first = deviceSync.resume(db);
		const second = deviceSync.resume(db);
		await vi.waitFor(() => expect(engine.started).toBe(1));
		engine.release();
		await Promise.all([first, second]);
		await deviceSync.resume(db);
		expect(engine.started).toBe(1);
		expect(deviceSync.setup).toEqual({ step: 'on', databaseUrl: 'https://couch.example.org/stride-ana', user: 'ana' });
	});

	it('starts nothing while sync is off', async () => {
		const db = freshDatabase();
		const deviceSync = await freshDeviceSync();
		await deviceSync.resume(db);
		expect(engine.started).toBe(0);
	});

	it('switched off while still starting: the engine it was starting is stopped, and the flag is off', async () => {
		const db = await syncSwitchedOn();
		const deviceSync = await freshDeviceSync();
		void deviceSync.resume(db);
		await vi.waitFor(() => expect(engine.started).toBe(1));
		const off = deviceSync.turnOff(db);
		engine.release();
		await off;
		expect(engine.stopped).toBe(1);
		expect(stored.has('stride.sync-on')).toBe(false);
		expect(deviceSync.setup).toEqual({ step: 'off' });
	});
});
