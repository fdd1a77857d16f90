import type { QuestionKind } from '../quiz';
import {
	isSuspended,
	sameCardState,
	unsuspended,
	type CardState,
	type LogAction,
	type SchedulerSettings
} from '../srs';
import { newCardState } from '../srs/scheduler';
import { entryTime, planAnswer, scheduled, startingCard, type EntryDay, type EntryTime } from './answer-plan';
import type { ReviewRow, StrideDatabase } from './database';
import { forgetDaySummary } from './day-summary-store';
import { loadLastReview } from './review-log';
import { cardProblem, refuseInvalid } from './rows';

export { planAnswer, type AnswerPlan, type EntryDay, type EntryTime, type PreviousEntry } from './answer-plan';

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
 * What the quiz planned an answer from (see planAnswer): the device's clock when the learner
 * answered, and the fact's previous entry then. While that is still the fact's latest entry,
 * the answer keeps that time, so the stored row is the one the verdict showed.
 */
export interface PlannedFrom {
	device: number;
	previousId: string | undefined;
}

/**
 * Records one answer: the review log row and the new card state are written in one `rw`
 * transaction, so a failure (full disk, closed tab) leaves both or neither. Nothing but Dexie
 * is awaited inside it: the scheduling is synchronous, pure code (planAnswer). Idempotent by
 * `answer.id`: an id already in the log returns that row and writes nothing.
 *
 * The card and the previous entry are read inside the transaction and the answer is scheduled
 * from them, whatever the caller planned from: if another tab answered the fact in between,
 * this answer follows that one. `planned` only keeps the time of the answer the learner saw
 * while the fact's latest entry is still the one it was planned from; otherwise the entry is
 * dated by `time`, read inside the transaction.
 */
export async function recordAnswer(
	db: StrideDatabase,
	answer: Answer,
	time: EntryTime,
	day: EntryDay,
	settings: SchedulerSettings,
	planned?: PlannedFrom
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
		const unchanged = planned !== undefined && planned.previousId === previous?.id;
		const plan = planAnswer({
			factId: answer.factId,
			correct: answer.correct,
			stored,
			previous,
			time: unchanged ? planned.device : time,
			day,
			settings
		});
		const row: ReviewRow = { id, ...fields, ...plan };
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
 * the card if the answer created it), and logs the undo, in one transaction.
 */
export async function undoAnswer(db: StrideDatabase, rowId: string): Promise<ReviewRow> {
	return db.transaction('rw', [db.cards, db.reviews, db.daySummaries, db.history], async () => {
		const row = await latestEntry(db, rowId);
		await Promise.all([
			db.reviews.delete(row.id),
			row.hadCard ? db.cards.put(row.before) : db.cards.delete(row.factId),
			forgetDaySummary(db, row.day),
			// Another device may hold the answer already: the undo is passed on as an event.
			db.history.add({ id: crypto.randomUUID(), type: 'undo', target: row.id, at: Date.now() })
		]);
		return row;
	});
}

/**
 * Counts a wrong answer as right ("I typed it right"): rewrites that review's grade,
 * recomputes the card from the state before it and logs the correction, in one transaction.
 */
export async function correctToRight(
	db: StrideDatabase,
	rowId: string,
	settings: SchedulerSettings
): Promise<ReviewRow> {
	return db.transaction('rw', [db.cards, db.reviews, db.daySummaries, db.history], async () => {
		const row = await latestEntry(db, rowId);
		if (row.correct) return row;
		const corrected: ReviewRow = {
			...row,
			grade: 'good',
			correct: true,
			corrected: true,
			after: scheduled(row.before, 'good', row.reviewedAt, settings)
		};
		await Promise.all([
			db.reviews.put(corrected),
			db.cards.put(corrected.after),
			forgetDaySummary(db, row.day),
			// The answer as first recorded may be on another device already: the correction is an event.
			db.history.add({ id: crypto.randomUUID(), type: 'correct', target: row.id, at: Date.now() })
		]);
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
