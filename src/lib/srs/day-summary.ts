import { isAnswer } from './card-state';
import { tallyRetention, type RetentionAnswer, type RetentionTally } from './retention';

/** What the history shows of one study day: how many answers, and their retention tally. */
export interface DaySummary {
	day: string;
	answers: number;
	retention: RetentionTally;
}

/** A log entry as a day summary reads it: leech resets and unsuspends are entries but not answers. */
export interface SummarizedEntry extends RetentionAnswer {
	day: string;
	kind: string;
}

/**
 * Summarizes each of `days` from the log entries of those days (a day without entries gets
 * a summary of zero, so it is known to be empty).
 */
export function summarizeDays(days: readonly string[], entries: Iterable<SummarizedEntry>): DaySummary[] {
	const byDay = new Map<string, SummarizedEntry[]>(days.map((day) => [day, []]));
	for (const entry of entries) if (isAnswer(entry)) byDay.get(entry.day)?.push(entry);
	return days.map((day) => {
		const answers = byDay.get(day)!;
		return { day, answers: answers.length, retention: tallyRetention(answers) };
	});
}
