import type { StrideDatabase } from '../database';
import { cardProblem, reviewProblem, sessionProblem } from '../rows';
import { checkStoredSettings } from '../settings';
import {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	orderedCard,
	orderedReview,
	orderedSession,
	orderedSettings,
	type Backup
} from './file-format';

/**
 * Reads everything in one transaction, so the backup is one consistent moment. Damaged rows
 * (which repair sets aside) are left out: a backup Stride writes is one it can restore.
 */
export async function exportBackup(
	db: StrideDatabase,
	{ now, appVersion }: { now: number; appVersion: string }
): Promise<Backup> {
	const [settingsRow, cards, reviews, sessions] = await db.transaction(
		'r',
		[db.cards, db.reviews, db.sessions, db.settings],
		() =>
			Promise.all([
				db.settings.get('settings'),
				db.cards.toArray(),
				// Time order (ties by id), so the file reads as a history and exports are stable.
				db.reviews.orderBy('reviewedAt').toArray(),
				db.sessions.orderBy('startedAt').toArray()
			])
	);
	// A damaged settings row is one the app reads as the defaults: so does the backup.
	const check = settingsRow ? checkStoredSettings(settingsRow) : null;
	const settings = check?.ok ? check.settings : null;
	return {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion,
		schemaVersion: db.verno,
		exportedAt: new Date(now).toISOString(),
		settings: settings && orderedSettings(settings),
		cards: cards.filter((card) => cardProblem(card) === null).map(orderedCard),
		reviews: reviews.filter((row) => reviewProblem(row) === null).map(orderedReview),
		sessions: sessions.filter((row) => sessionProblem(row) === null).map(orderedSession)
	};
}

/**
 * The file's text: the header fields, then one row per line — valid JSON that stays
 * readable and diffable. The same database always gives the same bytes.
 */
export function serializeBackup(backup: Backup): string {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(backup)) {
		if (Array.isArray(value)) {
			const items = value.map((item) => `\t\t${JSON.stringify(item)}`).join(',\n');
			lines.push(`\t${JSON.stringify(key)}: [${items ? `\n${items}\n\t` : ''}]`);
		} else {
			lines.push(`\t${JSON.stringify(key)}: ${JSON.stringify(value)}`);
		}
	}
	return `{\n${lines.join(',\n')}\n}\n`;
}

export function backupFileName(now: number): string {
	return `stride-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
