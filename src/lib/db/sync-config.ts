import type { StrideDatabase, SyncConfigRow } from './database';

/** This device's sync settings, or undefined while sync is off. */
export function loadSyncConfig(db: StrideDatabase): Promise<SyncConfigRow | undefined> {
	return db.syncConfig.get('sync');
}

export async function saveSyncConfig(db: StrideDatabase, config: SyncConfigRow): Promise<void> {
	await db.syncConfig.put(config);
}

/** Records how far this device has read and pushed, and when it last synced. */
export async function saveSyncProgress(
	db: StrideDatabase,
	progress: Partial<Pick<SyncConfigRow, 'readThrough' | 'pushedThrough' | 'syncedAt'>>
): Promise<void> {
	await db.syncConfig.update('sync', progress);
}

/** Sync switched off: the settings and key go; the history stays, as it was. */
export async function deleteSyncConfig(db: StrideDatabase): Promise<void> {
	await db.syncConfig.delete('sync');
}
