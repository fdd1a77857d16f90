import { revlogCardNumbers, revlogCsvFrom } from '../srs/memory-model/revlog-csv';
import { validReviews } from './damage';
import type { StrideDatabase } from './database';

export interface RevlogExport {
	fileName: string;
	text: string;
	/** Answers written (resets are rows too, but not answers; unsuspends are left out). */
	answers: number;
	facts: number;
}

/**
 * The whole answer log as an FSRS revlog CSV, archived facts' answers included (they are
 * history a memory model learns from). Damaged rows are left out, as a backup leaves them out.
 */
export async function exportRevlog(db: StrideDatabase, now: number): Promise<RevlogExport> {
	const reviews = validReviews(await db.reviews.toArray());
	return {
		fileName: `stride-revlog-${new Date(now).toISOString().slice(0, 10)}.csv`,
		text: revlogCsvFrom(reviews),
		answers: reviews.filter((row) => row.grade === 'again' || row.grade === 'good').length,
		facts: revlogCardNumbers(reviews).size
	};
}
