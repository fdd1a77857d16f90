import type { SessionKind } from '../srs/streaks';
import type { SessionRow, StrideDatabase } from './database';

/**
 * Writes a session row (started, not finished); `finishSession` stamps it when the learner
 * reaches the summary. A quiz writes it as it starts, or later if the disk had no room then.
 */
export async function startSession(
	db: StrideDatabase,
	id: string,
	now: number,
	day: string,
	/** What the session is: only a finished 'today' session counts a streak day on its own. */
	kind: SessionKind
): Promise<void> {
	const row: SessionRow = { id, startedAt: now, finishedAt: null, day, kind };
	await db.sessions.put(row);
}

export async function finishSession(db: StrideDatabase, id: string, now: number): Promise<void> {
	await db.sessions.update(id, { finishedAt: now });
}
