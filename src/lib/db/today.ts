import type { Fact } from '../content/catalogue';
import { buildToday, isAnswer, studyDay, type Today } from '../srs';
import { splitCards, validReviews } from './damage';
import type { CardRow, ReviewRow, StrideDatabase } from './database';
import { settingsOf, type Settings } from './settings';

/** What today's plan is built from, as stored. */
interface StoredToday {
	storedCards: CardRow[];
	storedTodays: ReviewRow[];
	lastBefore: ReviewRow | undefined;
}

/**
 * The day's reads: today's answers for the daily limits, and the study day of the last answer
 * before today, to tell a break. Inside the caller's transaction.
 */
function readDay(db: StrideDatabase, today: string): Promise<[ReviewRow[], ReviewRow | undefined]> {
	return Promise.all([
		db.reviews.where('day').equals(today).toArray(),
		// The day index, newest first: the first entry that is an answer (a leech reset is not).
		db.reviews
			.where('day')
			.below(today)
			.reverse()
			.filter((row) => row.kind !== 'reset')
			.first()
	]);
}

/** Today's plan from what was read; damaged rows are set apart here. */
function planToday(
	{ storedCards, storedTodays, lastBefore }: StoredToday,
	facts: readonly Fact[],
	now: number,
	day: { timeZone: string; dayStartHour: number },
	settings: Settings,
	include: ((fact: Fact) => boolean) | undefined
): Today {
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
	const [storedCards, [storedTodays, lastBefore]] = await db.transaction('r', db.cards, db.reviews, () =>
		Promise.all([db.cards.toArray(), readDay(db, today)])
	);
	return planToday({ storedCards, storedTodays, lastBefore }, facts, now, day, settings, include);
}

/**
 * The settings and today's plan in one read, for the start of a quiz: one transaction, the
 * settings and every card asked for together, then the day's answers (which day it is depends
 * on the settings' day start). One wait fewer than loadSettings, then loadToday.
 */
export async function loadSettingsAndToday(
	db: StrideDatabase,
	facts: readonly Fact[],
	now: number,
	timeZone: string,
	include?: (fact: Fact) => boolean
): Promise<{ settings: Settings; today: Today }> {
	const { settings, stored } = await db.transaction('r', db.settings, db.cards, db.reviews, async () => {
		const [settingsRow, storedCards] = await Promise.all([db.settings.get('settings'), db.cards.toArray()]);
		const settings = settingsOf(settingsRow);
		const [storedTodays, lastBefore] = await readDay(
			db,
			studyDay(now, { timeZone, dayStartHour: settings.dayStartHour })
		);
		return { settings, stored: { storedCards, storedTodays, lastBefore } };
	});
	const day = { timeZone, dayStartHour: settings.dayStartHour };
	return { settings, today: planToday(stored, facts, now, day, settings, include) };
}
