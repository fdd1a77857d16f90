/**
 * Whether sync is on in this browser, kept in localStorage so that every page can tell at no
 * cost: with sync off, nothing of it loads (not the sync code, not PouchDB).
 */
const SYNC_ON_KEY = 'stride.sync-on';

export const syncIsOn = (): boolean => localStorage.getItem(SYNC_ON_KEY) === 'yes';

export function markSyncOn(on: boolean): void {
	if (on) localStorage.setItem(SYNC_ON_KEY, 'yes');
	else localStorage.removeItem(SYNC_ON_KEY);
}
