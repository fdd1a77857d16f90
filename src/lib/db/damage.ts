import { noteDamagedRow } from './damage-reports';
import { cardProblem, reviewProblem, sessionProblem } from './rows';
import type { CardRow, ReviewRow, SessionRow, StrideDatabase } from './database';

/**
 * Reading around damage. A stored row can be damaged behind the app's back (a browser bug, a
 * disk error, an extension, a hand edit in devtools); pages skip such rows, rather than break
 * on them, and report them here so the layout can point to Repair, which sets them aside
 * (repair.ts). Nothing here writes: a page that reads must work on a full disk.
 */

function note(table: string, row: unknown, keyField: string): void {
	noteDamagedRow(`${table}:${String((row as Record<string, unknown> | null)?.[keyField] ?? JSON.stringify(row))}`);
}

function valid<T>(
	rows: readonly unknown[],
	problem: (row: unknown) => string | null,
	table: string,
	keyField: string
): T[] {
	const out: T[] = [];
	for (const row of rows) {
		if (problem(row) === null) out.push(row as T);
		else note(table, row, keyField);
	}
	return out;
}

export const validCards = (rows: readonly unknown[]): CardRow[] => valid(rows, cardProblem, 'cards', 'factId');
export const validReviews = (rows: readonly unknown[]): ReviewRow[] => valid(rows, reviewProblem, 'reviews', 'id');
export const validSessions = (rows: readonly unknown[]): SessionRow[] => valid(rows, sessionProblem, 'sessions', 'id');

/** One card, or undefined when it is missing or damaged (then reported). */
export function validCard(row: CardRow | undefined): CardRow | undefined {
	return row === undefined ? undefined : validCards([row])[0];
}

export function validReview(row: ReviewRow | undefined): ReviewRow | undefined {
	return row === undefined ? undefined : validReviews([row])[0];
}

/**
 * Stored cards split in one pass: the valid ones, and the fact ids of the damaged ones (facts
 * that are neither new nor due until Repair rebuilds them). Damaged ones are reported.
 */
export function splitCards(rows: readonly CardRow[]): { cards: CardRow[]; damagedFactIds: Set<string> } {
	const cards = validCards(rows);
	const valid = new Set(cards);
	return { cards, damagedFactIds: new Set(rows.filter((row) => !valid.has(row)).map((row) => String(row.factId))) };
}

/** How many stored rows are damaged (what Repair would set aside): Your data shows it. */
export async function countDamaged(db: StrideDatabase): Promise<number> {
	const [cards, reviews, sessions] = await db.transaction('r', [db.cards, db.reviews, db.sessions], () =>
		Promise.all([db.cards.toArray(), db.reviews.toArray(), db.sessions.toArray()])
	);
	const damaged = (rows: readonly unknown[], problem: (row: unknown) => string | null) =>
		rows.filter((row) => problem(row) !== null).length;
	return damaged(cards, cardProblem) + damaged(reviews, reviewProblem) + damaged(sessions, sessionProblem);
}
