import type { MuscleGroup, Shape } from '../content';

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

type Template = (g: Subject) => string;

/**
 * "Which <shape> belongs to <group>?", two wordings a shape. Each is a question its options
 * answer as they stand: places answer "Where", jobs answer "What do … do", and the power /
 * supporting label is asked as the article's category, not as a job.
 */
export const FACT_PROMPTS: Record<Shape, readonly Template[]> = {
	place: [(g) => `Where ${g.is} the ${g.name}?`, (g) => `Where in the body ${g.is} the ${g.name}?`],
	category: [
		(g) => `Which kind of running muscle does the article call the ${g.name}?`,
		(g) => `How does the article class the ${g.name}?`
	],
	job: [
		(g) => `What ${g.does} the ${g.name} do when you run?`,
		(g) => `Which of these is a job of the ${g.name} on a run?`
	],
	condition: [
		(g) => `Which running problem is linked to the ${g.name}?`,
		(g) => `Which of these problems can trouble with the ${g.name} lead to?`
	],
	risk: [
		(g) => `Which of these is true of the ${g.name} and injury?`,
		(g) => `What does the article say about injuring the ${g.name}?`
	],
	exercise: [
		(g) => `Which exercise strengthens the ${g.name}?`,
		(g) => `Which of these is an exercise for the ${g.name}?`
	]
};

/** "Which of these is NOT …?" for the shapes a group has three of. */
export const NOT_PROMPTS: Partial<Record<Shape, Template>> = {
	job: (g) => `Which of these is NOT a job of the ${g.name} on a run?`,
	condition: (g) => `Which of these problems is NOT linked to the ${g.name}?`,
	exercise: (g) => `Which of these is NOT an exercise for the ${g.name}?`
};

/** What each group is matched to in a matching question, for the shapes that can be matched. */
export const MATCH_TARGETS: Partial<Record<Shape, string>> = {
	place: 'where it is',
	job: 'one thing it does on a run',
	condition: 'a problem linked to it',
	exercise: 'an exercise that strengthens it'
};

/** "Name an exercise …" typed prompts. */
export const TYPED_EXERCISE_PROMPT: Template = (g) =>
	`Name an exercise from the article that strengthens the ${g.name}.`;
