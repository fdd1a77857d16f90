import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_REVLOG_ROWS,
	parseRevlogCsv,
	revlogCardNumbers,
	revlogCsvFrom,
	type RevlogSource
} from '../../src/lib/srs/memory-model/revlog-csv';

const T0 = Date.UTC(2026, 0, 10, 7, 30);
const MINUTE = 60_000;
const DAY = 86_400_000;

function entry(
	factId: string,
	reviewedAt: number,
	grade: RevlogSource['grade'],
	phase: RevlogSource['before']['phase'] = 'review',
	answerMs = 4200
): RevlogSource {
	return { factId, reviewedAt, grade, answerMs, before: { phase } };
}

function parsed(text: string) {
	const result = parseRevlogCsv(text);
	if (!result.ok) throw new Error(`expected the file to parse: ${result.errors.join(' | ')}`);
	return result;
}

function errorsOf(text: string): string[] {
	const result = parseRevlogCsv(text);
	if (result.ok) throw new Error('expected the file to be refused');
	return result.errors;
}

describe('revlogCsvFrom', () => {
	it('writes the header the FSRS readers look for, then one row per answer', () => {
		const csv = revlogCsvFrom([
			entry('glutes.exercise.squat', T0, 'good', 'new', 3100),
			entry('glutes.exercise.squat', T0 + 10 * MINUTE, 'again', 'learning', 5000)
		]);
		expect(csv).toBe(
			'card_id,review_time,review_rating,review_state,review_duration\n' +
				`1,${T0},3,0,3100\n` +
				`1,${T0 + 10 * MINUTE},1,1,5000\n`
		);
	});

	it('writes a leech reset as a manual entry, drops an unsuspend, and the next answer finds the card new', () => {
		const log = [
			entry('calves.injury.shin-splints', T0, 'again', 'relearning'),
			entry('calves.injury.shin-splints', T0 + DAY, 'unsuspend', 'relearning', 0),
			entry('calves.injury.shin-splints', T0 + 2 * DAY, 'reset', 'relearning', 0),
			entry('calves.injury.shin-splints', T0 + 3 * DAY, 'good', 'new', 2500)
		];
		const rows = revlogCsvFrom(log).trim().split('\n').slice(1);
		expect(rows).toEqual([`1,${T0},1,3,4200`, `1,${T0 + 2 * DAY},0,4,0`, `1,${T0 + 3 * DAY},3,0,2500`]);
	});

	it('numbers facts 1, 2, 3… by their first entry, and sorts rows by time, ties by card', () => {
		const log = [
			entry('b', T0 + 2 * MINUTE, 'good'),
			entry('c', T0 + MINUTE, 'good'),
			entry('a', T0 + 2 * MINUTE, 'again'),
			entry('c', T0 + 5 * MINUTE, 'again')
		];
		expect([...revlogCardNumbers(log)]).toEqual([
			['c', 1],
			['a', 2],
			['b', 3]
		]);
		const cards = revlogCsvFrom(log)
			.trim()
			.split('\n')
			.slice(1)
			.map((row) => row.split(',')[0]);
		expect(cards).toEqual(['1', '2', '3', '1']);
	});

	it('writes the same bytes for the same log in any order', () => {
		const log = [entry('x', T0, 'good'), entry('y', T0, 'again'), entry('x', T0 + DAY, 'good')];
		expect(revlogCsvFrom([...log].reverse())).toBe(revlogCsvFrom(log));
	});

	it('writes only the header for an empty log, and that file reads back as no reviews', () => {
		expect(revlogCsvFrom([])).toBe('card_id,review_time,review_rating,review_state,review_duration\n');
		expect(parsed(revlogCsvFrom([]))).toEqual({ ok: true, reviews: [], skipped: 0, cards: 0 });
	});
});

/** A Stride-like log: per fact, entries at strictly later times; a reset makes the next answer find a new card. */
const strideLog = fc
	.array(
		fc.record({
			fact: fc.constantFrom(
				'quadriceps.exercise.squat',
				'glutes.exercise.squat',
				'calves.injury.shin-splints',
				'x.y.z'
			),
			gap: fc.integer({ min: 0, max: 30 * DAY }),
			grade: fc.constantFrom<RevlogSource['grade']>('again', 'good', 'good', 'reset', 'unsuspend'),
			answerMs: fc.integer({ min: 0, max: 600_000 })
		}),
		{ maxLength: 60 }
	)
	.map((steps) => {
		const last = new Map<string, { at: number; grade: RevlogSource['grade'] }>();
		return steps.map(({ fact, gap, grade, answerMs }) => {
			const previous = last.get(fact);
			const at = previous ? previous.at + 1 + gap : T0 + gap;
			const phase =
				!previous || previous.grade === 'reset' ? 'new' : previous.grade === 'again' ? 'relearning' : 'review';
			last.set(fact, { at, grade });
			return entry(fact, at, grade, phase, answerMs);
		});
	});

const RATING = { again: 1, good: 3, reset: 0 } as const;

describe('round trip', () => {
	it('any Stride log → CSV → parse gives each fact’s (time, rating) sequence, resets included, unsuspends dropped', () => {
		fc.assert(
			fc.property(strideLog, (log) => {
				const numbers = revlogCardNumbers(log);
				const result = parsed(revlogCsvFrom(log));
				const expected = new Map<string, [number, number][]>();
				for (const e of log) {
					if (e.grade === 'unsuspend') continue;
					const card = String(numbers.get(e.factId));
					expected.set(card, [...(expected.get(card) ?? []), [e.reviewedAt, RATING[e.grade]]]);
				}
				const got = new Map<string, [number, number][]>();
				for (const r of result.reviews) got.set(r.cardId, [...(got.get(r.cardId) ?? []), [r.reviewedAt, r.rating]]);
				expect(got).toEqual(expected);
				expect(result.cards).toBe(expected.size);
				expect(result.skipped).toBe(0);
			})
		);
	});

	it('every row has a whole-number card id and a state 0–4 that is 4 exactly on resets', () => {
		fc.assert(
			fc.property(strideLog, (log) => {
				const rows = revlogCsvFrom(log).trim().split('\n').slice(1);
				const written = log.filter((e) => e.grade !== 'unsuspend');
				expect(rows).toHaveLength(written.length);
				for (const row of rows) {
					const [card, , rating, state] = row.split(',');
					expect(card).toMatch(/^[1-9]\d*$/);
					expect(state === '4').toBe(rating === '0');
				}
			})
		);
	});
});

describe('parseRevlogCsv reads other tools’ files', () => {
	it('reads an fsrs-rs / srs-benchmark style file with Hard and Easy ratings', () => {
		const result = parsed(
			'card_id,review_time,review_rating,review_state,review_duration\n' +
				'1528956429777,1529030735244,3,0,6000\n' +
				'1528956429777,1529117188459,2,2,8210\n' +
				'1528956429800,1529117190000,4,0,1200\n'
		);
		expect(result.reviews).toEqual([
			{ cardId: '1528956429777', reviewedAt: 1529030735244, rating: 3 },
			{ cardId: '1528956429777', reviewedAt: 1529117188459, rating: 2 },
			{ cardId: '1528956429800', reviewedAt: 1529117190000, rating: 4 }
		]);
		expect(result.cards).toBe(2);
	});

	it('finds the columns by name in any order and ignores extra columns, quoted ones included', () => {
		const result = parsed(
			'note,review_rating,deck,card_id,review_time\n' +
				'"a note, with a comma",1,Spanish,42,1700000000000\n' +
				'"said ""hi""",3,Spanish,42,1700000600000\n'
		);
		expect(result.reviews.map((r) => [r.cardId, r.reviewedAt, r.rating])).toEqual([
			['42', 1700000000000, 1],
			['42', 1700000600000, 3]
		]);
	});

	it('reads CRLF line ends, a byte-order mark, a trailing newline and blank lines', () => {
		const result = parsed('\uFEFFcard_id,review_time,review_rating\r\n7,1700000000000,3\r\n\r\n8,1700000000001,1\r\n');
		expect(result.reviews.map((r) => r.cardId)).toEqual(['7', '8']);
	});

	it('reads a file without review_state and review_duration, and keeps rating 0 as a reset', () => {
		const result = parsed('card_id,review_time,review_rating\n5,1700000000000,3\n5,1700086400000,0\n');
		expect(result.reviews.map((r) => r.rating)).toEqual([3, 0]);
	});

	it('sorts reviews by time and keeps an exactly repeated row once, counting it as skipped', () => {
		const result = parsed(
			'card_id,review_time,review_rating\n2,1700000600000,3\n1,1700000000000,1\n2,1700000600000,3\n'
		);
		expect(result.reviews.map((r) => r.reviewedAt)).toEqual([1700000000000, 1700000600000]);
		expect(result.skipped).toBe(1);
	});
});

describe('parseRevlogCsv refuses bad files with a message a learner can act on', () => {
	const header = 'card_id,review_time,review_rating,review_state,review_duration\n';

	it('an empty file', () => {
		expect(errorsOf('')).toEqual(['The file is empty.']);
	});

	it('a first line without the columns', () => {
		expect(errorsOf('id,time,ease\n1,1700000000000,3\n')).toEqual([
			'The first line must name the columns card_id, review_time and review_rating (review_state and review_duration may follow); it names: id, time, ease.'
		]);
	});

	it('a column named twice', () => {
		expect(errorsOf('card_id,review_time,review_rating,card_id\n1,1700000000000,3,1\n')).toEqual([
			'The first line names the column card_id twice.'
		]);
	});

	it('a rating out of range, on the line it is on', () => {
		expect(errorsOf(header + '1,1700000000000,3,0,100\n1,1700000600000,7,2,100\n')).toEqual([
			'Line 3: review_rating must be 0–4, found 7.'
		]);
	});

	it('a state out of range, or a negative duration', () => {
		expect(errorsOf(header + '1,1700000000000,3,9,100\n1,1700000600000,3,2,-5\n')).toEqual([
			'Line 2: review_state must be 0–4 or empty, found 9.',
			'Line 3: review_duration must be milliseconds, 0 or more, or empty, found -5.'
		]);
	});

	it('times in seconds, and times that are no date', () => {
		expect(errorsOf(header + '1,1700000000,3,0,100\n1,12,3,0,100\n1,2023-11-14,3,0,100\n')).toEqual([
			'Line 2: review_time 1700000000 looks like seconds; this file needs milliseconds (1700000000000).',
			'Line 3: review_time 12 is not a time between 1990 and 2200 in milliseconds since 1970.',
			'Line 4: review_time must be a whole number of milliseconds since 1970, found 2023-11-14.'
		]);
	});

	it('an empty card id, and a row with too few values', () => {
		expect(errorsOf(header + ',1700000000000,3,0,100\n1,1700000000000\n')).toEqual([
			'Line 2: card_id is empty.',
			'Line 3: expected 5 values (one per column of the first line), found 2.'
		]);
	});

	it('names the first ten problems and counts the rest', () => {
		const errors = errorsOf(header + '1,1700000000000,9,0,0\n'.repeat(25));
		expect(errors).toHaveLength(11);
		expect(errors[0]).toBe('Line 2: review_rating must be 0–4, found 9.');
		expect(errors[10]).toBe('…and 15 more lines with problems.');
	});

	it('more rows than the cap, before reading them', () => {
		const text = 'card_id,review_time,review_rating\n' + '1,1700000000000,3\n'.repeat(MAX_REVLOG_ROWS + 1);
		expect(errorsOf(text)).toEqual(['The file has more than 2,000,000 rows; Stride reads at most that many.']);
	});

	it('reads a file of exactly the cap', { timeout: 30_000 }, () => {
		const text = 'card_id,review_time,review_rating\n' + '1,1700000000000,3\n'.repeat(MAX_REVLOG_ROWS);
		expect(parsed(text).skipped).toBe(MAX_REVLOG_ROWS - 1);
	});

	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('1', '0', ',', '"', '\n', '\r', 'a', ' ', '-') }), (tail) => {
				const result = parseRevlogCsv(header + tail);
				expect(typeof result.ok).toBe('boolean');
			})
		);
	});
});
