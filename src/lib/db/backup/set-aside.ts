import type { StrideDatabase } from '../database';

/**
 * The damaged rows repair set aside, as they were, in a file of their own for a bug report or
 * a hand fix. Never a backup: nothing imports it.
 */
export async function exportSetAside(
	db: StrideDatabase,
	now: number
): Promise<{ fileName: string; text: string; rows: number }> {
	const rows = await db.quarantine.toArray();
	return {
		fileName: `stride-set-aside-${new Date(now).toISOString().slice(0, 10)}.json`,
		text: `${JSON.stringify({ format: 'stride-set-aside', rows }, null, '\t')}\n`,
		rows: rows.length
	};
}
