import type { Dataset, GroupFact } from '../content';
import { claimOf, groupOf } from '../content/truth';
import { explainFact } from './feedback-text';
import { placeOf } from '../content/regions';
import { OPTION_COUNT } from './choice';
import { subjectOf, type Subject } from './phrasing';
import { pick, sample, shuffle, type Rng } from './rng';
import type { LocateQuestion } from './question';

/**
 * Questions on the body map, asked of location facts. Every group has its own region, so
 * exactly one region (or one name) is right: the fact's group.
 */

const FIND_PROMPTS: readonly ((g: Subject) => string)[] = [
	(g) => `Tap where the ${g.name} ${g.is}.`,
	(g) => `Find the ${g.name} on the body map.`
];
const NAME_PROMPTS: readonly string[] = [
	'Which muscle group is highlighted on the body map?',
	'Which muscle group does the highlighted region show?'
];

export function canLocate(fact: GroupFact, dataset: Dataset): boolean {
	return claimOf(dataset, fact).shape === 'place' && !fact.correction && groupOf(dataset, fact).regions.length > 0;
}

/** "Tap where the hamstrings are": every region of the map is an option. */
export function locateQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): LocateQuestion {
	const group = groupOf(dataset, fact);
	return {
		format: 'locate',
		kind: 'locate',
		mode: 'find',
		factId: fact.id,
		prompt: pick(rng, FIND_PROMPTS)(subjectOf(group)),
		groupId: group.id,
		options: dataset.groups.map((g) => g.id),
		optionLabels: dataset.groups.map((g) => placeOf(g)),
		correctAnswer: placeOf(group),
		explanation: explainFact(fact, claimOf(dataset, fact), dataset)
	};
}

/** "Which muscle group is highlighted?": the fact's group lit on the map, four names to choose from. */
export function locateNameQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): LocateQuestion {
	const group = groupOf(dataset, fact);
	const others = sample(
		rng,
		dataset.groups.filter((g) => g.id !== group.id),
		OPTION_COUNT - 1
	);
	const shown = shuffle(rng, [group, ...others]);
	return {
		format: 'locate',
		kind: 'locate-name',
		mode: 'name',
		factId: fact.id,
		prompt: pick(rng, NAME_PROMPTS),
		groupId: group.id,
		options: shown.map((g) => g.id),
		optionLabels: shown.map((g) => g.name),
		correctAnswer: group.name,
		explanation: explainFact(fact, claimOf(dataset, fact), dataset)
	};
}
