/**
 * The content model. The dataset is facts, not questions: every question is generated from
 * these records (see src/lib/quiz). Progress is keyed by `Fact.id`, so ids must never change
 * when wording does.
 */

export const MUSCLE_GROUP_IDS = [
	'quadriceps',
	'hamstrings',
	'glutes',
	'hip-flexors',
	'calves',
	'diaphragm',
	'core',
	'upper-body'
] as const;
export type MuscleGroupId = (typeof MUSCLE_GROUP_IDS)[number];

/** The aspects of a muscle group that Stride teaches and measures mastery for. */
export const FACETS = ['location', 'function', 'injury', 'exercise'] as const;
export type Facet = (typeof FACETS)[number];

export type Category = 'power' | 'supporting';

/** Where a group is drawn on the body map (front or back view). Deep muscles are outlines. */
export type BodyRegion =
	| 'thigh-front'
	| 'thigh-back'
	| 'buttocks'
	| 'hip-front'
	| 'lower-leg-back'
	| 'chest-deep'
	| 'trunk'
	| 'arms-shoulders-chest';

export interface GroupFact {
	/** Stable id `<group>.<facet>.<slug>`: progress is keyed by it. */
	id: string;
	groupId: MuscleGroupId;
	facet: Facet;
	/**
	 * The fact as a short answer that reads well as an option, in sentence case and without a
	 * subject: "Squats", "On the front of the thigh", "Propel you forward".
	 */
	answer: string;
	/** The fact as one self-contained sentence, used for explanations and true/false. */
	statement: string;
	/**
	 * A clue that names the fact without naming the group, to ask "Which muscle group …?":
	 * it completes "Which muscle group " + clue + "?", e.g. "is strengthened by glute bridges".
	 */
	clue: string;
	/**
	 * Claims this fact makes, as tags. Two facts of the same facet that share a tag could be
	 * judged true of each other's group (squats work quadriceps *and* glutes; knee trouble is
	 * linked to glutes and hip flexors), so the generator never uses one as a wrong answer
	 * against the other. Tag generously: a missed overlap makes an ambiguous question.
	 */
	overlaps: readonly string[];
	/**
	 * Groups this fact is arguably true of although the source files it elsewhere (deadlifts
	 * work the glutes too): never a wrong option for them, and accepted when typed.
	 */
	alsoTrueOf?: readonly MuscleGroupId[];
	/**
	 * Groups the fact names ("work as a team with the hamstrings"): never offered as the answer
	 * or as a wrong option, since the wording gives them away.
	 */
	mentions?: readonly MuscleGroupId[];
}

export interface MuscleGroup {
	id: MuscleGroupId;
	name: string;
	/** Whether the name takes a plural verb ("the calves are", "the core is"). */
	plural: boolean;
	/** Other names a learner may type: "quads", "gluteus". Lower case. */
	aliases: readonly string[];
	category: Category;
	regions: readonly BodyRegion[];
	/** What the muscle group is made of, in one line (from the source, where it says so). */
	summary: string;
	/** Context worth reading on the learn page that is not asked as a fact. */
	notes: readonly string[];
}

/**
 * Advice that applies to running as a whole rather than to one group. Asked as
 * "prompt → answer", with wrong options that the source contradicts.
 */
export interface GeneralFact {
	id: string;
	groupId: 'general';
	facet: 'advice';
	prompt: string;
	answer: string;
	statement: string;
	/** Wrong answers to `prompt`, each clearly contradicted by the source. At least three. */
	wrongAnswers: readonly string[];
}

export type Fact = GroupFact | GeneralFact;

export interface Dataset {
	groups: readonly MuscleGroup[];
	facts: readonly Fact[];
}

export function isGroupFact(fact: Fact): fact is GroupFact {
	return fact.groupId !== 'general';
}
