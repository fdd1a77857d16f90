import { studyDay, type DaySettings } from './day';
import { isLeech, isSuspended } from './leech';
import { isDue } from './today-plan';
import { recallProbability } from './recall';
import type { CardState } from './card-state';

/** Everything "Why is this due?" tells the learner about one fact, in plain numbers. */
export interface DueExplanation {
	studied: boolean;
	/** Chance (0–1) of recalling the fact right now. */
	recallNow: number;
	/** FSRS memory stability: days until the chance of recall falls to 90%. */
	stabilityDays: number;
	lastAnswer: { at: number; correct: boolean } | null;
	/** When it is next due (epoch ms), and the study day that falls in. */
	nextDue: number | null;
	nextDueDay: string | null;
	dueNow: boolean;
	/** Forgotten LEECH_LAPSES times or more after it was learnt. */
	leech: boolean;
	/** A leech set aside from daily quizzes until the learner takes it back or resets it. */
	suspended: boolean;
	/** Times forgotten after it was learnt (FSRS lapses) since it was new or last reset. */
	lapses: number;
}

export function explainDue(
	card: CardState | undefined,
	lastAnswer: { at: number; correct: boolean } | null,
	now: number,
	day: DaySettings,
	/** Today's learn-ahead window: "due now" agrees with what Today's quiz asks. */
	learnAheadMinutes: number,
	/** The learner's forgetting-curve decay (decayOf their memory model); FSRS-6's default when absent. */
	decay?: number
): DueExplanation {
	const studied = card !== undefined && card.phase !== 'new';
	return {
		studied,
		recallNow: card ? recallProbability(card, now, decay) : 0,
		stabilityDays: studied ? card.stability : 0,
		lastAnswer,
		nextDue: studied ? card.due : null,
		nextDueDay: studied ? studyDay(card.due, day) : null,
		dueNow: card ? isDue(card, now, day, learnAheadMinutes) && !isSuspended(card) : false,
		leech: isLeech(card),
		suspended: isSuspended(card),
		lapses: card?.lapses ?? 0
	};
}
