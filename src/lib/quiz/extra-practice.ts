import type { Dataset, Fact, MuscleGroupId } from '../content/model';
import type { CardState } from '../srs/card-state';
import { isSuspended } from '../srs/leech';
import { recallProbability } from '../srs/recall';
import { kindsFor } from './generate';
import type { QuestionKind } from './question';

/** What an extra practice after the day's quiz is about (the C6 practice URLs). */
export type PracticeFocus =
	{ by: 'weakest' } | { by: 'group'; groupId: MuscleGroupId } | { by: 'kind'; kind: QuestionKind };

/** A practice is a short round: enough to strengthen the weakest facts, short enough to finish. */
const EXTRA_PRACTICE_SIZE = 10;

export interface ExtraPracticeInput {
	dataset: Dataset;
	cards: ReadonlyMap<string, CardState>;
	now: number;
	focus: PracticeFocus;
}

/**
 * The facts of an extra practice, weakest (lowest recall now) first, up to EXTRA_PRACTICE_SIZE.
 * Never empty once anything has been studied: a focus with nothing to ask (a group or a style
 * with no studied fact) falls back to the weakest facts. A group not started yet is practised
 * by its new facts, as the daily quiz would introduce them. Suspended facts are left out.
 */
export function extraPracticeQueue({ dataset, cards, now, focus }: ExtraPracticeInput): string[] {
	const studied = dataset.facts.filter((fact) => {
		const card = cards.get(fact.id);
		return card !== undefined && card.phase !== 'new' && !isSuspended(card);
	});
	const weakestFirst = (facts: readonly Fact[]) =>
		facts
			.map((fact) => ({ id: fact.id, recall: recallProbability(cards.get(fact.id)!, now) }))
			.sort((a, b) => a.recall - b.recall || a.id.localeCompare(b.id))
			.map((entry) => entry.id)
			.slice(0, EXTRA_PRACTICE_SIZE);
	const focused = focusedQueue(focus, studied, dataset, cards, weakestFirst);
	return focused.length > 0 ? focused : weakestFirst(studied);
}

function focusedQueue(
	focus: PracticeFocus,
	studied: readonly Fact[],
	dataset: Dataset,
	cards: ReadonlyMap<string, CardState>,
	weakestFirst: (facts: readonly Fact[]) => string[]
): string[] {
	if (focus.by === 'kind') return weakestFirst(studied.filter((fact) => kindsFor(fact, dataset).includes(focus.kind)));
	if (focus.by === 'weakest') return weakestFirst(studied);
	const own = studied.filter((fact) => fact.groupId === focus.groupId);
	if (own.length > 0) return weakestFirst(own);
	return dataset.facts
		.filter((fact) => fact.groupId === focus.groupId && (cards.get(fact.id)?.phase ?? 'new') === 'new')
		.slice(0, EXTRA_PRACTICE_SIZE)
		.map((fact) => fact.id);
}
