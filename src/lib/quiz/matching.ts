import type { Dataset, GroupFact } from '../content';
import { isGroupFact } from '../content';
import { isSafelyFalseOf, normaliseAnswer } from './overlap';
import { groupOf, MATCH_TARGETS } from './phrasing';
import { shuffle, type Rng } from './rng';
import type { MatchingQuestion } from './types';

const PAIRS = 4;

/**
 * Four facts of one facet from four groups, each true of its own group and safely false of
 * the other three, so exactly one perfect matching exists. Includes `fact`. Depth-first over
 * the (shuffled) candidates; returns null when the facet can't supply four.
 */
export function findMatchingSet(fact: GroupFact, dataset: Dataset, rng: Rng): GroupFact[] | null {
	const candidates = shuffle(
		rng,
		dataset.facts.filter(isGroupFact).filter((f) => f.facet === fact.facet && f.groupId !== fact.groupId)
	);
	const fits = (chosen: GroupFact[], next: GroupFact) =>
		chosen.every(
			(c) =>
				c.groupId !== next.groupId &&
				normaliseAnswer(c.answer) !== normaliseAnswer(next.answer) &&
				isSafelyFalseOf(c, next.groupId, dataset) &&
				isSafelyFalseOf(next, c.groupId, dataset)
		);
	const extend = (chosen: GroupFact[], from: number): GroupFact[] | null => {
		if (chosen.length === PAIRS) return chosen;
		for (let i = from; i < candidates.length; i++) {
			const next = candidates[i] as GroupFact;
			if (fits(chosen, next)) {
				const found = extend([...chosen, next], i + 1);
				if (found) return found;
			}
		}
		return null;
	};
	return extend([fact], 0);
}

export function matchingQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): MatchingQuestion {
	const set = findMatchingSet(fact, dataset, rng);
	if (!set) throw new Error(`${fact.id}: no unambiguous matching set`);
	const rows = shuffle(rng, set);
	const options = shuffle(rng, set.map((f) => f.answer));
	return {
		format: 'matching',
		kind: 'matching',
		factId: fact.id,
		prompt: `Match each muscle group to ${MATCH_TARGETS[fact.facet]}.`,
		items: rows.map((f) => groupOf(dataset, f).name),
		options,
		solution: rows.map((f) => options.indexOf(f.answer)),
		explanation: fact.statement
	};
}
