/**
 * The content model. Truth lives in a table: every **claim** that can be said of a muscle group
 * ("is strengthened by squats", "sits at the back of the lower leg") has one cell per group saying
 * whether the article says it, accepted running anatomy says it, a coach would call it false, or
 * it is unclear. The generator and the grader read only this table.
 *
 * A **fact** is one thing to remember and the unit progress is keyed by: a claim the article makes
 * of one group (`glutes.exercise.squat`), or a claim of the article that accepted anatomy corrects
 * (`hip-flexors.exercise.weighted-hip-extension`: taught as the correction). Fact ids never change
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

/**
 * What kind of thing a claim's option is. An option only ever stands against options of its own
 * shape: an exercise against exercises, a place against places.
 * - `place`: where a group is ("At the back of the lower leg")
 * - `category`: the article's two classes, power or supporting muscles
 * - `job`: what a group does on a run ("Help your feet push off the ground")
 * - `condition`: a named problem linked to a group ("Shin splints")
 * - `risk`: a sentence about a group and injury ("It can be hurt by a fall on your side")
 * - `exercise`: what strengthens a group ("Squats")
 */
export const SHAPES = ['place', 'category', 'job', 'condition', 'risk', 'exercise'] as const;
export type Shape = (typeof SHAPES)[number];

/** The four verdicts of the truth table. */
export type Truth = 'article' | 'anatomy' | 'false' | 'unclear';

/** The article corrected: what it says, and what accepted anatomy says instead. */
export interface Correction {
	/** Slug of the fact that teaches the correction: `<group>.<facet>.<slug>`. */
	fact: string;
	/** What the article claims, in our words: "The article lists weighted hip extensions…". */
	articleSays: string;
	/** What is right, one or two sentences: this is what Stride teaches. */
	right: string;
}

/** One cell of the truth table: a claim said of one group. */
export type Cell =
	/** The article says it: the fact `<group>.<facet>.<fact>` teaches it. */
	| { truth: 'article'; fact: string; statement?: string }
	/** The article doesn't say it, accepted running anatomy does: `why` in one line. */
	| { truth: 'anatomy'; why: string }
	/** A coach would call it false. A `correction` marks an error of the article. */
	| { truth: 'false'; why?: string; correction?: Correction }
	/** Defensible either way: never a right answer, never a wrong option. */
	| { truth: 'unclear'; why?: string };

export type TruthRow = Readonly<Record<MuscleGroupId, Cell>>;

/**
 * Wording tokens, filled per group by `render`: `{group}` "the calves" / "the core",
 * `{Group}` "The calves", `{they}` / `{They}` / `{them}` "they" / "it", `{are}` "are" / "is",
 * `{s}` / `{es}` the verb ending ("help{s}" → "help" / "helps"), `{have}` "have" / "has",
 * `{do}` "do" / "does", `{their}` "their" / "its".
 */
export type Wording = string;

export interface Claim {
	/** Stable slug `<facet>.<name>`, unique. */
	id: string;
	facet: Facet;
	shape: Shape;
	/** The claim as an answer option, sentence case: "Squats", "{They} can be hurt by a fall". */
	option: Wording;
	/** The claim said of a group, one sentence: "Squats strengthen {group}." */
	says: Wording;
	/** "Which muscle group …?" asked of this claim, when it reads naturally that way. */
	whichGroup?: string;
	/** The typed form: "Name a muscle group that …". */
	nameGroup?: string;
	/** Other names runners type for this option (exercises, conditions), lower case. */
	synonyms?: readonly string[];
	truth: TruthRow;
}

export interface MuscleGroup {
	id: MuscleGroupId;
	name: string;
	/** Whether the name takes a plural verb ("the calves are", "the core is"). */
	plural: boolean;
	/** Other names of the group a learner may type ("quads", "gluteals"), lower case. */
	aliases: readonly string[];
	/**
	 * Words for the group's parts or place that a runner may type for it ("arms", "buttocks"),
	 * lower case. Accepted when typed, but an option that uses one does not name the group.
	 */
	partNames: readonly string[];
	category: Category;
	regions: readonly BodyRegion[];
	/**
	 * The groups next to it in the body and the stride, whose claims make near misses for it:
	 * a wrong option about the calves is another leg muscle's claim, not the diaphragm's.
	 */
	neighbours: readonly MuscleGroupId[];
	/** What the muscle group is made of, in one line (from the source, where it says so). */
	summary: string;
	/** Context worth reading on the learn page that is not asked as a fact. */
	notes: readonly string[];
}

/** A fact about one muscle group: one cell of the truth table, resolved for reading. */
export interface GroupFact {
	/** Stable id `<group>.<facet>.<slug>`: progress is keyed by it. */
	id: string;
	groupId: MuscleGroupId;
	facet: Facet;
	claimId: string;
	/** The claim's option for this group: "Squats". */
	answer: string;
	/** What the fact teaches, one sentence (the correction, for a corrected claim). */
	statement: string;
	/** Set when the article's claim is wrong: the fact teaches `correction.right`. */
	correction?: Correction;
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
	/** Wrong answers to `prompt`, each clearly false, with the false sentence it makes. At least three. */
	wrongAnswers: readonly { answer: string; statement: string }[];
	/** Set when the article's advice is partly wrong: shown on the learn page. */
	correction?: Omit<Correction, 'fact'>;
}

export type Fact = GroupFact | GeneralFact;

/**
 * What scheduling and mastery need of a fact: its id, group and facet, without its text
 * (fact-index.ts holds these for every fact, at a fraction of the catalogue's weight).
 */
export type FactRef = Pick<GroupFact, 'id' | 'groupId' | 'facet'> | Pick<GeneralFact, 'id' | 'groupId' | 'facet'>;

export interface Dataset {
	groups: readonly MuscleGroup[];
	claims: readonly Claim[];
	facts: readonly Fact[];
}

export function isGroupFact(fact: Fact): fact is GroupFact {
	return fact.groupId !== 'general';
}
