import type { Dataset, Fact } from '../content';
import { isAnswer, type CardState, type LogAction } from '../srs';
import { generate } from './generate';
import type { Question, QuestionKind } from './question';
import { createRng, seedFrom } from './rng';

export interface ReviewHistory {
	/** The quiz session asking: with the fact's review count, it seeds the question. */
	sessionId: string;
	/** The fact's card; undefined while it is new. */
	card: CardState | undefined;
	/** The fact's latest log entry (an answer, a reset or an unsuspend), if any. */
	last: { correct: boolean; kind: QuestionKind | LogAction } | undefined;
	/** A drill asks every fact as this one kind. */
	drill: QuestionKind | null;
}

/**
 * The question for one review of a fact. Its form follows the fact's history (policy.ts:
 * recognition while it is fragile, recall once it is kept across days, never the same form
 * twice in a row), and its randomness is seeded by session, fact and review count: each review
 * gets a fresh form, and the same review asked again (the question prepared ahead, then asked)
 * the same one.
 */
export function reviewQuestion(fact: Fact, dataset: Dataset, history: ReviewHistory): Question {
	const { card, last } = history;
	const rng = createRng(seedFrom(history.sessionId, fact.id, card?.reps ?? 0));
	return generate(fact, dataset, rng, history.drill ?? undefined, {
		phase: card?.phase ?? 'new',
		stabilityDays: card?.stability ?? 0,
		lastCorrect: last?.correct ?? null,
		lastKind: last && isAnswer(last) ? last.kind : null
	});
}
