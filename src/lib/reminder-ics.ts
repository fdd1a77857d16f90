/**
 * The daily reminder as an iCalendar file (RFC 5545): one event repeating every day at the
 * learner's chosen time, with an alarm at its start. A calendar app rings it, so reminders
 * need no server and no notification permission. Pure: the day, time and `now` come in.
 */

export interface ReminderInput {
	/** The first day of the reminder (YYYY-MM-DD, the learner's local date). */
	firstDay: string;
	/** Local time of day, "HH:MM" as an `<input type="time">` gives it. */
	time: string;
	/** The app's address, put in the event so the reminder opens Stride. */
	appUrl: string;
	/** When the file is made (epoch ms), its DTSTAMP. */
	now: number;
}

/** The same UID every time: importing a new file moves the reminder rather than adding a second. */
const UID = 'daily-reminder@stride.app';
const MAX_OCTETS = 75;

/** TEXT values escape backslashes, semicolons, commas and newlines (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space,
 * which counts against their 75. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > MAX_OCTETS) {
			parts.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n');
}

/** A UTC date-time, 20260102T030405Z. */
function utcStamp(at: number): string {
	return new Date(at)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

export function buildReminderIcs({ firstDay, time, appUrl, now }: ReminderInput): string {
	const [hours, minutes] = time.split(':');
	// Floating time (no TZID, no Z): the reminder rings at this hour wherever the runner is.
	const start = `${firstDay.replace(/-/g, '')}T${hours!.padStart(2, '0')}${minutes!.padStart(2, '0')}00`;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Stride//Daily reminder//EN',
		'CALSCALE:GREGORIAN',
		'BEGIN:VEVENT',
		`UID:${UID}`,
		`DTSTAMP:${utcStamp(now)}`,
		`DTSTART:${start}`,
		'DURATION:PT10M',
		'RRULE:FREQ=DAILY',
		`SUMMARY:${escapeText("Stride: today's quiz")}`,
		`DESCRIPTION:${escapeText(`A few minutes on the muscles running uses; reviews come back on the day they are due. Open Stride: ${appUrl}`)}`,
		`URL:${appUrl}`,
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText("Time for today's Stride quiz")}`,
		'TRIGGER:PT0M',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
