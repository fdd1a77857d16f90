import { FACETS, type Facet, type FactRef, type MuscleGroupId } from '../content/model';
import type { DaySettings } from './day';
import { isLeech, isSuspended } from './leech';
import { isDue } from './today-plan';
import { recallProbability } from './recall';
import type { CardState } from './card-state';

/**
 * Mastery, defined from the memory model rather than from raw scores:
 * - a fact's **mastery** is its predicted chance of recall `MASTERY_HORIZON_DAYS` days from now
 *   (0 for a fact never answered): it rewards memories that last, not a lucky streak today;
 * - a group's (or a facet's) mastery is the mean over **all** its facts, so unstudied facts
 *   count as 0 and a group is only mastered once all of it is known;
 * - **known now** is the mean current recall over the facts seen, how much of what was studied
 *   would be recalled today.
 * Pure: cards and `now` come in; nothing is read from a clock or a database.
 */

const MASTERY_HORIZON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface FactMastery {
	factId: string;
	groupId: MuscleGroupId | 'general';
	facet: Facet | 'advice';
	/** Answered at least once. */
	seen: boolean;
	/** Predicted recall MASTERY_HORIZON_DAYS days from now; 0 when never answered. */
	mastery: number;
	/** Recall probability now; 0 when never answered. */
	recallNow: number;
	/** Due in today's quiz as the Today page counts it (isDue, with learn-ahead): the two agree. */
	dueToday: boolean;
	/** Keeps being forgotten (see isLeech): reread it rather than drill it. */
	leech: boolean;
}

export interface MasteryInput {
	facts: readonly FactRef[];
	cards: ReadonlyMap<string, CardState>;
	now: number;
	daySettings: DaySettings;
	/** The learner's learn-ahead limit, so "due today" here is what the Today page counts. */
	learnAheadMinutes: number;
	/** The learner's forgetting-curve decay (decayOf their memory model); FSRS-6's default when absent. */
	decay?: number;
}

export interface MasterySummary {
	/** Mean fact mastery over all facts, 0–1. */
	mastery: number;
	/** Mean recall now over the facts seen, 0–1; null when none is seen. */
	knownNow: number | null;
	seen: number;
	total: number;
	dueToday: number;
	leeches: number;
}

export interface GroupMastery extends MasterySummary {
	groupId: MuscleGroupId;
	facets: Record<Facet, MasterySummary>;
	/** The group's seen facts with the lowest mastery, weakest first. */
	weakest: FactMastery[];
}

export interface MasteryOverview {
	overall: MasterySummary;
	/** One per group, in the order asked for. */
	groups: GroupMastery[];
	/** The general running advice, which belongs to no group. */
	advice: MasterySummary;
}

function isSeen(card: CardState | undefined): card is CardState {
	return card !== undefined && card.phase !== 'new' && card.lastReview !== null;
}

export function gatherFactMastery({
	facts,
	cards,
	now,
	daySettings,
	learnAheadMinutes,
	decay
}: MasteryInput): FactMastery[] {
	const horizon = now + MASTERY_HORIZON_DAYS * DAY_MS;
	return facts.map((fact) => {
		const card = cards.get(fact.id);
		const seen = isSeen(card);
		return {
			factId: fact.id,
			groupId: fact.groupId,
			facet: fact.facet,
			seen,
			mastery: seen ? recallProbability(card, horizon, decay) : 0,
			recallNow: seen ? recallProbability(card, now, decay) : 0,
			// A suspended leech waits on its fact page: not due, as Today leaves it out.
			dueToday: seen && isDue(card, now, daySettings, learnAheadMinutes) && !isSuspended(card),
			leech: seen && isLeech(card)
		};
	});
}

function mean(values: readonly number[]): number | null {
	return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function buildMasterySummary(facts: readonly FactMastery[]): MasterySummary {
	const seen = facts.filter((f) => f.seen);
	return {
		mastery: mean(facts.map((f) => f.mastery)) ?? 0,
		knownNow: mean(seen.map((f) => f.recallNow)),
		seen: seen.length,
		total: facts.length,
		dueToday: facts.filter((f) => f.dueToday).length,
		leeches: facts.filter((f) => f.leech).length
	};
}

/** Weakest first: lowest mastery, then lowest recall now, then id for a stable order. */
function weaker(a: FactMastery, b: FactMastery): number {
	return a.mastery - b.mastery || a.recallNow - b.recallNow || a.factId.localeCompare(b.factId);
}

export function buildGroupMastery(
	facts: readonly FactMastery[],
	groupIds: readonly MuscleGroupId[],
	weakestCount = 3
): GroupMastery[] {
	return groupIds.map((groupId) => {
		const own = facts.filter((f) => f.groupId === groupId);
		const facets = Object.fromEntries(
			FACETS.map((facet) => [facet, buildMasterySummary(own.filter((f) => f.facet === facet))])
		) as Record<Facet, MasterySummary>;
		return {
			groupId,
			...buildMasterySummary(own),
			facets,
			weakest: own
				.filter((f) => f.seen)
				.sort(weaker)
				.slice(0, weakestCount)
		};
	});
}

export function buildMasteryOverview(input: MasteryInput, groupIds: readonly MuscleGroupId[]): MasteryOverview {
	const facts = gatherFactMastery(input);
	return {
		overall: buildMasterySummary(facts),
		groups: buildGroupMastery(facts, groupIds),
		advice: buildMasterySummary(facts.filter((f) => f.groupId === 'general'))
	};
}

/**
 * Groups from weakest to strongest: lowest mastery first; on a tie (say, two groups not
 * started), the one with less known now, then the given order.
 */
export function rankWeakestFirst(groups: readonly GroupMastery[]): GroupMastery[] {
	return groups
		.map((group, index) => ({ group, index }))
		.sort(
			(a, b) =>
				a.group.mastery - b.group.mastery || (a.group.knownNow ?? 0) - (b.group.knownNow ?? 0) || a.index - b.index
		)
		.map(({ group }) => group);
}
