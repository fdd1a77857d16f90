import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, DEVICE_TIME_ZONE, studyDay, weekdayOf } from '$lib/srs/day';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('studyDay', () => {
	const settings = (timeZone: string) => ({ timeZone, dayStartHour: 4 });

	it('counts 03:30 as the previous day and 04:00 as the new one (Los Angeles, winter)', () => {
		const la = settings('America/Los_Angeles');
		// PST is UTC−8.
		expect(studyDay(Date.UTC(2026, 0, 15, 11, 30), la)).toBe('2026-01-14');
		expect(studyDay(Date.UTC(2026, 0, 15, 12, 0), la)).toBe('2026-01-15');
		expect(studyDay(Date.UTC(2026, 0, 15, 11, 59, 59, 999), la)).toBe('2026-01-14');
	});

	it('gets the day right on the morning clocks go forward in Los Angeles (2026-03-08)', () => {
		const la = settings('America/Los_Angeles');
		// 02:00 PST becomes 03:00 PDT: 03:30 PDT is 10:30 UTC, 04:00 PDT is 11:00 UTC.
		expect(studyDay(Date.UTC(2026, 2, 8, 10, 30), la)).toBe('2026-03-07');
		expect(studyDay(Date.UTC(2026, 2, 8, 11, 0), la)).toBe('2026-03-08');
		// 01:30 PST, before the change, also belongs to the previous day.
		expect(studyDay(Date.UTC(2026, 2, 8, 9, 30), la)).toBe('2026-03-07');
		// The day after, on PDT (UTC−7).
		expect(studyDay(Date.UTC(2026, 2, 9, 10, 30), la)).toBe('2026-03-08');
		expect(studyDay(Date.UTC(2026, 2, 9, 11, 0), la)).toBe('2026-03-09');
	});

	it('gets the day right on the morning clocks go back in Los Angeles (2026-11-01)', () => {
		const la = settings('America/Los_Angeles');
		// 02:00 PDT becomes 01:00 PST: 03:30 PST is 11:30 UTC, 04:00 PST is 12:00 UTC.
		expect(studyDay(Date.UTC(2026, 10, 1, 11, 30), la)).toBe('2026-10-31');
		expect(studyDay(Date.UTC(2026, 10, 1, 12, 0), la)).toBe('2026-11-01');
	});

	it('counts 03:30 as the previous day and 04:00 as the new one (Auckland, summer)', () => {
		const akl = settings('Pacific/Auckland');
		// NZDT is UTC+13: 2026-01-15 03:30 local is 2026-01-14 14:30 UTC.
		expect(studyDay(Date.UTC(2026, 0, 14, 14, 30), akl)).toBe('2026-01-14');
		expect(studyDay(Date.UTC(2026, 0, 14, 15, 0), akl)).toBe('2026-01-15');
	});

	it('gets the day right on the morning clocks go back in Auckland (2026-04-05)', () => {
		const akl = settings('Pacific/Auckland');
		// 03:00 NZDT becomes 02:00 NZST: 03:30 NZST is 15:30 UTC, 04:00 NZST is 16:00 UTC (on 04-04).
		expect(studyDay(Date.UTC(2026, 3, 4, 15, 30), akl)).toBe('2026-04-04');
		expect(studyDay(Date.UTC(2026, 3, 4, 16, 0), akl)).toBe('2026-04-05');
		// Both 02:30s of the repeated hour still belong to the previous day.
		expect(studyDay(Date.UTC(2026, 3, 4, 13, 30), akl)).toBe('2026-04-04');
		expect(studyDay(Date.UTC(2026, 3, 4, 14, 30), akl)).toBe('2026-04-04');
	});

	it('gets the day right on the morning clocks go forward in Auckland (2026-09-27)', () => {
		const akl = settings('Pacific/Auckland');
		// 02:00 NZST becomes 03:00 NZDT: 03:30 NZDT is 14:30 UTC, 04:00 NZDT is 15:00 UTC (on 09-26).
		expect(studyDay(Date.UTC(2026, 8, 26, 14, 30), akl)).toBe('2026-09-26');
		expect(studyDay(Date.UTC(2026, 8, 26, 15, 0), akl)).toBe('2026-09-27');
	});

	it('rolls back across month and year ends before the day starts', () => {
		const utc = settings('UTC');
		expect(studyDay(Date.UTC(2026, 0, 1, 3, 59), utc)).toBe('2025-12-31');
		expect(studyDay(Date.UTC(2026, 2, 1, 3, 0), utc)).toBe('2026-02-28');
		expect(studyDay(Date.UTC(2028, 2, 1, 3, 0), utc)).toBe('2028-02-29');
		expect(studyDay(Date.UTC(2026, 0, 1, 4, 0), utc)).toBe('2026-01-01');
	});

	it('starts the day at midnight when dayStartHour is 0', () => {
		const utc = { timeZone: 'UTC', dayStartHour: 0 };
		expect(studyDay(Date.UTC(2026, 0, 1, 0, 0), utc)).toBe('2026-01-01');
		expect(studyDay(Date.UTC(2025, 11, 31, 23, 59), utc)).toBe('2025-12-31');
	});

	it('changes day exactly once every 24 hours of wall-clock time, at the start hour', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('Pacific/Auckland', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'UTC'),
				fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
				fc.integer({ min: 0, max: 23 }),
				(timeZone, at, dayStartHour) => {
					const day = studyDay(at, { timeZone, dayStartHour });
					expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					// One hour later is the same day or the next one, never earlier or two ahead.
					const later = studyDay(at + HOUR, { timeZone, dayStartHour });
					const diff = (Date.parse(later) - Date.parse(day)) / DAY;
					expect([0, 1]).toContain(diff);
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('day arithmetic', () => {
	it('adds days across months, years and a leap day', () => {
		expect(addDays('2026-03-15', 1)).toBe('2026-03-16');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2026-03-15', -364)).toBe('2025-03-16');
	});

	it('counts days between dates and names the weekday, Monday first', () => {
		expect(daysBetween('2025-03-16', '2026-03-15')).toBe(364);
		expect(daysBetween('2026-03-15', '2026-03-14')).toBe(-1);
		expect(weekdayOf('2026-03-16')).toBe(0);
		expect(weekdayOf('2026-03-15')).toBe(6);
	});

	it('is consistent: adding the days between two dates gets from one to the other', () => {
		const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));
		fc.assert(
			fc.property(day, day, (a, b) => {
				expect(addDays(a, daysBetween(a, b))).toBe(b);
			})
		);
	});
});

describe('studyDay in the device time zone (DEVICE_TIME_ZONE: Date getters, no Intl)', () => {
	// The device's zone is the process's: Node reads TZ again whenever it changes.
	const zones = ['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Europe/London'];
	const saved = process.env.TZ;
	afterAll(() => {
		if (saved === undefined) delete process.env.TZ;
		else process.env.TZ = saved;
	});

	for (const zone of zones) {
		it(`gives the same day as the zone's name does, at every instant and start hour (${zone})`, () => {
			process.env.TZ = zone;
			// The process really is in that zone now: its local hour is the zone's.
			expect(new Date(Date.UTC(2026, 0, 15, 12)).getHours()).toBe(
				Number(
					new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(
						Date.UTC(2026, 0, 15, 12)
					)
				)
			);
			fc.assert(
				fc.property(
					fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
					fc.integer({ min: 0, max: 23 }),
					(at, dayStartHour) =>
						studyDay(at, { timeZone: DEVICE_TIME_ZONE, dayStartHour }) ===
						studyDay(at, { timeZone: zone, dayStartHour })
				)
			);
		});
	}

	it('gets the day right around a daylight-saving change in the device zone (Los Angeles, 2026-03-08)', () => {
		process.env.TZ = 'America/Los_Angeles';
		const device = { timeZone: DEVICE_TIME_ZONE, dayStartHour: 4 };
		expect(studyDay(Date.UTC(2026, 2, 8, 10, 30), device)).toBe('2026-03-07');
		expect(studyDay(Date.UTC(2026, 2, 8, 11, 0), device)).toBe('2026-03-08');
	});
});
