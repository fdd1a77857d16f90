import { liveQuery } from '../db/live';
import { APP_VERSION } from '../app-version';
import type { StrideDatabase } from '../db';
import type { Backup, BackupSummary } from '../db/backup';
import type { RepairReport } from '../db/repair';
import { isCurrentFact } from '../content/fact-index';
import { countDamaged } from '../db/damage';
import { countProgress, type ProgressCounts } from '../db/progress-counts';
import { clearDamagedRows } from '../db/damage-reports';
import { plural } from '../plural';
import { describeFailure } from '../db/errors';
import { requestPersistentStorage } from './connection';
import { downloadText } from './download';

/**
 * Backup (its valibot schemas) and repair (the scheduler) load when first used, so the page
 * opens within the first-visit JavaScript budget.
 */
const backupTools = () => import('../db/backup');
const repairTools = () => import('../db/repair');

export type { ProgressCounts } from '../db/progress-counts';

export interface Note {
	kind: 'success' | 'error';
	text: string;
}

export interface PendingImport {
	fileName: string;
	summary: BackupSummary;
}

export interface StorageUsage {
	usage: number;
	quota: number;
}

type Task = 'persist' | 'export' | 'check' | 'import' | 'repair' | 'export-set-aside';

/**
 * The "Your data" page: whether storage is persistent, and backup, restore and repair. An
 * import is two steps: the file is checked (nothing written), then — after the page has
 * offered a download of the current progress — replaces the progress in one transaction.
 */
export class YourData {
	/** Whether the browser promised to keep Stride's storage; null where it can't say. */
	persisted = $state<boolean | null>(null);
	usage = $state<StorageUsage | null>(null);
	counts = $state<ProgressCounts | null>(null);
	/** Damaged stored rows, which Repair would set aside (null until counted). */
	damaged = $state<number | null>(null);
	busy = $state<Task | null>(null);
	storageNote = $state<Note | null>(null);
	exportNote = $state<Note | null>(null);
	importNote = $state<Note | null>(null);
	repairNote = $state<Note | null>(null);
	pending = $state<PendingImport | null>(null);

	#db: StrideDatabase;
	#clock: () => number;
	#download: (fileName: string, text: string) => void;
	#pendingBackup: Backup | null = null;

	constructor(
		db: StrideDatabase,
		options: { clock?: () => number; download?: (fileName: string, text: string) => void } = {}
	) {
		this.#db = db;
		this.#clock = options.clock ?? Date.now;
		this.#download = options.download ?? downloadText;
	}

	/** Keeps the counts live and reads the storage status; returns the function that stops. */
	watch(): () => void {
		const subscription = liveQuery(() => countProgress(this.#db, isCurrentFact)).subscribe({
			next: (counts) => (this.counts = counts),
			error: (error: unknown) => (this.exportNote = { kind: 'error', text: describeFailure('load-progress', error) })
		});
		void this.readStorage();
		void this.#countDamaged();
		return () => subscription.unsubscribe();
	}

	/** Counted once per visit and after a repair: it reads every row, so not on every change. */
	async #countDamaged(): Promise<void> {
		try {
			this.damaged = await countDamaged(this.#db);
		} catch (error) {
			// Repair still works (it reads every row itself); the learner is told the check failed.
			this.damaged = null;
			this.repairNote = { kind: 'error', text: describeFailure('count-damaged', error) };
		}
	}

	async readStorage(): Promise<void> {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		this.persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
		const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
		this.usage =
			estimate && estimate.usage !== undefined && estimate.quota !== undefined
				? { usage: estimate.usage, quota: estimate.quota }
				: null;
	}

	async askPersist(): Promise<void> {
		await this.#run('persist', async () => {
			const granted = (await navigator.storage?.persist?.()) ?? false;
			this.persisted = granted;
			this.storageNote = granted
				? { kind: 'success', text: 'Your browser will now keep Stride’s data.' }
				: {
						kind: 'error',
						text:
							'Your browser declined for now. Browsers grant this to sites you use often, bookmark or ' +
							'install; until then, keep a backup.'
					};
		});
	}

	/** Downloads everything as one backup file. */
	async exportNow(): Promise<void> {
		await this.#run('export', async () => {
			const { backupFileName, exportBackup, MAX_FILE_BYTES, MAX_REVIEWS, serializeBackup, summarizeBackup } =
				await backupTools();
			const now = this.#clock();
			const backup = await exportBackup(this.#db, { now, appVersion: APP_VERSION });
			const text = serializeBackup(backup);
			const fileName = backupFileName(now);
			this.#download(fileName, text);
			const { answers, facts } = summarizeBackup(backup);
			const tooBig = text.length > MAX_FILE_BYTES || backup.reviews.length > MAX_REVIEWS;
			this.exportNote = tooBig
				? {
						kind: 'error',
						text: `Downloaded ${fileName}, but it holds more than Stride can import again (${backup.reviews.length} answers).`
					}
				: {
						kind: 'success',
						text: `Downloaded ${fileName}: ${plural(answers, 'answer')} on ${plural(facts, 'fact')}. Keep it somewhere safe, off this device.`
					};
		});
	}

	/** Step 1 of an import: checks the whole file. Writes nothing. */
	async choose(file: File): Promise<void> {
		this.cancelImport();
		await this.#run('check', async () => {
			const { readBackupFile, summarizeBackup } = await backupTools();
			const check = await readBackupFile(file);
			if (!check.ok) {
				this.importNote = { kind: 'error', text: check.message };
				return;
			}
			this.#pendingBackup = check.backup;
			this.pending = { fileName: file.name, summary: summarizeBackup(check.backup) };
		});
	}

	/** Step 2: replaces all progress with the checked file's, in one transaction. */
	async confirmImport(): Promise<void> {
		const backup = this.#pendingBackup;
		if (!backup) return;
		await this.#run('import', async () => {
			// A failure aborts the transaction: #run reports that nothing was changed.
			const { replaceProgress, summarizeBackup } = await backupTools();
			await replaceProgress(this.#db, backup);
			const { answers, facts } = summarizeBackup(backup);
			this.cancelImport();
			this.importNote = {
				kind: 'success',
				text: `Imported: your progress is now the backup’s ${plural(answers, 'answer')} on ${plural(facts, 'fact')}.`
			};
			requestPersistentStorage();
		});
	}

	cancelImport(): void {
		this.#pendingBackup = null;
		this.pending = null;
		this.importNote = null;
	}

	/** Sets damaged rows aside and rebuilds every card from the answer log. */
	async repair(): Promise<void> {
		await this.#run('repair', async () => {
			const { repairCards } = await repairTools();
			const report = await repairCards(this.#db, this.#clock());
			clearDamagedRows();
			await this.#countDamaged();
			this.repairNote = { kind: 'success', text: describeRepair(report) };
		});
	}

	/** Downloads the damaged rows repair set aside, as they were, for a bug report or a hand fix. */
	async exportSetAside(): Promise<void> {
		await this.#run('export-set-aside', async () => {
			const { exportSetAside } = await backupTools();
			const { fileName, text, rows } = await exportSetAside(this.#db, this.#clock());
			this.#download(fileName, text);
			this.repairNote = { kind: 'success', text: `Downloaded ${fileName}: ${plural(rows, 'damaged record')}.` };
		});
	}

	async #run(task: Task, work: () => Promise<void>): Promise<void> {
		if (this.busy) return;
		this.busy = task;
		try {
			await work();
		} catch (error) {
			const note: Note = { kind: 'error', text: describeFailure(task, error) };
			if (task === 'repair' || task === 'export-set-aside') this.repairNote = note;
			else if (task === 'persist') this.storageNote = note;
			else if (task === 'export') this.exportNote = note;
			else this.importNote = note;
		} finally {
			this.busy = null;
		}
	}
}

/** What a repair did, in one sentence, naming only the fixes it made. */
function describeRepair(report: RepairReport): string {
	const was = (count: number) => (count === 1 ? 'was' : 'were');
	const fixes = [
		report.setAside > 0
			? `${plural(report.setAside, 'damaged record')} ${was(report.setAside)} set aside (kept on this page, and downloadable)`
			: null,
		report.changed > 0
			? `${plural(report.changed, 'card')} differed from your answers and ${was(report.changed)} corrected`
			: null,
		report.removed > 0 ? `${plural(report.removed, 'card')} without answers ${was(report.removed)} removed` : null
	].filter((fix) => fix !== null);
	return fixes.length > 0
		? `Rebuilt ${plural(report.rebuilt, 'card')} from your answers: ${fixes.join('; ')}.`
		: `All ${plural(report.rebuilt, 'card')} already matched your answers; nothing needed repair.`;
}
