import type { Fact, MuscleGroupId } from '../content/model';
import type { CardState } from '../srs/card-state';
import { addDays, studyDay, type DaySettings } from '../srs/day';
import { buildMasteryOverview } from '../srs/mastery';

/** One answer of the session, as the summary needs it. */
export interface SummaryAnswer {
	factId: string;
	correct: boolean;
	prompt: string;
	given: string;
	correctAnswer: string;
	/** The fact's card before and after this answer. */
	before: CardState;
	after: CardState;
}

export interface SummaryInput {
	answers: readonly SummaryAnswer[];
	/** Every card as it is now, at the summary (a fact without one is new). */
	cards: ReadonlyMap<string, CardState>;
	facts: readonly Fact[];
	startedAt: number;
	now: number;
	day: DaySettings;
	/** The learner's forgetting-curve decay (decayOf their memory model); FSRS-6's default when absent. */
	decay?: number;
}

export interface GroupChange {
	groupId: MuscleGroupId;
	/** Group mastery (0–1) when the session started, and now. */
	before: number;
	after: number;
}

export interface MissedFact {
	factId: string;
	prompt: string;
	given: string;
	correctAnswer: string;
}

export interface SessionSummaryData {
	/** Facts asked, each counted once however often it came back. */
	facts: number;
	rightFirstTime: number;
	/** Facts missed at first and asked again, and how many of them were right the second time. */
	retried: { facts: number; rightSecondTime: number };
	spentMs: number;
	/** Mastery of each muscle group the session touched, in the order first asked. */
	groups: GroupChange[];
	/** Facts new at the start of the session and answered right in it. */
	learnt: string[];
	/** Each missed fact once, with its first wrong answer. */
	missed: MissedFact[];
	next: {
		/** Facts whose next learning step falls later today, and when the first is due. */
		laterToday: number;
		firstAt: number | null;
		tomorrow: number;
	};
}

/**
 * The numbers of a finished session. Accuracy is per fact, first try: a retry is learning,
 * not a second score, so "10 of 21" (retries counted) never shows; retries are told apart.
 */
export function summarizeSession(input: SummaryInput): SessionSummaryData {
	const byFact = new Map<string, SummaryAnswer[]>();
	for (const answer of input.answers) byFact.set(answer.factId, [...(byFact.get(answer.factId) ?? []), answer]);
	const attempts = [...byFact.values()];
	const retried = attempts.filter((tries) => !tries[0]!.correct && tries.length > 1);

	// The session's "before": each fact answered as its first answer found it, the rest as they are.
	const cardsBefore = new Map(input.cards);
	for (const [factId, tries] of byFact) cardsBefore.set(factId, tries[0]!.before);
	const cardsAfter = new Map(input.cards);
	for (const answer of input.answers) cardsAfter.set(answer.factId, answer.after);
	return {
		facts: attempts.length,
		rightFirstTime: attempts.filter((tries) => tries[0]!.correct).length,
		retried: { facts: retried.length, rightSecondTime: retried.filter((tries) => tries[1]!.correct).length },
		spentMs: Math.max(0, input.now - input.startedAt),
		groups: groupChanges(input, [...byFact.keys()], cardsBefore, cardsAfter),
		learnt: attempts
			.filter((tries) => tries[0]!.before.phase === 'new' && tries.some((t) => t.correct))
			.map((tries) => tries[0]!.factId),
		missed: attempts.flatMap((tries) => {
			const miss = tries.find((t) => !t.correct);
			return miss
				? [{ factId: miss.factId, prompt: miss.prompt, given: miss.given, correctAnswer: miss.correctAnswer }]
				: [];
		}),
		next: whatComesNext([...cardsAfter.values()], input.now, input.day)
	};
}

function groupChanges(
	input: SummaryInput,
	factIds: readonly string[],
	cardsBefore: ReadonlyMap<string, CardState>,
	cardsAfter: ReadonlyMap<string, CardState>
) {
	const groupOf = new Map(input.facts.map((fact) => [fact.id, fact.groupId]));
	const touched = [...new Set(factIds.map((id) => groupOf.get(id)))].filter(
		(groupId): groupId is MuscleGroupId => groupId !== undefined && groupId !== 'general'
	);
	const mastery = (cards: ReadonlyMap<string, CardState>) =>
		buildMasteryOverview(
			// Only the groups' mastery is read here, not what is due: no learn-ahead window.
			{ facts: input.facts, cards, now: input.now, daySettings: input.day, learnAheadMinutes: 0, decay: input.decay },
			touched
		).groups;
	const before = mastery(cardsBefore);
	return mastery(cardsAfter).map((group, index) => ({
		groupId: group.groupId,
		before: before[index]!.mastery,
		after: group.mastery
	}));
}

function whatComesNext(cards: readonly CardState[], now: number, day: DaySettings): SessionSummaryData['next'] {
	const today = studyDay(now, day);
	const tomorrow = addDays(today, 1);
	// Reviews are due by the day; only learning steps fall due at a time later today.
	const laterToday = cards.filter(
		(card) =>
			(card.phase === 'learning' || card.phase === 'relearning') && card.due > now && studyDay(card.due, day) === today
	);
	return {
		laterToday: laterToday.length,
		firstAt: laterToday.length > 0 ? Math.min(...laterToday.map((card) => card.due)) : null,
		tomorrow: cards.filter((card) => card.phase !== 'new' && studyDay(card.due, day) === tomorrow).length
	};
}
