import { RATING_OF_GRADE, type PlainReview, type ReviewRating, type ReviewState } from './review-history';

/**
 * The FSRS revlog CSV: the file fsrs-rs, py-fsrs's optimizer and srs-benchmark read, one row per
 * review. Stride writes its own log in it, and reads one back (from Anki's FSRS helper or any
 * tool that writes it) as a plain review history.
 */

/** The columns, in the order the readers' own examples write them. */
const REVLOG_COLUMNS = ['card_id', 'review_time', 'review_rating', 'review_state', 'review_duration'] as const;

/** The fields of a Stride review-log row this format needs (src/lib/db's ReviewRow has them). */
export interface RevlogSource {
	factId: string;
	reviewedAt: number;
	grade: 'again' | 'good' | 'reset' | 'unsuspend';
	answerMs: number;
	before: { phase: 'new' | 'learning' | 'review' | 'relearning' };
}

const STATE_OF_PHASE = { new: 0, learning: 1, review: 2, relearning: 3 } as const satisfies Record<
	RevlogSource['before']['phase'],
	ReviewState
>;
const MANUAL: ReviewState = 4;

type Written = RevlogSource & { grade: keyof typeof RATING_OF_GRADE };

/** An unsuspend is the learner taking a leech back: it changes nothing the memory model sees. */
const isWritten = (entry: RevlogSource): entry is Written => entry.grade !== 'unsuspend';

const byTimeThenFact = (a: RevlogSource, b: RevlogSource) =>
	a.reviewedAt - b.reviewedAt || (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0);

/**
 * The whole number each fact is written as (the readers parse card_id as an integer): 1, 2, 3…
 * in order of the fact's first written entry, ties by fact id, so the same log always numbers
 * the same way. The file does not carry fact ids; this is the key to read it back by.
 */
export function revlogCardNumbers(entries: readonly RevlogSource[]): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const entry of entries.filter(isWritten).sort(byTimeThenFact)) {
		if (!numbers.has(entry.factId)) numbers.set(entry.factId, numbers.size + 1);
	}
	return numbers;
}

/** The revlog CSV of a Stride log: a header, then one row per answer or reset, in time order (ties by card id). */
export function revlogCsvFrom(entries: readonly RevlogSource[]): string {
	const numbers = revlogCardNumbers(entries);
	const rows = entries
		.filter(isWritten)
		.map((entry) => ({ entry, card: numbers.get(entry.factId)! }))
		.sort((a, b) => a.entry.reviewedAt - b.entry.reviewedAt || a.card - b.card);
	const lines = rows.map(({ entry, card }) => {
		const reset = entry.grade === 'reset';
		// A reset is Anki's "Forget": a manual entry; the next answer finds the card new again.
		const state = reset ? MANUAL : STATE_OF_PHASE[entry.before.phase];
		return [card, entry.reviewedAt, RATING_OF_GRADE[entry.grade], state, Math.round(entry.answerMs)].join(',');
	});
	return [REVLOG_COLUMNS.join(','), ...lines].join('\n') + '\n';
}

/** Readers that load a whole history in memory: more rows than this is not one learner's log. */
export const MAX_REVLOG_ROWS = 2_000_000;
/** Problems reported before the rest are only counted: a wrong file gives thousands. */
const MAX_ERRORS = 10;
/** Review times Stride reads (epoch ms): from 1990 (before any of these tools) to 2200. */
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

export type RevlogParse =
	{ ok: true; reviews: PlainReview[]; skipped: number; cards: number } | { ok: false; errors: string[] };

/**
 * Reads a revlog CSV: columns found by name in any order, extra columns ignored, CRLF or LF,
 * a byte-order mark, quoted fields and blank lines allowed. A row repeated exactly (same card,
 * time and rating, as when two exports are joined) is kept once and counted as `skipped`.
 * Never throws: a bad file gives messages naming the line and what to fix.
 */
export function parseRevlogCsv(text: string): RevlogParse {
	// Counted before anything is parsed, so an oversized file costs one pass over its text.
	if (countLines(text) - 1 > MAX_REVLOG_ROWS) {
		return fail([
			`The file has more than ${MAX_REVLOG_ROWS.toLocaleString('en')} rows; Stride reads at most that many.`
		]);
	}
	const rows = csvRows(text.replace(/^\uFEFF/, ''));
	const header = rows[0];
	if (!header) return fail(['The file is empty.']);
	const columns = readHeader(header.fields);
	if (typeof columns === 'string') return fail([columns]);

	const errors: string[] = [];
	let problems = 0;
	const reviews: PlainReview[] = [];
	const seen = new Set<string>();
	let skipped = 0;
	for (const { line, fields } of rows.slice(1)) {
		const row = readRow(fields, columns, header.fields.length);
		if (typeof row === 'string') {
			if (++problems <= MAX_ERRORS) errors.push(`Line ${line}: ${row}`);
			continue;
		}
		const key = `${row.reviewedAt},${row.rating},${row.cardId}`;
		if (seen.has(key)) {
			skipped++;
		} else {
			seen.add(key);
			reviews.push(row);
		}
	}
	if (problems > MAX_ERRORS) errors.push(`…and ${problems - MAX_ERRORS} more lines with problems.`);
	if (errors.length > 0) return fail(errors);
	reviews.sort((a, b) => a.reviewedAt - b.reviewedAt || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
	return { ok: true, reviews, skipped, cards: new Set(reviews.map((review) => review.cardId)).size };
}

const fail = (errors: string[]): RevlogParse => ({ ok: false, errors });

/** Lines of text, a final line break ending the last line rather than starting another. */
function countLines(text: string): number {
	let lines = text.endsWith('\n') ? 0 : 1;
	for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
	return lines;
}

interface Columns {
	card: number;
	time: number;
	rating: number;
	state: number;
	duration: number;
}

const REQUIRED = ['card_id', 'review_time', 'review_rating'];

function readHeader(names: readonly string[]): Columns | string {
	const normal = names.map((name) => name.trim().toLowerCase());
	const missing = REQUIRED.filter((name) => !normal.includes(name));
	if (missing.length > 0) {
		return (
			'The first line must name the columns card_id, review_time and review_rating ' +
			`(review_state and review_duration may follow); it names: ${names.join(', ') || 'nothing'}.`
		);
	}
	const twice = REVLOG_COLUMNS.find((name) => normal.indexOf(name) !== normal.lastIndexOf(name));
	if (twice) return `The first line names the column ${twice} twice.`;
	const [card, time, rating, state, duration] = REVLOG_COLUMNS.map((name) => normal.indexOf(name)) as [
		number,
		number,
		number,
		number,
		number
	];
	return { card, time, rating, state, duration };
}

function readRow(fields: readonly string[], columns: Columns, width: number): PlainReview | string {
	if (fields.length !== width) {
		return `expected ${width} values (one per column of the first line), found ${fields.length}.`;
	}
	const value = (at: number) => (at === -1 ? '' : fields[at]!.trim());
	const cardId = value(columns.card);
	if (cardId === '') return 'card_id is empty.';
	const time = value(columns.time);
	if (!/^\d+$/.test(time))
		return `review_time must be a whole number of milliseconds since 1970, found ${shown(time)}.`;
	const reviewedAt = Number(time);
	if (reviewedAt >= EARLIEST / 1000 && reviewedAt < LATEST / 1000) {
		return `review_time ${time} looks like seconds; this file needs milliseconds (${time}000).`;
	}
	if (reviewedAt < EARLIEST || reviewedAt >= LATEST) {
		return `review_time ${time} is not a time between 1990 and 2200 in milliseconds since 1970.`;
	}
	const rating = value(columns.rating);
	if (!/^[0-4]$/.test(rating)) return `review_rating must be 0–4, found ${shown(rating)}.`;
	const state = value(columns.state);
	if (state !== '' && !/^[0-4]$/.test(state)) return `review_state must be 0–4 or empty, found ${shown(state)}.`;
	const duration = value(columns.duration);
	if (duration !== '' && !(Number(duration) >= 0 && Number.isFinite(Number(duration)))) {
		return `review_duration must be milliseconds, 0 or more, or empty, found ${shown(duration)}.`;
	}
	return { cardId, reviewedAt, rating: Number(rating) as ReviewRating };
}

const shown = (value: string) => (value === '' ? 'nothing' : value);

/**
 * RFC 4180 rows with the line each starts on: commas split fields, a quoted field may hold
 * commas, doubled quotes and line breaks, CRLF and LF both end a row, blank lines are skipped.
 */
function csvRows(text: string): { line: number; fields: string[] }[] {
	const rows: { line: number; fields: string[] }[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	const endRow = () => {
		fields.push(field);
		if (fields.length > 1 || fields[0]!.trim() !== '') rows.push({ line: rowLine, fields });
		fields = [];
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				if (char === '\n') line++;
				field += char;
			}
		} else if (char === '"' && field.trim() === '') {
			field = '';
			quoted = true;
		} else if (char === ',') {
			fields.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			endRow();
			rowLine = ++line;
		} else field += char;
	}
	if (field !== '' || fields.length > 0) endRow();
	return rows;
}
