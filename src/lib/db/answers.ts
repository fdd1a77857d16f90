import type { QuestionKind } from '../quiz';
import { applyGrade, gradeFor, newCardState, type CardState } from '../srs';
import type { ReviewRow, SessionRow, StrideDatabase } from './database';
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
	return db.transaction('rw', db.cards, db.reviews, async () => {
		const saved = await db.reviews.get(id);
		if (saved) return saved;
		const before: CardState = (await db.cards.get(answer.factId)) ?? newCardState(answer.factId, now);
		const grade = gradeFor(answer.correct);
		const after = applyGrade(before, grade, now, settings);
		const row: ReviewRow = {
			id,
			...fields,
			reviewedAt: now,
			day,
			grade,
			before,
			after
		};
		await db.reviews.add(row);
		await db.cards.put(after);
		return row;
	});
}

/** Starts a session row; `finishSession` stamps it when the learner reaches the summary. */
export async function startSession(db: StrideDatabase, id: string, now: number, day: string): Promise<void> {
	const row: SessionRow = { id, startedAt: now, finishedAt: null, day };
	await db.sessions.put(row);
}

export async function finishSession(db: StrideDatabase, id: string, now: number): Promise<void> {
	await db.sessions.update(id, { finishedAt: now });
}
