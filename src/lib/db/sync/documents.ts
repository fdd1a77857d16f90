import * as v from 'valibot';
import { describeIssue, findUnsafeStructure } from '../backup/check';
import { syncedEntrySchema, syncedEventSchema, syncedSessionSchema } from '../backup/file-schema';
import type { HistoryEvent, ReviewRow, SessionRow } from '../database';
import { checkSavedSettings } from '../settings';

/**
 * What one synced document holds once opened: an answer (or leech action), a finished
 * session, or a history event (undo, correction, settings). Each is immutable once written and
 * keeps the id it has on the device that made it, so two devices never write the same
 * document differently and nothing needs CouchDB's conflict handling.
 */
export type SyncedEntry = Omit<ReviewRow, 'before' | 'after' | 'hadCard'>;
export type SyncBody =
	{ type: 'entry'; row: SyncedEntry } | { type: 'session'; row: SessionRow } | { type: 'event'; event: HistoryEvent };

/** The sealed text of a document is at most this long: far above any real one (~0.5 KB), far below harm. */
export const MAX_SEALED_LENGTH = 16_384;

/**
 * How far ahead of this device's clock another device's may be: a day covers a clock set to
 * the wrong time zone; beyond that a date is broken or hostile, and an entry from far in the
 * future would stop every card after it from being scheduled.
 */
const LATEST_CLOCK_AHEAD = 24 * 3600 * 1000;

export const idOfBody = (body: SyncBody): string => (body.type === 'event' ? body.event.id : body.row.id);

/** An answer's synced form: what the receiving device replays itself is left out. */
export function entryOf(row: ReviewRow): SyncedEntry {
	const { before: _before, after: _after, hadCard: _hadCard, ...entry } = row;
	return entry;
}

const bodySchema = v.variant(
	'type',
	[
		v.strictObject({ type: v.literal('entry'), row: syncedEntrySchema }),
		v.strictObject({ type: v.literal('session'), row: syncedSessionSchema }),
		v.strictObject({ type: v.literal('event'), event: syncedEventSchema })
	],
	'is not an answer, a session or a history event'
);

export type BodyCheck = { ok: true; body: SyncBody } | { ok: false; problem: string };

/**
 * Checks an opened document as an imported backup's rows are checked (the same valibot field
 * rules, the same refusal of prototype keys and deep nesting), and that it is the document it
 * says it is. A problem is worded for the learner; nothing is written either way.
 */
export function checkBody(id: string, text: string, now: number): BodyCheck {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'it is not valid JSON' };
	}
	const unsafe = findUnsafeStructure(data, { subject: 'It', kind: 'a Stride document' });
	if (unsafe) return { ok: false, problem: unsafe.charAt(0).toLowerCase() + unsafe.slice(1) };
	const parsed = v.safeParse(bodySchema, data);
	if (!parsed.success) return { ok: false, problem: describeIssue(parsed.issues[0]) };
	const body = parsed.output as SyncBody;
	if (idOfBody(body) !== id) return { ok: false, problem: 'it holds another document’s content' };
	const at = body.type === 'entry' ? body.row.reviewedAt : body.type === 'event' ? body.event.at : body.row.startedAt;
	if (at > now + LATEST_CLOCK_AHEAD)
		return { ok: false, problem: `it is dated in the future (${new Date(at).toISOString()})` };
	if (body.type === 'event' && body.event.type === 'settings') {
		// The settings page's own rules, as for a stored row: what an older device's lack reads as its default.
		const settings = checkSavedSettings(body.event.settings);
		if (!settings.ok) return { ok: false, problem: settings.errors.join(' ') };
		return { ok: true, body: { type: 'event', event: { ...body.event, settings: settings.settings } } };
	}
	return { ok: true, body };
}
