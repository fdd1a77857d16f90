import type { Dataset, Facet, GroupFact, MuscleGroup } from '../content';

/** How a group is named inside a sentence, with verbs that agree with it. */
export interface Subject {
	name: string;
	/** "are" for the calves, "is" for the core. */
	is: string;
	/** "do" for the calves, "does" for the core. */
	does: string;
}

export function subjectOf(group: MuscleGroup): Subject {
	return {
		name: group.name.toLowerCase(),
		is: group.plural ? 'are' : 'is',
		does: group.plural ? 'do' : 'does'
	};
}

export function groupOf(dataset: Dataset, fact: GroupFact): MuscleGroup {
	const group = dataset.groups.find((g) => g.id === fact.groupId);
	if (!group) throw new Error(`${fact.id}: unknown group ${fact.groupId}`);
	return group;
}

type Template = (g: Subject) => string;

/** "Which <facet> belongs to <group>?", in two wordings a facet. */
export const FACT_PROMPTS: Record<Facet, readonly Template[]> = {
	location: [(g) => `Where ${g.is} the ${g.name}?`, (g) => `Which describes where the ${g.name} ${g.is}?`],
	function: [
		(g) => `What ${g.does} the ${g.name} do when you run?`,
		(g) => `Which of these is a job of the ${g.name} in running?`
	],
	injury: [
		(g) => `Which injury note belongs to the ${g.name}?`,
		(g) => `Which of these does Stride link to the ${g.name} and injury?`
	],
	exercise: [
		(g) => `Which exercise strengthens the ${g.name}?`,
		(g) => `Which of these is an exercise for the ${g.name}?`
	]
};

/** A label that any answer of the facet can follow after a colon, for true/false. */
export const STATEMENT_LABELS: Record<Facet, Template> = {
	location: (g) => `Where the ${g.name} ${g.is}`,
	function: (g) => `What the ${g.name} ${g.does}`,
	injury: (g) => `An injury note of the ${g.name}`,
	exercise: (g) => `An exercise for the ${g.name}`
};

/** "Which of these is NOT …?" per facet (location never has three facts to ask it of). */
export const NOT_PROMPTS: Record<Facet, Template> = {
	location: (g) => `Which of these is NOT where the ${g.name} ${g.is}?`,
	function: (g) => `Which of these is NOT a job of the ${g.name}?`,
	injury: (g) => `Which of these is NOT an injury note of the ${g.name}?`,
	exercise: (g) => `Which of these is NOT an exercise for the ${g.name}?`
};

/** What each group is matched to in a matching question. */
export const MATCH_TARGETS: Record<Facet, string> = {
	location: 'where it is',
	function: 'one thing it does',
	injury: 'its injury note',
	exercise: 'an exercise for it'
};
