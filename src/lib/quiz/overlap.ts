import type { Dataset, GroupFact, MuscleGroupId } from '../content';
import { isGroupFact } from '../content';
import { answerWords } from './typed-answer';

/**
 * The rules that keep every question to one defensible answer. A wrong option must be false
 * for the group asked about, and "false" means more than "filed under another group": squats
 * are filed under both quadriceps and glutes, and knee trouble under glutes and hip flexors.
 */

export function normaliseAnswer(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Two facts of one facet that could be judged the same claim (shared tag or same wording). */
export function factsOverlap(a: GroupFact, b: GroupFact): boolean {
	if (a.facet !== b.facet) return false;
	if (normaliseAnswer(a.answer) === normaliseAnswer(b.answer)) return true;
	return a.overlaps.some((tag) => b.overlaps.includes(tag));
}

export function groupFacts(dataset: Dataset, groupId: MuscleGroupId): GroupFact[] {
	return dataset.facts.filter(isGroupFact).filter((f) => f.groupId === groupId);
}

/**
 * Per group and facet, the overlap tags and answers its facts claim: an index that makes
 * "is this fact arguably true of that group?" a few set look-ups instead of a scan of the
 * dataset (which made building a question O(facts²) on a large deck).
 */
interface Claims {
	tags: Set<string>;
	answers: Set<string>;
}
const claimsIndex = new WeakMap<Dataset, Map<string, Claims>>();

function claimsOf(dataset: Dataset, groupId: MuscleGroupId, facet: GroupFact['facet']): Claims | undefined {
	let index = claimsIndex.get(dataset);
	if (!index) {
		index = new Map();
		for (const fact of dataset.facts.filter(isGroupFact)) {
			const key = `${fact.groupId}/${fact.facet}`;
			const claims = index.get(key) ?? { tags: new Set<string>(), answers: new Set<string>() };
			for (const tag of fact.overlaps) claims.tags.add(tag);
			claims.answers.add(normaliseAnswer(fact.answer));
			index.set(key, claims);
		}
		claimsIndex.set(dataset, index);
	}
	return index.get(`${groupId}/${facet}`);
}

/**
 * Whether `fact` is (or could defensibly be called) true of `groupId`: it is the group's own,
 * lists the group in `alsoTrueOf`, or overlaps one of the group's facts of the same facet.
 */
export function isArguablyTrueOf(fact: GroupFact, groupId: MuscleGroupId, dataset: Dataset): boolean {
	if (fact.groupId === groupId || fact.alsoTrueOf?.includes(groupId)) return true;
	const claims = claimsOf(dataset, groupId, fact.facet);
	if (!claims) return false;
	return claims.answers.has(normaliseAnswer(fact.answer)) || fact.overlaps.some((tag) => claims.tags.has(tag));
}

/**
 * Whether `fact` may stand as a wrong option against `groupId` (or `groupId` as a wrong group
 * for `fact`): it must be false of the group, and must not name it.
 */
export function isSafelyFalseOf(fact: GroupFact, groupId: MuscleGroupId, dataset: Dataset): boolean {
	return !fact.mentions?.includes(groupId) && !isArguablyTrueOf(fact, groupId, dataset);
}

/** The groups a typed "Name the muscle group that …" answer may name. */
export function groupsTrueOf(fact: GroupFact, dataset: Dataset): MuscleGroupId[] {
	return dataset.groups.map((g) => g.id).filter((id) => isArguablyTrueOf(fact, id, dataset));
}

/**
 * Whether the fact's clue names its own group ("is strengthened by glute bridges"), which
 * would make "Which muscle group …?" answer itself.
 */
export function clueNamesItsGroup(fact: GroupFact, dataset: Dataset): boolean {
	const group = dataset.groups.find((g) => g.id === fact.groupId);
	if (!group) return false;
	const clue = ` ${answerWords(fact.clue).join(' ')} `;
	return [group.name, ...group.aliases].some((name) => clue.includes(` ${answerWords(name).join(' ')} `));
}
