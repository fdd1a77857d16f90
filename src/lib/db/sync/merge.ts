import { sameCardState } from '../../srs';
import { replayLog } from '../../srs/scheduler';
import type { HistoryEvent, ReviewRow, SessionRow, StrideDatabase } from '../database';
import { cardProblem, refuseInvalid } from '../rows';
import { loadSettings, type Settings } from '../settings';
import type { SyncBody, SyncedEntry } from './documents';

/** What a merge brought in, in the words the sync status uses. */
export interface MergeReport {
	/** Answers (and leech actions) from other devices now in this device's log. */
	added: number;
	/** Answers removed because another device undid them. */
	undone: number;
	/** Answers another device counted as right. */
	corrected: number;
	/** Whether another device's later settings replaced this device's. */
	settingsChanged: boolean;
}

/** The settings that win: the latest saved, the larger id on a tie (so every device agrees). */
function latestSettings(events: readonly HistoryEvent[]): Settings | undefined {
	let winner: Extract<HistoryEvent, { type: 'settings' }> | undefined;
	for (const event of events) {
		if (event.type !== 'settings') continue;
		if (!winner || event.at > winner.at || (event.at === winner.at && event.id > winner.id)) winner = event;
	}
	return winner?.settings;
}

/** An answer counted as right, as correctToRight records it. Leech actions are not answers. */
const asCorrected = (entry: SyncedEntry): SyncedEntry =>
	entry.grade === 'again' ? { ...entry, grade: 'good', correct: true, corrected: true } : entry;

/**
 * Merges documents from other devices into this device's history, in one `rw` transaction:
 * new events are kept, new answers added, undone answers removed, corrected ones counted as
 * right, and the latest saved settings adopted; then, if the log changed, every card (and
 * every entry's before and after) is rebuilt by replaying the whole merged log in the one
 * deterministic order (srs/scheduler.ts replayLog), so devices with the same log have deep-equal cards.
 * Idempotent: documents already merged change nothing. Any failure leaves everything as it was.
 */
export async function mergeHistory(db: StrideDatabase, bodies: readonly SyncBody[]): Promise<MergeReport> {
	const tables = [db.reviews, db.cards, db.history, db.settings, db.sessions, db.daySummaries];
	return db.transaction('rw', tables, async () => {
		const [rows, knownEvents, settingsNow] = await Promise.all([
			db.reviews.toArray(),
			db.history.toArray(),
			loadSettings(db)
		]);
		const knownEventIds = new Set(knownEvents.map((event) => event.id));
		const newEvents = bodies.flatMap((body) =>
			body.type === 'event' && !knownEventIds.has(body.event.id) ? [body.event] : []
		);
		const events = [...knownEvents, ...newEvents];
		const undone = new Set(events.flatMap((event) => (event.type === 'undo' ? [event.target] : [])));
		const corrections = new Set(events.flatMap((event) => (event.type === 'correct' ? [event.target] : [])));

		const rowIds = new Set(rows.map((row) => row.id));
		const arriving = new Map<string, SyncedEntry>();
		for (const body of bodies) {
			if (body.type === 'entry' && !rowIds.has(body.row.id) && !undone.has(body.row.id)) {
				arriving.set(body.row.id, body.row);
			}
		}
		const kept = rows.filter((row) => !undone.has(row.id));
		const log: SyncedEntry[] = [...kept, ...arriving.values()].map((entry) =>
			corrections.has(entry.id) ? asCorrected(entry) : entry
		);
		const corrected = kept.filter((row, i) => row.grade !== log[i]!.grade).length;
		const winning = latestSettings(newEvents.length > 0 ? events : []);
		const settings = winning ?? settingsNow;
		const settingsChanged = winning !== undefined && JSON.stringify(winning) !== JSON.stringify(settingsNow);

		const report = { added: arriving.size, undone: rows.length - kept.length, corrected, settingsChanged };
		await Promise.all([db.history.bulkAdd(newEvents), mergeSessions(db, bodies)]);
		if (report.added + report.undone + report.corrected === 0 && !settingsChanged) return report;

		const { steps, cards } = replayLog(log, settings);
		for (const card of cards.values()) refuseInvalid(`the merged card of ${card.factId}`, cardProblem(card));
		const stored = new Map(rows.map((row) => [row.id, row]));
		const rebuilt: ReviewRow[] = log.map((entry) => ({ ...entry, ...steps.get(entry.id)! }));
		const changedRows = rebuilt.filter((row) => {
			const before = stored.get(row.id);
			return (
				!before ||
				before.grade !== row.grade ||
				before.hadCard !== row.hadCard ||
				!sameCardState(before.before, row.before) ||
				!sameCardState(before.after, row.after)
			);
		});
		await Promise.all([
			db.reviews.bulkDelete(rows.filter((row) => undone.has(row.id)).map((row) => row.id)),
			db.reviews.bulkPut(changedRows),
			db.cards.clear(),
			// The summaries describe the log as it was: rebuilt when next read.
			db.daySummaries.clear(),
			settingsChanged ? db.settings.put({ key: 'settings', ...settings }) : undefined
		]);
		await db.cards.bulkAdd([...cards.values()]);
		return report;
	});
}

/** Finished sessions from other devices (streak days): added, or finishing this device's copy. */
async function mergeSessions(db: StrideDatabase, bodies: readonly SyncBody[]): Promise<void> {
	const arriving = bodies.flatMap((body) => (body.type === 'session' ? [body.row] : []));
	if (arriving.length === 0) return;
	const stored = await db.sessions.bulkGet(arriving.map((row) => row.id));
	const news: SessionRow[] = arriving.filter((_, i) => stored[i] === undefined || stored[i]!.finishedAt === null);
	await db.sessions.bulkPut(news);
}

/** What a first sync would do, before it does it: the answers here, there, in both, and after. */
export interface MergePreview {
	here: number;
	there: number;
	inBoth: number;
	after: number;
}

/** Counts what merging `bodies` would give; reads only. Leech actions are not counted as answers. */
export async function previewMerge(db: StrideDatabase, bodies: readonly SyncBody[]): Promise<MergePreview> {
	const [rows, events] = await Promise.all([db.reviews.toArray(), db.history.toArray()]);
	const allEvents = [...events, ...bodies.flatMap((body) => (body.type === 'event' ? [body.event] : []))];
	const undone = new Set(allEvents.flatMap((event) => (event.type === 'undo' ? [event.target] : [])));
	const isAnswer = (entry: SyncedEntry) => entry.grade === 'again' || entry.grade === 'good';
	const here = new Set(rows.filter(isAnswer).map((row) => row.id));
	const there = new Set(
		bodies.flatMap((body) =>
			body.type === 'entry' && isAnswer(body.row) && !undone.has(body.row.id) ? [body.row.id] : []
		)
	);
	const hereKept = [...here].filter((id) => !undone.has(id));
	const inBoth = hereKept.filter((id) => there.has(id)).length;
	return { here: here.size, there: there.size, inBoth, after: hereKept.length + there.size - inBoth };
}
