import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysFrom, weekdayOf } from '$lib/srs/day';
import { buildStreaks, countedDays, dailyGoal } from '$lib/srs/streaks';

/** Sunday 15 March 2026. */
const today = '2026-03-15';
const SATURDAY = 5;
const SUNDAY = 6;
const streaks = (days: readonly string[], restDays: readonly number[] = []) =>
	buildStreaks({ countedDays: days, restDays, today });

describe('dailyGoal', () => {
	it("is the learner's new facts per day, and never fewer than 5 answers", () => {
		expect(dailyGoal({ newPerDay: 10 })).toBe(10);
		expect(dailyGoal({ newPerDay: 2 })).toBe(5);
		expect(dailyGoal({ newPerDay: 0 })).toBe(5);
	});
});

describe('countedDays', () => {
	it('counts a day of the finished daily quiz, and a practice-only day only when it reached the goal', () => {
		const counted = countedDays({
			finishedTodaySessions: ['2026-03-10'],
			answersPerDay: new Map([
				['2026-03-10', 2],
				['2026-03-11', 9],
				['2026-03-12', 10],
				['2026-03-13', 40]
			]),
			goal: 10
		});
		expect([...counted].sort()).toEqual(['2026-03-10', '2026-03-12', '2026-03-13']);
	});
});

describe('buildStreaks', () => {
	it('is all zero for an empty history', () => {
		expect(streaks([])).toEqual({
			current: 0,
			longest: 0,
			doneToday: false,
			restToday: false,
			freezes: 0,
			frozenDays: []
		});
	});

	it('counts days in a row up to today, and keeps the run up to yesterday while today is open', () => {
		expect(streaks(['2026-03-13', '2026-03-14', today])).toMatchObject({ current: 3, longest: 3, doneToday: true });
		expect(streaks(['2026-03-13', '2026-03-14'])).toMatchObject({ current: 2, longest: 2, doneToday: false });
	});

	it('breaks the current streak after an unplanned missed day without a freeze, keeping the longest', () => {
		const done = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-13'];
		expect(streaks(done)).toMatchObject({ current: 0, longest: 4, frozenDays: [] });
	});

	it('keeps the streak across planned rest days, which add nothing to it', () => {
		// Weekends off: Mon 9 – Fri 13 March done, Sat and Sun rest, today (Sunday) is a rest day.
		const weekdays = daysFrom('2026-03-02', '2026-03-13').filter((day) => weekdayOf(day) < SATURDAY);
		expect(streaks(weekdays, [SATURDAY, SUNDAY])).toMatchObject({ current: 10, restToday: true, frozenDays: [] });
		// The same days without the plan: the weekend broke the run.
		expect(streaks(weekdays)).toMatchObject({ current: 0, restToday: false });
	});

	it('earns a freeze per 7 counted days in a run, and spends it on a missed day instead of breaking', () => {
		expect(streaks(daysFrom('2026-03-08', '2026-03-14'))).toMatchObject({ current: 7, freezes: 1 });
		const week = daysFrom('2026-03-06', '2026-03-12');
		// 13 March missed, 14 March done: the freeze covered the gap.
		expect(streaks([...week, '2026-03-14'])).toMatchObject({ current: 8, freezes: 0, frozenDays: ['2026-03-13'] });
		// Two missed days with one freeze: the second breaks the run.
		expect(streaks([...week, today])).toMatchObject({ current: 1, longest: 7, freezes: 0 });
	});

	it('holds at most 2 freezes', () => {
		expect(streaks(daysFrom('2026-02-01', '2026-03-14'))).toMatchObject({ current: 42, freezes: 2 });
	});

	it('ignores days after today (a clock that was ahead)', () => {
		expect(streaks(['2026-03-16', '2026-03-17'])).toMatchObject({ current: 0, longest: 0, doneToday: false });
	});

	const history = fc.array(fc.integer({ min: -90, max: 0 }).map((n) => addDays(today, n)));
	const weekdays = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 });

	it('never reports a current streak longer than the longest, or the longest above the days counted', () => {
		fc.assert(
			fc.property(history, weekdays, (done, rest) => {
				const s = streaks(done, rest);
				expect(s.current).toBeLessThanOrEqual(s.longest);
				expect(s.longest).toBeLessThanOrEqual(new Set(done).size);
				expect(s.freezes).toBeLessThanOrEqual(2);
			})
		);
	});

	it('never lowers the current streak when a planned rest day is added to the pattern', () => {
		fc.assert(
			fc.property(history, weekdays, fc.integer({ min: 0, max: 6 }), (done, rest, added) => {
				const before = streaks(done, rest).current;
				expect(streaks(done, [...new Set([...rest, added])]).current).toBeGreaterThanOrEqual(before);
			})
		);
	});

	/** The rule as it reads: a walk over every calendar day from the first counted one to today. */
	function walkDayByDay(counted: readonly string[], restDays: readonly number[]) {
		const done = new Set(counted.filter((day) => day <= today));
		const rest = new Set(restDays);
		const first = [...done].sort()[0];
		let [run, longest, freezes, towardFreeze] = [0, 0, 0, 0];
		const frozenDays: string[] = [];
		for (const day of first === undefined ? [] : daysFrom(first, today)) {
			if (done.has(day)) {
				run++;
				longest = Math.max(longest, run);
				if (++towardFreeze === 7) [freezes, towardFreeze] = [Math.min(2, freezes + 1), 0];
			} else if (day === today || rest.has(weekdayOf(day)) || run === 0) continue;
			else if (freezes > 0) {
				freezes--;
				frozenDays.push(day);
			} else [run, towardFreeze] = [0, 0];
		}
		return {
			current: run,
			longest,
			doneToday: done.has(today),
			restToday: rest.has(weekdayOf(today)),
			freezes,
			frozenDays
		};
	}

	it('equals a day-by-day walk of the calendar for every history, over years and with days after today', () => {
		// Dense and sparse patterns over up to 5 years, so runs, freezes and breaks all occur.
		const years = fc.oneof(
			fc.array(
				fc.integer({ min: -5 * 365, max: 3 }).map((n) => addDays(today, n)),
				{ maxLength: 400 }
			),
			fc
				.tuple(fc.integer({ min: -5 * 365, max: 0 }), fc.array(fc.boolean(), { maxLength: 120 }))
				.map(([start, pattern]) => pattern.flatMap((on, i) => (on ? [addDays(today, start + i)] : [])))
		);
		fc.assert(
			fc.property(years, weekdays, (done, rest) => {
				expect(streaks(done, rest)).toEqual(walkDayByDay(done, rest));
			})
		);
	});
});
