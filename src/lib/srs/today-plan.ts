import type { Fact } from '../content';
import { studyDay, type DaySettings } from './day';
import { factFamily, interleave, introductionOrder, spaceSiblings } from './order';
import { recallProbability } from './recall';
import type { CardState } from './card-state';

export interface DailyLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export const DEFAULT_DAILY_LIMITS: DailyLimits = { newPerDay: 10, reviewsPerDay: 100 };

export interface PlanInput {
	/** Facts in the order they should be introduced (see introductionOrder). */
	facts: readonly Fact[];
	cards: ReadonlyMap<string, CardState>;
	now: number;
	day: DaySettings;
	limits: DailyLimits;
	/** Answers already given today to facts that were new / were reviews. */
	newDoneToday: number;
	reviewsDoneToday: number;
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
	// CONTRACT (owner: H1): C4's welcome back after a break; always null until H1's plan sets it.
	welcomeBack: { missedDays: number; cap: number } | null;
}

/**
 * Whether a card is due at `now`. A review card is due on its due *day* (the learner's study
 * day, which starts at their chosen hour), not at the minute FSRS computed: a card due
 * "tomorrow at 15:00" is part of tomorrow morning's quiz. Learning steps are minutes long, so
 * they are due at their exact time.
 */
export function isDue(card: CardState, now: number, day: DaySettings): boolean {
	if (card.phase === 'new') return false;
	if (card.due <= now) return true;
	return card.phase === 'review' && studyDay(card.due, day) <= studyDay(now, day);
}

/** Which reviews and new facts today holds, within the daily limits and the backlog rule. */
export function planToday(input: PlanInput): TodayPlan {
	const { facts, cards, now, limits } = input;
	const due = [...cards.values()]
		.filter((card) => isDue(card, now, input.day))
		.map((card) => ({ factId: card.factId, recall: recallProbability(card, now) }))
		.sort((a, b) => a.recall - b.recall || a.factId.localeCompare(b.factId));
	const reviewRoom = Math.max(0, limits.reviewsPerDay - input.reviewsDoneToday);
	const unseen = facts.filter((fact) => (cards.get(fact.id)?.phase ?? 'new') === 'new');
	const newPaused = due.length > reviewRoom;
	const newRoom = newPaused ? 0 : Math.max(0, limits.newPerDay - input.newDoneToday);
	return {
		reviews: due.slice(0, reviewRoom).map((d) => d.factId),
		newFacts: unseen.slice(0, newRoom).map((fact) => fact.id),
		dueCount: due.length,
		unseenCount: unseen.length,
		newPaused,
		welcomeBack: null
	};
}

/** Everything the learner's stored progress says about today, as storage read it. */
export interface TodayInput {
	/** The dataset's facts. A card whose fact is not among them is archived: kept, never asked or counted. */
	facts: readonly Fact[];
	/** The stored cards that are not damaged. */
	cards: readonly CardState[];
	/** Facts whose stored card is damaged: neither new nor due until Repair rebuilds them. */
	damagedFactIds: ReadonlySet<string>;
	/** Today's answers, each with the phase its card was in before it: the daily limits count them. */
	answersToday: readonly { before: Pick<CardState, 'phase'> }[];
	limits: DailyLimits;
	day: DaySettings;
	now: number;
	/** Limits the session to facts that pass, e.g. those a drill's question kind can ask. */
	include?: (fact: Fact) => boolean;
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
	// CONTRACT (owner: H1): C4's muscle groups today's quiz is about, most questions first.
	groups: { groupId: string; count: number }[];
}

/** Today's plan and counts: the Today page shows them, and the quiz takes the queue. */
export function buildToday(input: TodayInput): Today {
	const { now, day, include = () => true } = input;
	const { introduction, byId } = catalogueOf(input.facts);
	const cards = input.cards.filter((card) => byId.has(card.factId));
	const plan = planToday({
		facts: introduction.filter((fact) => include(fact) && !input.damagedFactIds.has(fact.id)),
		cards: new Map(cards.filter((card) => include(byId.get(card.factId)!)).map((card) => [card.factId, card])),
		now,
		day,
		limits: input.limits,
		newDoneToday: input.answersToday.filter((answer) => answer.before.phase === 'new').length,
		reviewsDoneToday: input.answersToday.filter((answer) => answer.before.phase === 'review').length
	});
	const queue = spaceSiblings(interleave(plan.reviews, plan.newFacts), factFamily);
	const perGroup = new Map<string, number>();
	for (const factId of queue) {
		const groupId = byId.get(factId)!.groupId;
		perGroup.set(groupId, (perGroup.get(groupId) ?? 0) + 1);
	}
	const upcoming = cards.filter((card) => card.phase !== 'new' && card.due > now).map((card) => card.due);
	return {
		day: studyDay(now, day),
		plan,
		queue,
		answeredToday: input.answersToday.length,
		studiedCount: cards.filter((card) => card.phase !== 'new').length,
		nextDueAt: upcoming.length > 0 ? Math.min(...upcoming) : null,
		groups: [...perGroup]
			.map(([groupId, count]) => ({ groupId, count }))
			.sort((a, b) => b.count - a.count || a.groupId.localeCompare(b.groupId))
	};
}

interface Catalogue {
	introduction: readonly Fact[];
	byId: ReadonlyMap<string, Fact>;
}

/**
 * What buildToday derives from a dataset, once per dataset: the introduction order spaces
 * every fact, too slow to redo on each live update of the Today page.
 */
const catalogues = new WeakMap<readonly Fact[], Catalogue>();

function catalogueOf(facts: readonly Fact[]): Catalogue {
	let catalogue = catalogues.get(facts);
	if (!catalogue) {
		catalogue = { introduction: introductionOrder(facts), byId: new Map(facts.map((fact) => [fact.id, fact])) };
		catalogues.set(facts, catalogue);
	}
	return catalogue;
}
