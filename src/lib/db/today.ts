import { FACTS, factById, isCurrentFact, type Fact } from '../content/catalogue';
import { factFamily, interleave, introductionOrder, planToday, spaceSiblings, studyDay, type TodayPlan } from '../srs';
import { splitCards, validReviews } from './damage';
import type { CardRow, StrideDatabase } from './database';
import type { Settings } from './settings';

/** The order new facts are met in: computed once, on first use. */
let introduction: Fact[] | undefined;
function introductionOrderOfDataset(): Fact[] {
	introduction ??= introductionOrder(FACTS);
	return introduction;
}

export interface Today {
	/** The study day these counts are for (YYYY-MM-DD). */
	day: string;
	plan: TodayPlan;
	/** The session to take: reviews with new facts interleaved. */
	queue: string[];
	answeredToday: number;
	/** Facts studied at least once. */
	studiedCount: number;
	/** When the next not-yet-due review falls due, if any (epoch ms). */
	nextDueAt: number | null;
}

/** Reads what today's quiz needs: every card, and today's answers for the daily limits. */
export async function loadToday(
	db: StrideDatabase,
	now: number,
	timeZone: string,
	settings: Settings,
	/** Limits the session to facts that pass, e.g. those a drill's question kind can ask. */
	include: (fact: Fact) => boolean = () => true
): Promise<Today> {
	const daySettings = { timeZone, dayStartHour: settings.dayStartHour };
	const day = studyDay(now, daySettings);
	const [storedCards, storedTodays] = await db.transaction('r', db.cards, db.reviews, () =>
		Promise.all([db.cards.toArray(), db.reviews.where('day').equals(day).toArray()])
	);
	// A fact whose card is damaged is neither new nor due until Repair rebuilds it.
	const { cards: validCards, damagedFactIds: damaged } = splitCards(storedCards);
	// Cards of facts no longer in the dataset are archived: kept, but never asked or counted.
	const cards = validCards.filter((card) => isCurrentFact(card.factId));
	const todays = validReviews(storedTodays);
	const plan = planToday({
		facts: introductionOrderOfDataset().filter((fact) => include(fact) && !damaged.has(fact.id)),
		cards: new Map(cards.filter((card) => included(card.factId, include)).map((card: CardRow) => [card.factId, card])),
		now,
		day: daySettings,
		limits: settings,
		newDoneToday: todays.filter((r) => r.before.phase === 'new').length,
		reviewsDoneToday: todays.filter((r) => r.before.phase === 'review').length
	});
	const upcoming = cards.filter((card) => card.phase !== 'new' && card.due > now).map((c) => c.due);
	return {
		day,
		plan,
		queue: spaceSiblings(interleave(plan.reviews, plan.newFacts), factFamily),
		answeredToday: todays.length,
		studiedCount: cards.filter((card) => card.phase !== 'new').length,
		nextDueAt: upcoming.length > 0 ? Math.min(...upcoming) : null
	};
}

function included(factId: string, include: (fact: Fact) => boolean): boolean {
	const fact = factById(factId);
	return fact !== undefined && include(fact);
}
