import type { StrideDatabase } from './database';

/** How much Your data says is stored. */
export interface ProgressCounts {
	answers: number;
	/** Facts with a card row: studied at least once. */
	facts: number;
	sessions: number;
	/** Damaged rows repair has set aside. */
	setAside: number;
	/** Facts answered that `isCurrent` no longer accepts, and their answers: kept, never asked. */
	archivedFacts: number;
	archivedAnswers: number;
}

/** Counts by index and key only: no row is read, so the count stays cheap on a long log. */
export async function countProgress(
	db: StrideDatabase,
	isCurrent: (factId: string) => boolean
): Promise<ProgressCounts> {
	const [answers, facts, sessions, setAside, answeredFacts] = await Promise.all([
		db.reviews.count(),
		db.cards.count(),
		db.sessions.count(),
		db.quarantine.count(),
		db.reviews.orderBy('factId').uniqueKeys()
	]);
	const archived = answeredFacts.map(String).filter((factId) => !isCurrent(factId));
	const archivedAnswers = archived.length > 0 ? await db.reviews.where('factId').anyOf(archived).count() : 0;
	return { answers, facts, sessions, setAside, archivedFacts: archived.length, archivedAnswers };
}
