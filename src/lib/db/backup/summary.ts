import type { Backup } from './file-format';

/** What a backup holds, in the words Your data uses before an import and after an export. */
export interface BackupSummary {
	answers: number;
	facts: number;
	sessions: number;
	exportedAt: string;
	appVersion: string;
	lastAnswerAt: number | null;
}

export function summarizeBackup(backup: Backup): BackupSummary {
	return {
		answers: backup.reviews.length,
		facts: new Set(backup.reviews.map((row) => row.factId)).size,
		sessions: backup.sessions.length,
		exportedAt: backup.exportedAt,
		appVersion: backup.appVersion,
		lastAnswerAt: backup.reviews.reduce<number | null>((last, row) => Math.max(last ?? 0, row.reviewedAt), null)
	};
}
