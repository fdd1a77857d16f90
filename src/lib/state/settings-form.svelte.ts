import { loadSettings, type Settings, type StrideDatabase } from '../db';
import { describeFailure } from '../db/errors';
import { saveSettings } from '../db/save-settings';

/** The settings page's form: the stored values, edits, and the outcome of saving. */
export class SettingsForm {
	values = $state<Settings | null>(null);
	errors = $state<string[]>([]);
	saved = $state(false);
	saving = $state(false);

	#db: StrideDatabase;

	constructor(db: StrideDatabase) {
		this.#db = db;
	}

	async load(): Promise<void> {
		this.values = await loadSettings(this.#db);
	}

	/** The weekday checkboxes' choice, in week order. */
	setRestDays(restDays: number[]): void {
		if (this.values) this.values.restDays = restDays;
	}

	async save(): Promise<void> {
		if (!this.values || this.saving) return;
		this.saving = true;
		this.saved = false;
		try {
			const result = await saveSettings(this.#db, { ...this.values });
			this.errors = result.ok ? [] : result.errors;
			this.saved = result.ok;
		} catch (error) {
			// The save is one transaction: nothing changed. Say why in the words every page uses.
			this.errors = [describeFailure('save-settings', error)];
		} finally {
			this.saving = false;
		}
	}
}
