import type { MuscleGroupId } from '../content/model';
import { isAnswer, type CardState } from './card-state';
import { DAY_MS } from './day';
import { rankWeakestFirst, type GroupMastery, type MasteryOverview } from './mastery';

/**
 * What the progress page leads with: what changed over the past week, and which studied groups
 * are weakest. Pure: the log entries, cards and times come in.
 */

/** The headline's window: the past seven days, so "this week" means the same on any weekday. */
export const RECENT_DAYS = 7;

export function recentSince(now: number): number {
	return now - RECENT_DAYS * DAY_MS;
}

/** What the headline needs of a log entry: whose it is, when, and the card it found. */
export interface RecentEntry {
	factId: string;
	reviewedAt: number;
	/** A question kind, or a learner's action (`reset`, `unsuspend`), as the log stores it. */
	kind: string;
	before: CardState;
}

/**
 * The cards as they stood at `since`: a fact logged since then stood at its first such entry's
 * `before` (a fact first answered since has the new card there, which counts as unseen); any
 * other fact's card is unchanged. So the week's start is read from the week's log alone.
 */
export function cardsAt(
	current: ReadonlyMap<string, CardState>,
	entries: readonly RecentEntry[],
	since: number
): Map<string, CardState> {
	const then = new Map(current);
	const first = new Map<string, RecentEntry>();
	for (const entry of entries) {
		if (entry.reviewedAt < since) continue;
		const earlier = first.get(entry.factId);
		if (!earlier || entry.reviewedAt < earlier.reviewedAt) first.set(entry.factId, entry);
	}
	for (const [factId, entry] of first) then.set(factId, entry.before);
	return then;
}

export interface RecentChange {
	/** Answers given since the window's start (resets and unsuspends are not answers). */
	answers: number;
	/** Facts seen now that were not at the window's start. */
	newFacts: number;
	/** Overall mastery at the window's start (as it stood then) and now, 0–1. */
	before: number;
	after: number;
	/** Groups whose mastery, as a whole percentage, rose; greatest rise first. */
	improved: MuscleGroupId[];
}

/** The same shown figure: a change the page would print as "42% → 42%" is no change. */
const points = (value: number) => Math.round(value * 100);

/** The change from `then` (the overview at the window's start) to `now`, for the headline. */
export function recentChange(
	then: MasteryOverview,
	now: MasteryOverview,
	entries: readonly RecentEntry[],
	since: number
): RecentChange {
	const before = new Map(then.groups.map((group) => [group.groupId, group.mastery]));
	const rise = (group: GroupMastery) => points(group.mastery) - points(before.get(group.groupId) ?? 0);
	return {
		answers: entries.filter((entry) => entry.reviewedAt >= since && isAnswer(entry)).length,
		newFacts: Math.max(0, now.overall.seen - then.overall.seen),
		before: then.overall.mastery,
		after: now.overall.mastery,
		improved: now.groups
			.filter((group) => rise(group) > 0)
			.sort((a, b) => rise(b) - rise(a))
			.map((group) => group.groupId)
	};
}

/** How many weak groups the page offers to practise: a short list to act on, not a ranking. */
const WEAKEST_COUNT = 3;

/** The studied groups (a fact seen) with the lowest mastery, weakest first; unstarted ones wait. */
export function weakestStudied(groups: readonly GroupMastery[], count = WEAKEST_COUNT): GroupMastery[] {
	return rankWeakestFirst(groups.filter((group) => group.seen > 0)).slice(0, count);
}
