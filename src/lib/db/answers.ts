import type { QuestionKind } from '../quiz';
import { applyGrade, gradeFor, newCardState, type CardState } from '../srs';
import type { ReviewRow, SessionRow, StrideDatabase } from './database';
import type { Settings } from './settings';

export interface Answer {
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
 * is awaited inside it: the scheduling is synchronous, pure code.
 */
export async function recordAnswer(
	db: StrideDatabase,
	answer: Answer,
	now: number,
	day: string,
	settings: Pick<Settings, 'desiredRetention'>
): Promise<ReviewRow> {
	return db.transaction('rw', db.cards, db.reviews, async () => {
		const before: CardState = (await db.cards.get(answer.factId)) ?? newCardState(answer.factId, now);
		const grade = gradeFor(answer.correct);
		const after = applyGrade(before, grade, now, settings);
		const row: ReviewRow = {
			id: crypto.randomUUID(),
			...answer,
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
