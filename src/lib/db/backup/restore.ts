import type { StrideDatabase } from '../database';
import { cardProblem, refuseInvalid, reviewProblem, sessionProblem } from '../rows';
import { BACKUP_TABLES, DERIVED_TABLES, type Backup } from './file-format';

/**
 * Replaces all progress with a checked backup's, in one `rw` transaction: if anything fails,
 * the transaction aborts and the progress is exactly as it was.
 */
export async function replaceProgress(db: StrideDatabase, backup: Backup): Promise<void> {
	// The file passed the import schema, built from the same rules; this is the writes' own check.
	for (const card of backup.cards) refuseInvalid(`the imported card of ${card.factId}`, cardProblem(card));
	for (const row of backup.reviews) refuseInvalid(`the imported answer ${row.id}`, reviewProblem(row));
	for (const row of backup.sessions) refuseInvalid(`the imported session ${row.id}`, sessionProblem(row));
	const tables = [...BACKUP_TABLES, ...DERIVED_TABLES].map((name) => db.table(name));
	await db.transaction('rw', tables, async () => {
		// Derived tables describe the old log: cleared, they are rebuilt from the new one.
		await Promise.all(tables.map((table) => table.clear()));
		await db.reviews.bulkAdd(backup.reviews);
		await db.cards.bulkAdd(backup.cards);
		await db.sessions.bulkAdd(backup.sessions);
		if (backup.settings) await db.settings.add({ key: 'settings', ...backup.settings });
	});
}
