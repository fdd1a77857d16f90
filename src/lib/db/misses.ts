import type { CardState, LogGrade } from '../srs';

/** What the count needs of a log entry; the count is written into it. */
interface CountedEntry {
	factId: string;
	reviewedAt: number;
	correct: boolean;
	grade: LogGrade;
	hadCard: boolean;
	before: Pick<CardState, 'misses'>;
	after: Pick<CardState, 'misses'>;
}

/**
 * Derives from a log the fields it gained later: walks each fact's entries in time order,
 * writing the misses so far into each entry's card states (a wrong answer adds one, a leech
 * reset starts again from none, an unsuspend changes nothing) and whether a card existed before it. Returns each fact's
 * final count, for its card. Used by the database's version 2 upgrade and by the import of
 * version 1 backups, which lack both fields.
 */
export function countMisses(entries: CountedEntry[]): Map<string, number> {
	const ordered = [...entries].sort((a, b) =>
		a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : a.reviewedAt - b.reviewedAt
	);
	const missesSoFar = new Map<string, number>();
	for (const entry of ordered) {
		const before = missesSoFar.get(entry.factId);
		const misses = before ?? 0;
		const after = entry.grade === 'reset' ? 0 : entry.grade === 'again' ? misses + 1 : misses;
		entry.hadCard = before !== undefined;
		entry.before = { ...entry.before, misses };
		entry.after = { ...entry.after, misses: after };
		missesSoFar.set(entry.factId, after);
	}
	return missesSoFar;
}
