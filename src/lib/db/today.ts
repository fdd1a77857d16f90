import type { Fact } from '../content/catalogue';
import { buildToday, isAnswer, studyDay, type Today } from '../srs';
import { splitCards, validReviews } from './damage';
import type { StrideDatabase } from './database';
import type { Settings } from './settings';

/**
 * Reads what today's quiz needs, in one transaction so they agree: every card, today's answers
 * for the daily limits, and the study day of the last answer before today, to tell a break.
 * Damaged rows are set apart here; what today holds is decided by buildToday, from the
 * dataset's `facts`.
 */
export async function loadToday(
	db: StrideDatabase,
	facts: readonly Fact[],
	now: number,
	timeZone: string,
	settings: Settings,
	/** Limits the session to facts that pass, e.g. those a drill's question kind can ask. */
	include?: (fact: Fact) => boolean
): Promise<Today> {
	const day = { timeZone, dayStartHour: settings.dayStartHour };
	const today = studyDay(now, day);
	const [storedCards, storedTodays, lastBefore] = await db.transaction('r', db.cards, db.reviews, () =>
		Promise.all([
			db.cards.toArray(),
			db.reviews.where('day').equals(today).toArray(),
			// The day index, newest first: the first entry that is an answer (a leech reset is not).
			db.reviews
				.where('day')
				.below(today)
				.reverse()
				.filter((row) => row.kind !== 'reset')
				.first()
		])
	);
	const { cards, damagedFactIds } = splitCards(storedCards);
	return buildToday({
		facts,
		cards,
		damagedFactIds,
		// Resets and unsuspends are entries, not answers: they use none of the daily limits.
		answersToday: validReviews(storedTodays).filter(isAnswer),
		limits: settings,
		learnAheadMinutes: settings.learnAheadMinutes,
		lastAnswerDay: lastBefore?.day ?? null,
		restDays: settings.restDays,
		day,
		now,
		include
	});
}
