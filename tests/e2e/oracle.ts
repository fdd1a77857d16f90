import { DATASET } from '../../src/lib/content/index';
import { placeOf } from '../../src/lib/content/regions';
import { FACETS, isGroupFact, type GroupFact, type MuscleGroup } from '../../src/lib/content/types';
import { FACT_PROMPTS, NOT_PROMPTS, STATEMENT_LABELS, subjectOf } from '../../src/lib/quiz/phrasing';

/**
 * Knows the right answer to any question the app can ask, from the dataset alone, so the
 * tests can answer right or wrong on purpose without the page leaking the answer.
 */

const groupFacts = DATASET.facts.filter(isGroupFact);

function groupNamed(text: string): MuscleGroup | undefined {
	// Longest name first, so "upper body" wins over a shorter name inside it.
	return [...DATASET.groups]
		.sort((a, b) => b.name.length - a.name.length)
		.find((g) => new RegExp(`\\bthe ${g.name.toLowerCase()}\\b`).test(text));
}

function answersOf(group: MuscleGroup): Set<string> {
	return new Set(groupFacts.filter((f) => f.groupId === group.id).map((f) => f.answer));
}

export function correctOption(prompt: string, options: string[]): string {
	if (options.length === 2 && options[0] === 'True') return isTrueStatement(prompt) ? 'True' : 'False';
	for (const fact of DATASET.facts) {
		if (!isGroupFact(fact)) {
			if (fact.prompt === prompt && options.includes(fact.answer)) return fact.answer;
			continue;
		}
		const group = DATASET.groups.find((g) => g.id === fact.groupId)!;
		if (prompt === `Which muscle group ${fact.clue}?` && options.includes(group.name)) return group.name;
	}
	const group = groupNamed(prompt);
	if (!group) throw new Error(`No known answer for "${prompt}"`);
	const own = answersOf(group);
	const candidates = prompt.includes(' NOT ')
		? options.filter((o) => !own.has(o))
		: options.filter((o) => own.has(o));
	if (candidates.length !== 1) throw new Error(`Ambiguous: "${prompt}" → ${candidates.join(' | ')}`);
	return candidates[0]!;
}

function isTrueStatement(prompt: string): boolean {
	const statement = prompt.replace(/^True or false\? /, '');
	for (const fact of DATASET.facts) {
		if (!isGroupFact(fact) && statement.startsWith(`${fact.prompt}: `)) {
			return statement === `${fact.prompt}: ${fact.answer}`;
		}
	}
	for (const group of DATASET.groups) {
		for (const facet of FACETS) {
			const label = `${STATEMENT_LABELS[facet](subjectOf(group))}: `;
			if (statement.startsWith(label)) {
				const claim = statement.slice(label.length);
				return groupFacts.some((f: GroupFact) => f.groupId === group.id && f.facet === facet && f.answer === claim);
			}
		}
	}
	throw new Error(`Unknown statement "${statement}"`);
}

/** A right answer to a typed question. */
export function typedAnswer(prompt: string): string {
	const clue = /^Name the muscle group that (.*)\.$/.exec(prompt)?.[1];
	if (clue) {
		const fact = groupFacts.find((f) => f.clue === clue)!;
		return DATASET.groups.find((g) => g.id === fact.groupId)!.name;
	}
	const group = groupNamed(prompt)!;
	return groupFacts.find((f) => f.groupId === group.id && f.facet === 'exercise')!.answer;
}

/** For each group of a matching question, the index of its option. */
export function matchingPicks(items: string[], options: string[]): number[] {
	return items.map((name) => {
		const group = DATASET.groups.find((g) => g.name === name)!;
		const own = answersOf(group);
		return options.findIndex((o) => own.has(o));
	});
}

/** The place to choose for "Tap where the hamstrings are." or "Find the core on the body map." */
export function locatePlace(prompt: string): string {
	const group = groupNamed(prompt);
	if (!group) throw new Error(`No group named in "${prompt}"`);
	return placeOf(group);
}

/** The group lit on a body map, from the map's name: "Body map with one region highlighted: <place>". */
export function highlightedGroup(mapLabel: string): MuscleGroup {
	const place = /highlighted: (.*)$/.exec(mapLabel)?.[1];
	const group = DATASET.groups.find((g) => placeOf(g).toLowerCase() === place);
	if (!group) throw new Error(`No highlighted group in "${mapLabel}"`);
	return group;
}

/**
 * Which group a question is about, as a learner would tell from the screen, or 'general' for
 * running advice. `mapLabel` is the body map's name when the question shows one.
 */
export function groupAsked(prompt: string, mapLabel?: string): MuscleGroup | 'general' {
	if (mapLabel && mapLabel.includes('highlighted')) return highlightedGroup(mapLabel);
	const statement = prompt.replace(/^True or false\? /, '');
	for (const fact of DATASET.facts) {
		if (isGroupFact(fact)) {
			if (prompt === `Which muscle group ${fact.clue}?` || prompt === `Name the muscle group that ${fact.clue}.`) {
				return DATASET.groups.find((g) => g.id === fact.groupId)!;
			}
		} else if (prompt === fact.prompt || statement.startsWith(`${fact.prompt}: `)) return 'general';
	}
	for (const group of DATASET.groups) {
		const subject = subjectOf(group);
		for (const facet of FACETS) {
			if (statement.startsWith(`${STATEMENT_LABELS[facet](subject)}: `)) return group;
			if (prompt === NOT_PROMPTS[facet](subject) || FACT_PROMPTS[facet].some((t) => t(subject) === prompt)) return group;
		}
	}
	const named = groupNamed(prompt);
	if (!named) throw new Error(`No group asked about in "${prompt}"`);
	return named;
}
