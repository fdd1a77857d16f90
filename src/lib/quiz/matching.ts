import type { Dataset, GroupFact } from '../content';
import { isGroupFact, needsGroup } from '../content';
import { claimOf, groupOf } from '../content/truth';
import { namesGroup } from './pools';
import { explainFact } from './feedback-text';
import { MATCH_TARGETS } from './phrasing';
import { shuffle, type Rng } from './rng';
import type { MatchingQuestion } from './question';

const PAIRS = 4;

/**
 * Four facts of one shape from four groups, each stated by the article of its own group and
 * `false` (not merely unclear) of the other three, none naming any of the four groups: exactly
 * one perfect matching exists. Includes `fact`. Depth-first over the (shuffled) candidates;
 * returns null when the shape can't supply four.
 */
export function findMatchingSet(fact: GroupFact, dataset: Dataset, rng: Rng): GroupFact[] | null {
	const shape = claimOf(dataset, fact).shape;
	const matchable = (f: GroupFact) => {
		const claim = claimOf(dataset, f);
		return !f.correction && claim.shape === shape && !needsGroup(claim.option);
	};
	if (!(shape in MATCH_TARGETS) || !matchable(fact)) return null;
	const candidates = shuffle(
		rng,
		dataset.facts.filter(isGroupFact).filter((f) => f.groupId !== fact.groupId && matchable(f))
	);
	const falseOf = (f: GroupFact, other: GroupFact) => claimOf(dataset, f).truth[other.groupId].truth === 'false';
	const named = (f: GroupFact, other: GroupFact) => namesGroup(f.answer, groupOf(dataset, other));
	const fits = (chosen: GroupFact[], next: GroupFact) =>
		!named(next, next) &&
		chosen.every(
			(c) =>
				c.groupId !== next.groupId &&
				c.answer !== next.answer &&
				falseOf(c, next) &&
				falseOf(next, c) &&
				!named(c, next) &&
				!named(next, c)
		);
	if (named(fact, fact)) return null;
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
	const options = shuffle(
		rng,
		set.map((f) => f.answer)
	);
	return {
		format: 'matching',
		kind: 'matching',
		factId: fact.id,
		prompt: `Match each muscle group to ${MATCH_TARGETS[claimOf(dataset, fact).shape]}.`,
		items: rows.map((f) => groupOf(dataset, f).name),
		options,
		solution: rows.map((f) => options.indexOf(f.answer)),
		explanation: explainFact(fact, claimOf(dataset, fact), dataset)
	};
}
