import { loadSettings, type StrideDatabase } from '../db';
import { describeFailure } from '../db/errors';
import { countEntriesSince } from '../db/memory-model';
import { saveSettings } from '../db/save-settings';
import { refitSuggested } from '../srs/memory-model';
import type { SettingsInput, SettingsProblems } from '../db/settings';

/**
 * What the form's fields hold: a number input that is empty, or holds what is no number yet,
 * reads as null. Kept as typed, so a refused value stays in its field to be corrected.
 */
type SettingsDraft = Omit<SettingsInput, 'restDays'> & { restDays: number[] };

/** Retention is edited in percent (two decimals at most: what the input shows), stored as a fraction. */
const toPercent = (fraction: number) => Math.round(fraction * 10_000) / 100;

/** The settings page's form: the stored values, edits, and the outcome of saving. */
export class SettingsForm {
	values = $state<SettingsDraft | null>(null);
	/** Desired retention in percent, as the field shows it. */
	retentionPercent = $state<number | null>(null);
	errors = $state<string[]>([]);
	/** The errors of each field, shown beside it. */
	fieldErrors = $state<SettingsProblems>({});
	saved = $state(false);
	saving = $state(false);
	/** Whether enough has been answered since the last fit to suggest another (see refitSuggested). */
	refitDue = $state(false);

	#db: StrideDatabase;

	constructor(db: StrideDatabase) {
		this.#db = db;
	}

	async load(): Promise<void> {
		const settings = await loadSettings(this.#db);
		this.retentionPercent = toPercent(settings.desiredRetention);
		this.values = settings;
		const { lastFit } = settings.memoryModel;
		if (lastFit) this.refitDue = refitSuggested(lastFit, await countEntriesSince(this.#db, lastFit.at), Date.now());
	}

	/** The weekday checkboxes' choice, in week order. */
	setRestDays(restDays: number[]): void {
		if (this.values) this.values.restDays = restDays;
	}

	/** Checks and saves; on a refusal nothing is stored and each field's problems are set. */
	async save(): Promise<void> {
		if (!this.values || this.saving) return;
		this.saving = true;
		this.saved = false;
		const percent = this.retentionPercent;
		try {
			// An empty field (null) is checked as no number, not as 0.
			const result = await saveSettings(this.#db, {
				...this.values,
				desiredRetention: percent === null ? NaN : percent / 100
			});
			this.errors = result.ok ? [] : result.errors;
			this.fieldErrors = result.ok ? {} : result.fields;
			this.saved = result.ok;
		} catch (error) {
			// The save is one transaction: nothing changed. Say why in the words every page uses.
			this.errors = [describeFailure('save-settings', error)];
			this.fieldErrors = {};
		} finally {
			this.saving = false;
		}
	}
}
