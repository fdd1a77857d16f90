import { describe, expect, it } from 'vitest';
import { buildReminderIcs, foldLine } from '$lib/reminder-ics';

const now = Date.UTC(2026, 2, 14, 9, 5, 7);
const ics = buildReminderIcs({ firstDay: '2026-03-14', time: '07:30', appUrl: 'https://stride.example/', now });
/** The content lines, unfolded (RFC 5545 §3.1: a CRLF followed by a space joins lines). */
const lines = ics.replace(/\r\n /g, '').split('\r\n');

describe('buildReminderIcs', () => {
	it('ends every line with CRLF, and no bare LF anywhere', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('keeps every physical line within 75 octets', () => {
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('is one calendar holding one daily event with a display alarm at its start', () => {
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines).toContain('VERSION:2.0');
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
		expect(lines).toContain('RRULE:FREQ=DAILY');
		const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
		expect(alarm).toContain('ACTION:DISPLAY');
		expect(alarm).toContain('TRIGGER:PT0M');
		expect(alarm.some((line) => line.startsWith('DESCRIPTION:'))).toBe(true);
		expect(lines.at(-2)).toBe('END:VCALENDAR');
	});

	it('starts on the first day at the chosen local time, as floating time', () => {
		expect(lines).toContain('DTSTART:20260314T073000');
	});

	it('is stamped with when it was made, in UTC, and keeps one UID so a new file replaces the old reminder', () => {
		expect(lines).toContain('DTSTAMP:20260314T090507Z');
		const again = buildReminderIcs({ firstDay: '2026-04-01', time: '18:00', appUrl: 'https://x/', now: now + 1 });
		const uid = (text: string) => text.split('\r\n').find((line) => line.startsWith('UID:'));
		expect(uid(again)).toBe(uid(ics));
	});

	it("escapes commas and semicolons in text, and the app's address opens Stride", () => {
		const description = lines.find((line) => line.startsWith('DESCRIPTION:A few'))!;
		expect(description).toContain('\\;');
		expect(description).toContain('https://stride.example/');
	});
});

describe('foldLine', () => {
	it('leaves a short line alone', () => {
		expect(foldLine('SUMMARY:Run')).toBe('SUMMARY:Run');
	});

	it('folds a long line of multi-byte characters without splitting one, and unfolds to the original', () => {
		const line = `DESCRIPTION:${'Gesäßmuskel '.repeat(12)}`;
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		expect(physical.length).toBeGreaterThan(1);
		for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
		expect(folded.replace(/\r\n /g, '')).toBe(line);
	});
});
