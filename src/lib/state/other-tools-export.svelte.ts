import type { StrideDatabase } from '../db';
import { describeFailure } from '../db/errors';
import { plural } from '../plural';
import { downloadText } from './download';
import type { Note } from './your-data.svelte';

/**
 * The formatters and the dataset load on click: the Your data page's first visit carries
 * neither the dataset's texts nor the CSV code.
 */
const revlogTools = () => import('../db/review-log-export');
const ankiTools = () => Promise.all([import('../content'), import('../content/anki-deck')]);

type Download = (fileName: string, text: string, type: string) => void;

/** The anki deck's file name: Anki's text import lists .txt files on every version and platform. */
const ANKI_FILE_NAME = 'stride-anki-deck.txt';

/** Your history and the facts, as files other tools read: an FSRS revlog CSV and an Anki notes file. */
export class OtherToolsExport {
	busy = $state<'export-revlog' | 'export-anki' | null>(null);
	note = $state<Note | null>(null);

	#db: StrideDatabase;
	#clock: () => number;
	#download: Download;

	constructor(db: StrideDatabase, options: { clock?: () => number; download?: Download } = {}) {
		this.#db = db;
		this.#clock = options.clock ?? Date.now;
		this.#download = options.download ?? downloadText;
	}

	async exportRevlog(): Promise<void> {
		await this.#run('export-revlog', async () => {
			const { exportRevlog } = await revlogTools();
			const { fileName, text, answers, facts } = await exportRevlog(this.#db, this.#clock());
			this.#download(fileName, text, 'text/csv');
			this.note = {
				kind: 'success',
				text: `Downloaded ${fileName}: ${plural(answers, 'answer')} on ${plural(facts, 'fact')}.`
			};
		});
	}

	async exportAnkiDeck(): Promise<void> {
		await this.#run('export-anki', async () => {
			const [{ DATASET }, { ankiNotesTsv }] = await ankiTools();
			this.#download(ANKI_FILE_NAME, ankiNotesTsv(DATASET), 'text/plain');
			this.note = {
				kind: 'success',
				text: `Downloaded ${ANKI_FILE_NAME}: ${plural(DATASET.facts.length, 'note')}, one per fact. Import it in Anki with File › Import.`
			};
		});
	}

	async #run(task: 'export-revlog' | 'export-anki', work: () => Promise<void>): Promise<void> {
		if (this.busy) return;
		this.busy = task;
		try {
			await work();
		} catch (error) {
			this.note = { kind: 'error', text: describeFailure(task, error) };
		} finally {
			this.busy = null;
		}
	}
}
