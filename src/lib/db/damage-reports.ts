/**
 * Damaged rows the pages' reads have met (damage.ts), for the layout's pointer to Repair. Apart
 * from the row rules so that the layout, on every page, loads only this.
 */

const listeners = new Set<(found: number) => void>();
/** Damaged rows met by the reads so far, by table and key, so re-reads don't count twice. */
const seen = new Set<string>();

/** Calls `listener` with the number of damaged rows met so far, now and whenever it grows. */
export function onDamagedRows(listener: (found: number) => void): () => void {
	listeners.add(listener);
	if (seen.size > 0) listener(seen.size);
	return () => listeners.delete(listener);
}

/** Forgets what was met: after a repair has set the damaged rows aside. */
export function clearDamagedRows(): void {
	seen.clear();
	for (const listener of listeners) listener(0);
}

export function noteDamagedRow(key: string): void {
	if (seen.has(key)) return;
	seen.add(key);
	for (const listener of listeners) listener(seen.size);
}
