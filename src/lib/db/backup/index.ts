/**
 * Backup and restore, one job per module: the file format (file-format), its import schema
 * (file-schema), writing a file (export), checking one (check), what it holds (summary), and
 * restoring it (restore); and the rows repair set aside, as a file of their own (set-aside). Your data loads this whole folder on first use: its valibot schemas
 * stay off the first visit.
 */
export {
	BACKUP_FORMAT_VERSION,
	BACKUP_TABLES,
	DERIVED_TABLES,
	MAX_CARDS,
	MAX_FILE_BYTES,
	MAX_REVIEWS,
	MAX_SESSIONS,
	SET_ASIDE_TABLES,
	SYNC_TABLES,
	type Backup
} from './file-format';
export { backupFileName, exportBackup, serializeBackup } from './export';
export { parseBackup, readBackupFile } from './check';
export { summarizeBackup, type BackupSummary } from './summary';
export { replaceProgress } from './restore';
export { exportSetAside } from './set-aside';
