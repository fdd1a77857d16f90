import type { QuestionKind } from '../quiz';
import { gradeFor, type CardState } from '../srs';
import { applyGrade, newCardState } from '../srs/scheduler';
import type { ReviewRow, StrideDatabase } from './database';
import { forgetDaySummary } from './day-summaries';
import type { Settings } from './settings';

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
	now: number,
	day: string,
	settings: Pick<Settings, 'desiredRetention'>
): Promise<ReviewRow> {
	const { id = crypto.randomUUID(), ...fields } = answer;
	return db.transaction('rw', [db.cards, db.reviews, db.daySummaries], async () => {
		// Both reads, then both writes, are sent together: each await is a round trip to the
		// browser's storage process, and this is the answer's path (see BENCHMARKS.md).
		const [saved, stored] = await Promise.all([db.reviews.get(id), db.cards.get(answer.factId)]);
		if (saved) return saved;
		const before: CardState = stored ?? newCardState(answer.factId, now);
		const grade = gradeFor(answer.correct);
		const row: ReviewRow = {
			id,
			...fields,
			reviewedAt: now,
			day,
			grade,
			before,
			after: applyGrade(before, grade, now, settings),
			hadCard: stored !== undefined
		};
		await Promise.all([db.reviews.add(row), db.cards.put(row.after), forgetDaySummary(db, day)]);
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
	if (newer > 0 || !card || JSON.stringify(card) !== JSON.stringify(row.after)) {
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
			after: applyGrade(row.before, 'good', row.reviewedAt, settings)
		};
		await Promise.all([db.reviews.put(corrected), db.cards.put(corrected.after), forgetDaySummary(db, row.day)]);
		return corrected;
	});
}

/**
 * Resets a fact (a leech) to new: the learner starts it afresh after rereading it. Logged as
 * a `reset` entry so that replaying the log rebuilds the same card.
 */
export async function resetFact(db: StrideDatabase, factId: string, now: number, day: string): Promise<void> {
	await db.transaction('rw', [db.cards, db.reviews, db.daySummaries], async () => {
		const stored = await db.cards.get(factId);
		const before = stored ?? newCardState(factId, now);
		const row: ReviewRow = {
			id: crypto.randomUUID(),
			factId,
			reviewedAt: now,
			day,
			grade: 'reset',
			correct: false,
			answerMs: 0,
			kind: 'reset',
			given: '',
			sessionId: '',
			before,
			after: newCardState(factId, now),
			hadCard: stored !== undefined
		};
		await Promise.all([db.reviews.add(row), db.cards.put(row.after), forgetDaySummary(db, day)]);
	});
}
