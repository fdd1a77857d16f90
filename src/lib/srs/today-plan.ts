import type { FactRef } from '../content/model';
import { addDays, daysBetween, studyDay, weekdayOf, type DaySettings } from './day';
import { factFamily, interleave, introductionOrder, spaceSiblings } from './order';
import { isSuspended } from './leech';
import { recallProbability } from './recall';
import type { CardState } from './card-state';

export interface DailyLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export const DEFAULT_DAILY_LIMITS: DailyLimits = { newPerDay: 10, reviewsPerDay: 100 };

export interface PlanInput {
	/** Facts in the order they should be introduced (see introductionOrder). */
	facts: readonly FactRef[];
	cards: ReadonlyMap<string, CardState>;
	now: number;
	day: DaySettings;
	limits: DailyLimits;
	/** Answers already given today to facts that were new / were reviews. */
	newDoneToday: number;
	reviewsDoneToday: number;
	/** Learning steps due within this many minutes are due now (Anki's learn-ahead limit); 0 when left out. */
	learnAheadMinutes?: number;
	/** Study days missed since the last day with an answer, rest days not counted (see missedStudyDays). */
	missedDays?: number;
}

/** After this many missed study days in a row the learner is welcomed back (a long weekend is not a break). */
const WELCOME_BACK_AFTER_MISSED_DAYS = 3;

/**
 * Reviews on the day a learner comes back: about what a day of the defaults asks (10 new facts
 * and their reviews), so the first day back is an ordinary day, not the whole backlog. At
 * reviewsPerDay 100 the ordinary backlog rule could never pause new facts on the 89-fact deck;
 * this cap can (after 30 days away at the defaults, 29 reviews were due).
 */
export const WELCOME_BACK_REVIEWS = 20;

export interface WelcomeBack {
	/** Study days missed, rest days not counted. */
	missedDays: number;
	/** Today's reviews are at most this many, weakest first. */
	cap: number;
}

export interface TodayPlan {
	/** Due reviews to take today, weakest (lowest recall now) first, within the daily limit. */
	reviews: string[];
	/** New facts to introduce today, within the daily limit. */
	newFacts: string[];
	/** All reviews due now, including those beyond today's limit. */
	dueCount: number;
	/** Facts never studied yet. */
	unseenCount: number;
	/**
	 * New facts are paused while more reviews are due than today's limit allows: after a
	 * break the backlog is worked off first, weakest first, and nothing is dropped.
	 */
	newPaused: boolean;
	/** Set on the day a learner comes back after a break, while reviews are due. */
	welcomeBack: WelcomeBack | null;
}

/**
 * Whether a card is due at `now`. A review card is due on its due *day* (the learner's study
 * day, which starts at their chosen hour), not at the minute FSRS computed: a card due
 * "tomorrow at 15:00" is part of tomorrow morning's quiz. Learning steps are minutes long, so
 * they are due at their exact time, or up to `learnAheadMinutes` early: a step due in ten
 * minutes is asked in this session rather than contradicting its "All done for today".
 */
export function isDue(card: CardState, now: number, day: DaySettings, learnAheadMinutes = 0): boolean {
	if (card.phase === 'new') return false;
	if (card.phase === 'review') return card.due <= now || studyDay(card.due, day) <= studyDay(now, day);
	return card.due <= now + learnAheadMinutes * MINUTE_MS;
}

const MINUTE_MS = 60_000;

/**
 * Study days from `lastAnswerDay` to `today`, both left out, that were not planned rest days
 * (weekdays, 0 = Monday): how long the learner has been away. 0 without a last answer, or
 * with a day that is not a date (a damaged log row must not break Today).
 */
function missedStudyDays(lastAnswerDay: string | null, today: string, restDays: readonly number[]): number {
	const gap = lastAnswerDay === null ? 0 : daysBetween(lastAnswerDay, today);
	let missed = 0;
	for (let back = 1; back < gap; back++) if (!restDays.includes(weekdayOf(addDays(today, -back)))) missed++;
	return missed;
}

/**
 * Which reviews and new facts today holds, within the daily limits and the backlog rule. On
 * the day back from a break, reviews are capped at WELCOME_BACK_REVIEWS; new facts wait
 * while more reviews are due than today has room for.
 */
export function planToday(input: PlanInput): TodayPlan {
	const { facts, cards, now, limits } = input;
	const due = [...cards.values()]
		.filter((card) => isDue(card, now, input.day, input.learnAheadMinutes))
		.map((card) => ({ factId: card.factId, recall: recallProbability(card, now) }))
		.sort((a, b) => a.recall - b.recall || a.factId.localeCompare(b.factId));
	const missedDays = input.missedDays ?? 0;
	const welcomeBack =
		missedDays >= WELCOME_BACK_AFTER_MISSED_DAYS && due.length > 0
			? { missedDays, cap: Math.min(limits.reviewsPerDay, WELCOME_BACK_REVIEWS) }
			: null;
	const reviewRoom = Math.max(0, (welcomeBack?.cap ?? limits.reviewsPerDay) - input.reviewsDoneToday);
	const unseen = facts.filter((fact) => (cards.get(fact.id)?.phase ?? 'new') === 'new');
	const newPaused = due.length > reviewRoom;
	const newRoom = newPaused ? 0 : Math.max(0, limits.newPerDay - input.newDoneToday);
	return {
		reviews: due.slice(0, reviewRoom).map((d) => d.factId),
		newFacts: unseen.slice(0, newRoom).map((fact) => fact.id),
		dueCount: due.length,
		unseenCount: unseen.length,
		newPaused,
		welcomeBack
	};
}

/** Everything the learner's stored progress says about today, as storage read it. */
export interface TodayInput {
	/** The dataset's facts. A card whose fact is not among them is archived: kept, never asked or counted. */
	facts: readonly FactRef[];
	/** The stored cards that are not damaged. */
	cards: readonly CardState[];
	/** Facts whose stored card is damaged: neither new nor due until Repair rebuilds them. */
	damagedFactIds: ReadonlySet<string>;
	/** Today's answers, each with the phase its card was in before it: the daily limits count them. */
	answersToday: readonly { before: Pick<CardState, 'phase'> }[];
	limits: DailyLimits;
	/** Learning steps due within this many minutes are due now (Anki's learn-ahead limit). */
	learnAheadMinutes: number;
	/** The last study day before today with an answer, if any: a break is counted from it. */
	lastAnswerDay: string | null;
	/** Planned rest weekdays (0 = Monday): a day off on one is not a missed day. */
	restDays: readonly number[];
	day: DaySettings;
	now: number;
	/** Limits the session to facts that pass, e.g. those a drill's question kind can ask. */
	include?: (fact: FactRef) => boolean;
}

export interface Today {
	/** The study day these counts are for (YYYY-MM-DD). */
	day: string;
	plan: TodayPlan;
	/** The session to take: reviews with new facts interleaved, no two siblings side by side. */
	queue: string[];
	answeredToday: number;
	/** Facts studied at least once. */
	studiedCount: number;
	/** When the next not-yet-due review falls due, if any (epoch ms). */
	nextDueAt: number | null;
	/** The muscle groups today's quiz is about, most questions first (`general` for advice). */
	groups: { groupId: string; count: number }[];
	/**
	 * How many questions the quiz asks if every answer is right: the queue, plus each fact whose
	 * next learning step a right answer puts inside the learn-ahead window (the quiz asks it
	 * again at the end). A miss adds its re-ask on top, shown as such during the quiz.
	 */
	questions: number;
}

/**
 * The minutes until a fact is asked again after a right answer in its learning steps, as Stride
 * schedules them (ts-fsrs's steps of 1 and 10 minutes, relearning 10 minutes): a new fact, or
 * one at its first step, comes back after 10 minutes; one at its last step graduates to days.
 * The golden scheduler tests hold these numbers to the scheduler's own.
 */
export const STEP_AFTER_RIGHT_MINUTES = { new: 10, firstLearningStep: 10 } as const;

/** Whether a right answer to this fact now leaves a learning step inside the learn-ahead window. */
function askedAgainIfRight(card: CardState | undefined, learnAheadMinutes: number): boolean {
	if (card === undefined || card.phase === 'new') return STEP_AFTER_RIGHT_MINUTES.new <= learnAheadMinutes;
	if (card.phase === 'learning' && card.learningSteps === 0) {
		return STEP_AFTER_RIGHT_MINUTES.firstLearningStep <= learnAheadMinutes;
	}
	return false;
}

/** Today's plan and counts: the Today page shows them, and the quiz takes the queue. */
export function buildToday(input: TodayInput): Today {
	const { now, day, include = () => true } = input;
	const { introduction, byId } = catalogueOf(input.facts);
	const cards = input.cards.filter((card) => byId.has(card.factId));
	// A suspended leech is neither due nor new: it waits on its fact page for the learner (C5).
	const suspended = new Set(cards.filter(isSuspended).map((card) => card.factId));
	const today = studyDay(now, day);
	const plan = planToday({
		facts: introduction.filter(
			(fact) => include(fact) && !input.damagedFactIds.has(fact.id) && !suspended.has(fact.id)
		),
		cards: new Map(
			cards
				.filter((card) => include(byId.get(card.factId)!) && !suspended.has(card.factId))
				.map((card) => [card.factId, card])
		),
		now,
		day,
		limits: input.limits,
		newDoneToday: input.answersToday.filter((answer) => answer.before.phase === 'new').length,
		reviewsDoneToday: input.answersToday.filter((answer) => answer.before.phase === 'review').length,
		learnAheadMinutes: input.learnAheadMinutes,
		missedDays: missedStudyDays(input.lastAnswerDay, today, input.restDays)
	});
	const upcoming = cards
		.filter((card) => card.phase !== 'new' && !isDue(card, now, day, input.learnAheadMinutes))
		.map((card) => card.due);
	const queue = spaceSiblings(interleave(plan.reviews, plan.newFacts), factFamily);
	const cardOf = new Map(cards.map((card) => [card.factId, card]));
	return {
		day: today,
		plan,
		queue,
		answeredToday: input.answersToday.length,
		studiedCount: cards.filter((card) => card.phase !== 'new').length,
		nextDueAt: upcoming.length > 0 ? Math.min(...upcoming) : null,
		groups: groupsOf(queue.map((factId) => byId.get(factId)!.groupId)),
		questions:
			queue.length + queue.filter((factId) => askedAgainIfRight(cardOf.get(factId), input.learnAheadMinutes)).length
	};
}

/** How many of the questions are about each group, most first (ties in the order met). */
function groupsOf(groupIds: readonly string[]): Today['groups'] {
	const counts = new Map<string, number>();
	for (const groupId of groupIds) counts.set(groupId, (counts.get(groupId) ?? 0) + 1);
	return [...counts].map(([groupId, count]) => ({ groupId, count })).sort((a, b) => b.count - a.count);
}

interface Catalogue {
	introduction: readonly FactRef[];
	byId: ReadonlyMap<string, FactRef>;
}

/**
 * What buildToday derives from a dataset, once per dataset: the introduction order spaces
 * every fact, too slow to redo on each live update of the Today page.
 */
const catalogues = new WeakMap<readonly FactRef[], Catalogue>();

function catalogueOf(facts: readonly FactRef[]): Catalogue {
	let catalogue = catalogues.get(facts);
	if (!catalogue) {
		catalogue = { introduction: introductionOrder(facts), byId: new Map(facts.map((fact) => [fact.id, fact])) };
		catalogues.set(facts, catalogue);
	}
	return catalogue;
}
