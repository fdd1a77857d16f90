import { validSessions } from './damage';
import type { StrideDatabase } from './database';

/** How many quiz sessions were finished, all time (the sessions table: one small row per session). */
export async function countFinishedSessions(db: StrideDatabase): Promise<number> {
	return validSessions(await db.sessions.toArray()).filter((session) => session.finishedAt !== null).length;
}
