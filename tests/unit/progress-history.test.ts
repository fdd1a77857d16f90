import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CardState } from '$lib/srs';
import { newCardState } from '$lib/srs/scheduler';
import { buildCalendar } from '$lib/srs/calendar';
import { addDays, daysFrom, weekdayOf } from '$lib/srs/day';
import { summarizeDays, type SummarizedEntry } from '$lib/srs/day-summary';
import { buildForecast } from '$lib/srs/forecast';
import { addRetentionTallies, type RetentionAnswer, retentionFromTally, tallyRetention } from '$lib/srs/retention';
import { buildStreaks } from '$lib/srs/streaks';

/** A fixed clock: Sunday 15 March 2026, 12:00 UTC; study days start at 04:00 UTC. */
const now = Date.UTC(2026, 2, 15, 12);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const today = '2026-03-15';
const daySettings = { timeZone: 'UTC', dayStartHour: 4 };

describe('buildCalendar', () => {
	it('lays out the past 365 days in Monday-first week columns, ending with today', () => {
		const calendar = buildCalendar(new Map(), today);
		const cells = calendar.weeks.flat().filter((c) => c !== null);
		expect(cells).toHaveLength(365);
		expect(cells[0]!.day).toBe('2025-03-16');
		expect(cells.at(-1)!.day).toBe(today);
		expect(calendar.weeks.every((w) => w.length === 7)).toBe(true);
		// Today is a Sunday: the last cell of the last column.
		expect(calendar.weeks.at(-1)![6]!.day).toBe(today);
		expect(calendar.weeks[0]![weekdayOf('2025-03-16')]!.day).toBe('2025-03-16');
		expect(calendar.weeks[0]![0]).toBeNull();
	});

	it('shows an empty history as a year of zeroes', () => {
		const calendar = buildCalendar(new Map(), today);
		expect(calendar).toMatchObject({ total: 0, activeDays: 0, max: 0, todayCount: 0 });
		expect(calendar.weeks.flat().every((c) => c === null || (c.count === 0 && c.level === 0))).toBe(true);
	});

	it('counts answers per day, shades them by the busiest day, and ignores days outside the year', () => {
		const counts = new Map([
			[today, 8],
			['2026-03-14', 2],
			['2025-06-01', 1],
			['2025-03-15', 1], // one day too old
			['2026-03-16', 1] // tomorrow
		]);
		const calendar = buildCalendar(counts, today);
		expect(calendar).toMatchObject({ total: 11, activeDays: 3, max: 8, todayCount: 8 });
		const cell = (day: string) => calendar.weeks.flat().find((c) => c?.day === day);
		expect(cell(today)).toEqual({ day: today, count: 8, level: 4 });
		expect(cell('2026-03-14')).toEqual({ day: '2026-03-14', count: 2, level: 1 });
		expect(cell('2025-03-15')).toBeUndefined();
	});

	it('marks where each month starts, the first (partial) month included', () => {
		const { months, weeks } = buildCalendar(new Map(), today);
		expect(months[0]).toEqual({ week: 0, month: 2 });
		expect(months.map((m) => m.month)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2]);
		for (const { week, month } of months.slice(1)) {
			expect(weeks[week]!.some((c) => c?.day.endsWith('-01') && Number(c.day.slice(5, 7)) - 1 === month)).toBe(true);
		}
	});
});

describe('buildStreaks', () => {
	// CONTRACT (owner: H1): the run lengths of C3's buildStreaks, without rest days.
	const runs = (days: Iterable<string>) => {
		const { current, longest, doneToday } = buildStreaks({ countedDays: days, restDays: [], today });
		return { current, longest, doneToday };
	};
	it('is all zero for an empty history', () => {
		expect(runs([])).toEqual({ current: 0, longest: 0, doneToday: false });
	});

	it('counts days in a row up to today', () => {
		expect(runs(['2026-03-13', '2026-03-14', today])).toEqual({
			current: 3,
			longest: 3,
			doneToday: true
		});
	});

	it('keeps the streak alive up to yesterday while today is still open', () => {
		expect(runs(['2026-03-13', '2026-03-14'])).toEqual({ current: 2, longest: 2, doneToday: false });
	});

	it('breaks the current streak after a missed day, keeping the longest', () => {
		const done = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-13'];
		expect(runs(done)).toEqual({ current: 0, longest: 4, doneToday: false });
	});

	it('after a long gap, starts again from one and remembers an old longest streak', () => {
		const old = Array.from({ length: 10 }, (_, i) => addDays('2025-01-01', i));
		expect(runs([...old, today, today])).toEqual({ current: 1, longest: 10, doneToday: true });
	});

	it('ignores days after today (a clock that was ahead)', () => {
		expect(runs(['2026-03-16', '2026-03-17'])).toEqual({ current: 0, longest: 0, doneToday: false });
	});

	it('never reports a current streak longer than the longest, whatever the days', () => {
		const days = fc.array(fc.integer({ min: -60, max: 0 }).map((n) => addDays(today, n)));
		fc.assert(
			fc.property(days, (done) => {
				const s = runs(done);
				expect(s.current).toBeLessThanOrEqual(s.longest);
				expect(s.longest).toBeLessThanOrEqual(new Set(done).size);
			})
		);
	});
});

describe('buildForecast', () => {
	const card = (factId: string, due: number, phase: CardState['phase'] = 'review'): CardState => ({
		...newCardState(factId, now - 10 * DAY),
		phase,
		due,
		lastReview: now - 10 * DAY
	});

	it('has 30 empty days from today for an empty history', () => {
		const forecast = buildForecast([], now, daySettings);
		expect(forecast.days).toHaveLength(30);
		expect(forecast.days[0]!.day).toBe(today);
		expect(forecast.days[29]!.day).toBe('2026-04-13');
		expect(forecast).toMatchObject({ total: 0, overdue: 0, max: 0 });
	});

	it('puts overdue and later-today reviews on today, the rest on their study day, within 30 days', () => {
		const forecast = buildForecast(
			[
				card('a', now - 40 * DAY),
				card('b', now - HOUR),
				card('c', now + 2 * HOUR),
				card('d', Date.UTC(2026, 2, 16, 3)), // 03:00 tomorrow is still today's study day
				card('e', Date.UTC(2026, 2, 16, 5)),
				card('f', now + 29 * DAY),
				card('g', now + 30 * DAY), // beyond the horizon
				card('h', now + DAY, 'new') // never studied: not a review
			],
			now,
			daySettings
		);
		expect(forecast.days[0]).toEqual({ day: today, count: 4 });
		expect(forecast.days[1]).toEqual({ day: '2026-03-16', count: 1 });
		expect(forecast.days[29]).toEqual({ day: '2026-04-13', count: 1 });
		expect(forecast).toMatchObject({ overdue: 1, total: 6, max: 4 });
	});
});

/** True retention of a list of answers, as the progress page computes it from day tallies. */
const buildRetention = (answers: RetentionAnswer[]) => retentionFromTally(tallyRetention(answers));

describe('true retention', () => {
	const answer = (elapsedDays: number, correct: boolean, phase: CardState['phase'] = 'review'): RetentionAnswer => ({
		reviewedAt: now,
		correct,
		before: { phase, lastReview: now - elapsedDays * DAY }
	});

	it('has no rate anywhere for an empty history', () => {
		const retention = buildRetention([]);
		expect(retention.overall).toEqual({ right: 0, total: 0, rate: null });
		expect(retention.buckets.every((b) => b.total === 0 && b.rate === null)).toBe(true);
		expect(retention.buckets.map((b) => b.label)).toEqual([
			'Under 2 days',
			'2–6 days',
			'1–3 weeks',
			'3 weeks – 3 months',
			'3 months or more'
		]);
	});

	it('counts only answers to facts that were in review before', () => {
		const retention = buildRetention([
			answer(3, true),
			answer(0.01, false, 'learning'),
			answer(0.01, false, 'relearning'),
			answer(0, false, 'new'),
			{ reviewedAt: now, correct: false, before: { phase: 'review', lastReview: null } }
		]);
		expect(retention.overall).toEqual({ right: 1, total: 1, rate: 1 });
	});

	it('buckets by the time since the previous review, edges going to the longer bucket', () => {
		const retention = buildRetention([
			answer(1.9, true),
			answer(2, false),
			answer(6.9, true),
			answer(7, true),
			answer(20.9, false),
			answer(21, true),
			answer(89, true),
			answer(200, false), // a long gap
			answer(400, true)
		]);
		expect(retention.buckets.map((b) => [b.right, b.total])).toEqual([
			[1, 1],
			[1, 2],
			[1, 2],
			[2, 2],
			[1, 2]
		]);
		expect(retention.buckets[1]!.rate).toBe(0.5);
		expect(retention.young).toEqual({ right: 3, total: 5, rate: 0.6 });
		expect(retention.mature).toEqual({ right: 3, total: 4, rate: 0.75 });
		expect(retention.overall).toEqual({ right: 6, total: 9, rate: 6 / 9 });
	});
});

describe('day summaries', () => {
	it('lists every day of a range, across month and year ends', () => {
		expect(daysFrom('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
		expect(daysFrom(today, today)).toEqual([today]);
		expect(daysFrom('2026-03-01', '2026-03-15')).toHaveLength(15);
	});

	it('summarizes every listed day, an empty one as zero, leaving out resets and unlisted days', () => {
		const entry = (day: string, kind: string, correct = true): SummarizedEntry => ({
			day,
			kind,
			reviewedAt: now,
			correct,
			before: { phase: 'review', lastReview: now - 3 * DAY }
		});
		const [first, second] = summarizeDays(
			['2026-03-14', '2026-03-15'],
			[entry('2026-03-14', 'choose-fact'), entry('2026-03-14', 'reset', false), entry('2026-03-13', 'choose-fact')]
		);
		expect(first).toMatchObject({ day: '2026-03-14', answers: 1 });
		expect(first!.retention[1]).toEqual({ right: 1, total: 1 });
		expect(second).toMatchObject({ day: '2026-03-15', answers: 0 });
		expect(second!.retention.every((bucket) => bucket.total === 0)).toBe(true);
	});

	it('adds up, day by day, to the retention and answer count of the whole log', () => {
		const entryArbitrary = fc.record({
			day: fc.constantFrom('2026-03-13', '2026-03-14', '2026-03-15'),
			kind: fc.constantFrom('choose-fact', 'typed-group', 'reset'),
			correct: fc.boolean(),
			reviewedAt: fc.constant(now),
			before: fc.record({
				phase: fc.constantFrom<CardState['phase']>('new', 'learning', 'review', 'relearning'),
				lastReview: fc.option(fc.integer({ min: now - 400 * DAY, max: now }), { nil: null })
			})
		});
		fc.assert(
			fc.property(fc.array(entryArbitrary, { maxLength: 60 }), (entries) => {
				const summaries = summarizeDays(daysFrom('2026-03-13', '2026-03-15'), entries);
				const answers = entries.filter((entry) => entry.kind !== 'reset');
				expect(summaries.reduce((sum, summary) => sum + summary.answers, 0)).toBe(answers.length);
				expect(retentionFromTally(addRetentionTallies(summaries.map((summary) => summary.retention)))).toEqual(
					buildRetention(answers)
				);
			})
		);
	});
});
