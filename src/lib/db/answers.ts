import type { QuestionKind } from '../quiz';
import { gradeFor, isSuspended, sameCardState, unsuspended, type CardState, type LogAction } from '../srs';
import { applyGrade, newCardState } from '../srs/scheduler';
import type { ReviewRow, StrideDatabase } from './database';
import { forgetDaySummary } from './day-summary-store';
import { loadLastReview } from './review-log';
import { DamagedRowError, cardProblem, refuseInvalid } from './rows';
import type { Settings } from './settings';

/**
 * When a new log entry happens: the device clock, read inside the entry's transaction (so two
 * tabs' entries are dated in the order they are written), or a fixed time (tests, imports).
 */
export type EntryTime = number | (() => number);
/** The study day of an entry: fixed, or computed from the entry's time. */
export type EntryDay = string | ((at: number) => string);

/**
 * The time of a fact's next entry, read inside its transaction: the clock, but never at or
 * before the fact's previous entry. A clock behind that (a wrong clock, a device that synced
 * late) is noted in `deviceTime`, not fatal: the entry is dated a millisecond after.
 */
function entryTime(time: EntryTime, day: EntryDay, previous: ReviewRow | undefined) {
	const device = typeof time === 'function' ? time() : time;
	const at = previous && device <= previous.reviewedAt ? previous.reviewedAt + 1 : device;
	return { at, day: typeof day === 'function' ? day(at) : day, ...(at !== device && { deviceTime: device }) };
}

/**
 * The card a fact's next entry starts from. A stored card that breaks the row rules is
 * damaged: nothing is scheduled from it (ts-fsrs would spread NaN into the log) until repair
 * sets it aside and rebuilds it from the log.
 */
function startingCard(stored: CardState | undefined, factId: string, at: number): CardState {
	if (stored === undefined) return newCardState(factId, at);
	const problem = cardProblem(stored);
	if (problem) throw new DamagedRowError(`the saved progress of this fact is damaged (its ${problem})`);
	return stored;
}

/** Schedules a card and checks the result: what the scheduler returns is never written unchecked. */
function scheduled(
	state: CardState,
	grade: 'again' | 'good',
	at: number,
	settings: Pick<Settings, 'desiredRetention'>
): CardState {
	const after = applyGrade(state, grade, at, settings);
	refuseInvalid('the card scheduled for this answer', cardProblem(after));
	return after;
}

export interface Answer {
	/**
	 * The review row's id, chosen by the caller so that saving the same answer again (a retry
	 * after a lost connection) can never record it twice. A fresh UUID when omitted.
	 */
	id?: string;
	factId: string;
	correct: boolean;
	answerMs: number;
	kind: QuestionKind;
	given: string;
	sessionId: string;
}

/** Raised when a change to the log is refused because it would rewrite history. */
export class HistoryConflictError extends Error {
	override name = 'HistoryConflictError';
}

/**
 * Records one answer: the review log row and the new card state are written in one `rw`
 * transaction, so a failure (full disk, closed tab) leaves both or neither. Nothing but Dexie
 * is awaited inside it: the scheduling is synchronous, pure code. Idempotent by `answer.id`: an
 * id already in the log returns that row and writes nothing.
 */
export async function recordAnswer(
	db: StrideDatabase,
	answer: Answer,
	time: EntryTime,
	day: EntryDay,
	settings: Pick<Settings, 'desiredRetention'>
): Promise<ReviewRow> {
	const { id = crypto.randomUUID(), ...fields } = answer;
	return db.transaction('rw', [db.cards, db.reviews, db.daySummaries], async () => {
		// The reads, then the writes, are sent together: each await is a round trip to the
		// browser's storage process, and this is the answer's path (see BENCHMARKS.md).
		const [saved, stored, previous] = await Promise.all([
			db.reviews.get(id),
			db.cards.get(answer.factId),
			loadLastReview(db, answer.factId)
		]);
		if (saved) return saved;
		const when = entryTime(time, day, previous);
		const before = startingCard(stored, answer.factId, when.at);
		const grade = gradeFor(answer.correct);
		const row: ReviewRow = {
			id,
			...fields,
			reviewedAt: when.at,
			day: when.day,
			grade,
			before,
			after: scheduled(before, grade, when.at, settings),
			hadCard: stored !== undefined,
			...(when.deviceTime !== undefined && { deviceTime: when.deviceTime })
		};
		await Promise.all([db.reviews.add(row), db.cards.put(row.after), forgetDaySummary(db, row.day)]);
		return row;
	});
}

/**
 * Reads a log entry that is about to be changed, refusing unless it is the fact's latest and
 * the card still holds its result: undo and correction only ever touch the newest entry.
 */
async function latestEntry(db: StrideDatabase, rowId: string): Promise<ReviewRow> {
	const row = await db.reviews.get(rowId);
	if (!row) throw new HistoryConflictError('That answer is no longer in your history.');
	const newer = await db.reviews
		.where('[factId+reviewedAt]')
		.between([row.factId, row.reviewedAt], [row.factId, Infinity], false, true)
		.count();
	const card = await db.cards.get(row.factId);
	if (newer > 0 || !card || !sameCardState(card, row.after)) {
		throw new HistoryConflictError('That fact has been answered again since, so this answer can no longer be changed.');
	}
	return row;
}

/**
 * Undoes an answer: removes its log row and restores the card exactly as it was (or removes
 * the card if the answer created it), in one transaction.
 */
export async function undoAnswer(db: StrideDatabase, rowId: string): Promise<ReviewRow> {
	return db.transaction('rw', [db.cards, db.reviews, db.daySummaries], async () => {
		const row = await latestEntry(db, rowId);
		await Promise.all([
			db.reviews.delete(row.id),
			row.hadCard ? db.cards.put(row.before) : db.cards.delete(row.factId),
			forgetDaySummary(db, row.day)
		]);
		return row;
	});
}

/**
 * Counts a wrong answer as right ("I typed it right"): rewrites that review's grade and
 * recomputes the card from the state before it, in one transaction.
 */
export async function correctToRight(
	db: StrideDatabase,
	rowId: string,
	settings: Pick<Settings, 'desiredRetention'>
): Promise<ReviewRow> {
	return db.transaction('rw', [db.cards, db.reviews, db.daySummaries], async () => {
		const row = await latestEntry(db, rowId);
		if (row.correct) return row;
		const corrected: ReviewRow = {
			...row,
			grade: 'good',
			correct: true,
			corrected: true,
			after: scheduled(row.before, 'good', row.reviewedAt, settings)
		};
		await Promise.all([db.reviews.put(corrected), db.cards.put(corrected.after), forgetDaySummary(db, row.day)]);
		return corrected;
	});
}

/**
 * Logs one of the learner's actions on a fact (see LogAction), with the card `act` makes of
 * the current one, in one transaction; `act` returns null when the action no longer applies
 * (another tab got there first) and nothing is written.
 */
async function recordAction(
	db: StrideDatabase,
	factId: string,
	action: LogAction,
	act: (before: CardState, at: number) => CardState | null,
	time: EntryTime,
	day: EntryDay
): Promise<void> {
	await db.transaction('rw', [db.cards, db.reviews, db.daySummaries], async () => {
		const [stored, previous] = await Promise.all([db.cards.get(factId), loadLastReview(db, factId)]);
		const when = entryTime(time, day, previous);
		const before = startingCard(stored, factId, when.at);
		const after = act(before, when.at);
		if (after === null) return;
		refuseInvalid(`the card after this ${action}`, cardProblem(after));
		const row: ReviewRow = {
			id: crypto.randomUUID(),
			factId,
			reviewedAt: when.at,
			day: when.day,
			grade: action,
			correct: false,
			answerMs: 0,
			kind: action,
			given: '',
			sessionId: '',
			before,
			after,
			hadCard: stored !== undefined,
			...(when.deviceTime !== undefined && { deviceTime: when.deviceTime })
		};
		await Promise.all([db.reviews.add(row), db.cards.put(row.after), forgetDaySummary(db, row.day)]);
	});
}

/**
 * Resets a fact (a leech) to new: the learner starts it afresh after rereading it. Logged as
 * a `reset` entry so that replaying the log rebuilds the same card; the history before it stays.
 */
export function resetFact(db: StrideDatabase, factId: string, time: EntryTime, day: EntryDay): Promise<void> {
	return recordAction(db, factId, 'reset', (_before, at) => newCardState(factId, at), time, day);
}

/**
 * Takes a suspended leech back into daily quizzes, from its memory state as it is. Logged as
 * an `unsuspend` entry so that a replay (repair, a new retention, a restored backup) keeps it.
 * A fact that is not suspended (any more) is left as it is.
 */
export function unsuspendFact(db: StrideDatabase, factId: string, time: EntryTime, day: EntryDay): Promise<void> {
	return recordAction(
		db,
		factId,
		'unsuspend',
		(before) => (isSuspended(before) ? unsuspended(before) : null),
		time,
		day
	);
}
