/**
 * What went wrong with storage, in the learner's words. IndexedDB and Dexie report failures
 * by error name, sometimes wrapped (Dexie keeps the cause in `inner`).
 */
export type StorageFailure =
	/** The device (or the browser's share of it) is full. */
	| 'quota'
	/** The connection closed under us: iOS does this to background tabs; Dexie reopens it. */
	| 'closed'
	/** This browser offers no IndexedDB (some private windows, disabled storage). */
	| 'unavailable'
	/** A stored row the operation needs is damaged, or it would have written one: Repair helps. */
	| 'damaged'
	/** The stored database is newer than this app (newer-database.ts): it is left alone. */
	| 'newer'
	| 'other';

/** Where a damaged row sends the learner: the page whose Repair sets damaged rows aside. */
export const REPAIR_HREF = '/data#repair';
const REPAIR_ADVICE = 'open Your data and choose “Repair”, which sets damaged records aside and rebuilds the rest';

export function storageFailure(error: unknown): StorageFailure {
	for (const cause of causes(error)) {
		switch (cause.name) {
			case 'QuotaExceededError':
				return 'quota';
			case 'DatabaseClosedError':
				return 'closed';
			case 'MissingAPIError':
				return 'unavailable';
			case 'NewerDatabaseError':
				return 'newer';
			case 'DamagedRowError':
			case 'InvalidRowError':
				return 'damaged';
			case 'UnknownError':
			case 'InvalidStateError':
				// Safari: "Connection to Indexed Database server lost. Refresh the page to try again".
				if (/connection|closing|closed/i.test(cause.message)) return 'closed';
		}
	}
	return 'other';
}

/** Why an answer was not saved, and what to do. Nothing of it was recorded. */
export function describeSaveFailure(error: unknown): string {
	switch (storageFailure(error)) {
		case 'quota':
			return (
				'Your device is out of storage space, so this answer was not saved (nothing was recorded). ' +
				'Free some space, then answer again.'
			);
		case 'closed':
			return (
				'The connection to your saved progress was lost, so this answer was not saved (nothing was ' +
				'recorded). Reload the page, then answer again.'
			);
		case 'newer':
			return 'Stride was updated in another tab or device, so this answer was not saved (nothing was recorded). Reload to continue.';
		case 'damaged':
			return `${sentence(messageOf(error))}, so this answer was not saved (nothing was recorded). To fix it, ${REPAIR_ADVICE}.`;
		default:
			return `Your answer could not be saved, so nothing was recorded (${messageOf(error)}). Try again.`;
	}
}

const UPDATED_ELSEWHERE_CLAUSE = 'Stride was updated in another tab or device; reload to continue';
/** What every page says once another tab or device has upgraded the database under this one. */
export const UPDATED_ELSEWHERE = `${UPDATED_ELSEWHERE_CLAUSE}.`;

/**
 * Every read or write other than an answer that the learner can see fail, by what failed.
 * One table, so the same failure reads the same on every page.
 */
const FAILED = {
	'load-progress': 'Your progress could not be loaded',
	'load-fact': "This fact's progress could not be loaded",
	'load-answers': 'Your answers could not be loaded',
	'load-question': 'The next question could not be loaded',
	undo: 'That answer could not be undone',
	'count-as-right': 'That answer could not be changed',
	'finish-session': 'This session could not be saved as finished',
	'reset-fact': 'This fact could not be reset (nothing changed)',
	'unsuspend-fact': 'This fact could not be taken back into your daily quiz (nothing changed)',
	'save-settings': 'Your settings could not be saved (nothing changed)',
	'save-memory-model': 'Your memory model could not be saved (nothing changed: scheduling goes on as before)',
	persist: 'Your browser could not be asked to keep Stride’s data',
	export: 'The backup could not be made',
	check: 'The file could not be checked',
	import: 'The import failed and nothing was changed',
	repair: 'The repair failed and nothing was changed',
	'count-damaged': 'Your saved records could not be checked for damage',
	'export-set-aside': 'The set-aside records could not be downloaded',
	'export-revlog': 'Your review log could not be downloaded',
	'export-anki': 'The Anki deck could not be made',
	'start-sync': 'Sync could not start (nothing changed)',
	'merge-sync': 'Nothing was merged (nothing changed)',
	'stop-sync': 'Sync could not be switched off'
} as const;

type FailedAction = keyof typeof FAILED;

/** A failed read or write, as one sentence: what failed, why, and what to do. */
export function describeFailure(action: FailedAction, error: unknown): string {
	return `${FAILED[action]}: ${describeFailureReason(error)}.`;
}

/** Why a read or write failed, as a clause: "your device is out of storage space". */
function describeFailureReason(error: unknown): string {
	switch (storageFailure(error)) {
		case 'quota':
			return 'your device is out of storage space; free some space, then try again';
		case 'closed':
			return 'the connection to your saved progress was lost; reload the page, then try again';
		case 'unavailable':
			return 'this browser window does not let Stride store anything';
		case 'newer':
			return UPDATED_ELSEWHERE_CLAUSE;
		case 'damaged':
			return `${messageOf(error)}; to fix it, ${REPAIR_ADVICE}`;
		default:
			return messageOf(error);
	}
}

/** Why the database did not open. Opening never changes stored data, and an upgrade is atomic. */
export function describeOpenFailure(error: unknown): string {
	switch (storageFailure(error)) {
		case 'quota':
			return (
				'Stride could not open your saved progress because your device is out of storage space. ' +
				'Nothing was changed. Free some space, then reload.'
			);
		case 'unavailable':
			return (
				'This browser window does not let Stride store anything (IndexedDB is unavailable, as in some ' +
				'private windows), so progress cannot be saved here. Open Stride in a normal window.'
			);
		default:
			return (
				`Stride could not open your saved progress (${messageOf(error)}). Nothing was changed: your ` +
				'progress is stored as it was. Reload to try again.'
			);
	}
}

function sentence(clause: string): string {
	return clause.charAt(0).toUpperCase() + clause.slice(1);
}

/** The message of the root cause: Dexie's wrappers repeat it with their own prefix. */
function messageOf(error: unknown): string {
	let root: { name: string; message: string } | undefined;
	for (const cause of causes(error)) root = cause;
	if (!root) return String(error);
	return root.message || root.name;
}

function* causes(error: unknown): Generator<{ name: string; message: string }> {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const { name, message, inner } = current as { name?: unknown; message?: unknown; inner?: unknown };
		yield { name: String(name ?? ''), message: String(message ?? '') };
		current = inner;
	}
}
