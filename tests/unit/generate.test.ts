import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
	DATASET,
	isGroupFact,
	type Fact,
	type GroupFact,
	type MuscleGroup,
	type MuscleGroupId
} from '$lib/content';
import {
	OPTION_COUNT,
	QUESTION_KINDS,
	allowedKinds,
	answerKey,
	chooseKind,
	clueNamesItsGroup,
	createRng,
	generate,
	grade,
	isArguablyTrueOf,
	isSafelyFalseOf,
	kindsFor,
	optionResponse,
	seedFrom,
	type ChoiceQuestion,
	type LocateQuestion,
	type Question,
	type QuestionKind,
	type ReviewContext
} from '$lib/quiz';

/**
 * Property tests for the question generator: every fact × every kind it can be asked as × many
 * seeds. The ambiguity checks re-derive the rule from the dataset on purpose (they do not call
 * the generator's helpers), so a slip in overlap.ts or in a question builder shows up here.
 */

// Each property below generates every fact × kind for many seeds: allow for a slow machine.
vi.setConfig({ testTimeout: 120_000 });

/** Every fact × kind is checked with this many seeds. */
const RUNS = { numRuns: 200 };
const seeds = fc.integer();

// One random fast-check seed for the whole file (printed on failure, so a run can be replayed
// with fc.configureGlobal({ seed })): every property then draws the same rng seeds, and the
// questions generated for them are built once and shared by the checks below.
fc.configureGlobal({ seed: Date.now() | 0 });

const CHOOSE_KINDS: readonly QuestionKind[] = ['choose-fact', 'choose-group', 'choose-advice'];

const GROUP_FACTS = DATASET.facts.filter(isGroupFact);
const KINDS = new Map(DATASET.facts.map((fact) => [fact.id, kindsFor(fact, DATASET)]));
const kindsOf = (fact: Fact): QuestionKind[] => KINDS.get(fact.id)!;
const ALL_CASES = DATASET.facts.flatMap((fact) => kindsOf(fact).map((kind) => ({ fact, kind })));
const CHOOSE_CASES = ALL_CASES.filter((c) => CHOOSE_KINDS.includes(c.kind));
const OTHER_CASES = ALL_CASES.filter((c) => !CHOOSE_KINDS.includes(c.kind));

/** Our own normalisation: case, punctuation and spacing never make two options different. */
function norm(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function groupNamed(name: string): MuscleGroup | undefined {
	return DATASET.groups.find((g) => g.name === name);
}

function groupOf(id: MuscleGroupId): MuscleGroup {
	const group = DATASET.groups.find((g) => g.id === id);
	if (!group) throw new Error(`no group ${id}`);
	return group;
}

function factById(id: string): GroupFact {
	const fact = GROUP_FACTS.find((f) => f.id === id);
	if (!fact) throw new Error(`no fact ${id}`);
	return fact;
}

function factsOf(groupId: MuscleGroupId, facet?: string): GroupFact[] {
	return GROUP_FACTS.filter((f) => f.groupId === groupId && (facet === undefined || f.facet === facet));
}

/** Why `fact` could be defended as true of `groupId`, or null when it is false of it. */
function truthOf(fact: GroupFact, groupId: MuscleGroupId): string | null {
	if (fact.groupId === groupId) return `${fact.id} is filed under ${groupId}`;
	if (fact.alsoTrueOf?.includes(groupId)) return `${fact.id} lists ${groupId} in alsoTrueOf`;
	for (const own of factsOf(groupId, fact.facet)) {
		if (norm(own.answer) === norm(fact.answer)) return `${own.id} has the same answer`;
		if (own.overlaps.some((tag) => fact.overlaps.includes(tag))) return `${own.id} shares an overlap tag with ${fact.id}`;
	}
	return null;
}

/**
 * Why `fact` may not stand as a wrong option against `groupId` (nor `groupId` as a wrong group
 * for it), or null when it safely can: it is arguably true of the group, or names it.
 */
function findDefence(fact: GroupFact, groupId: MuscleGroupId): string | null {
	if (fact.mentions?.includes(groupId)) return `${fact.id} names ${groupId}`;
	return truthOf(fact, groupId);
}

// The dataset is fixed, so the rule is worked out once per fact and group.
const DEFENCES = new Map(
	GROUP_FACTS.flatMap((fact) =>
		DATASET.groups.map((group) => [`${fact.id}|${group.id}`, findDefence(fact, group.id)] as const)
	)
);
function defenceOf(fact: GroupFact, groupId: MuscleGroupId): string | null {
	return DEFENCES.get(`${fact.id}|${groupId}`) ?? null;
}

/** The facts of `facet` whose answer reads like `option`. */
const SOURCES = new Map<string, GroupFact[]>();
for (const fact of GROUP_FACTS) {
	const key = `${fact.facet}|${norm(fact.answer)}`;
	SOURCES.set(key, [...(SOURCES.get(key) ?? []), fact]);
}
function sourcesOf(facet: string, option: string): GroupFact[] {
	return SOURCES.get(`${facet}|${norm(option)}`) ?? [];
}

/** A wrong option is safe when every fact that reads like it is false of the group, and names it not. */
function expectSafelyFalse(option: string, facet: string, groupId: MuscleGroupId, where: string): void {
	const sources = sourcesOf(facet, option);
	expect(sources.length, `${where}: "${option}" comes from a ${facet} fact`).toBeGreaterThan(0);
	for (const source of sources) expect(defenceOf(source, groupId), `${where}: "${option}"`).toBeNull();
}

function label(fact: Fact, kind: QuestionKind, seed: number): string {
	return `${fact.id} as ${kind}, seed ${seed}`;
}

const questions = new Map<string, Question>();

function questionFor(fact: Fact, kind: QuestionKind, seed: number): Question {
	const key = `${seed}|${fact.id}|${kind}`;
	let question = questions.get(key);
	if (!question) {
		question = generate(fact, DATASET, createRng(seed), kind);
		questions.set(key, question);
	}
	return question;
}

type Check = (question: Question, fact: Fact, kind: QuestionKind, seed: number) => void;

/** Runs `check` on the question for each fact and kind of `cases`, for each of many seeds. */
function forEvery(cases: typeof ALL_CASES, runs: { numRuns: number }, check: Check): void {
	fc.assert(
		fc.property(seeds, (seed) => {
			for (const { fact, kind } of cases) check(questionFor(fact, kind, seed), fact, kind, seed);
		}),
		runs
	);
}

/** Every multiple-choice question (both ways, and advice), 200 seeds. */
const forEveryChooseQuestion = (check: Check) => forEvery(CHOOSE_CASES, RUNS, check);
/** Every other kind (true/false, which-not, typed, matching), 50 seeds. */
const forEveryOtherQuestion = (check: Check) => forEvery(OTHER_CASES, RUNS, check);
/** Narrows to one-of-several questions. */
function asChoice(question: Question, where: string): ChoiceQuestion {
	expect(question.format, where).toBe('choice');
	return question as ChoiceQuestion;
}

describe('kindsFor', () => {
	it('offers every group fact both ways (unless its clue names its group) and every advice fact as advice', () => {
		for (const fact of DATASET.facts) {
			const kinds = kindsOf(fact);
			if (isGroupFact(fact)) {
				expect(kinds, fact.id).toContain('choose-fact');
				expect(kinds.includes('choose-group'), fact.id).toBe(!clueNamesItsGroup(fact, DATASET));
			} else expect(kinds, fact.id).toContain('choose-advice');
			expect(kinds.every((kind) => QUESTION_KINDS.includes(kind)), fact.id).toBe(true);
			expect(new Set(kinds).size, fact.id).toBe(kinds.length);
		}
	});

	it('never asks "Which muscle group …?" with a clue that names the answer', () => {
		const giveaways = GROUP_FACTS.filter((fact) => clueNamesItsGroup(fact, DATASET)).map((f) => f.id);
		expect(giveaways).toEqual(
			expect.arrayContaining(['glutes.exercise.glute-bridge', 'calves.exercise.calf-raise', 'hamstrings.exercise.hamstring-push-up'])
		);
		expect(giveaways).not.toContain('glutes.exercise.squat');
		for (const id of giveaways) {
			const kinds = kindsOf(GROUP_FACTS.find((f) => f.id === id)!);
			expect(kinds).not.toContain('choose-group');
			expect(kinds).not.toContain('typed-group');
		}
	});

	it('offers typed exercise questions only for exercise facts', () => {
		for (const fact of GROUP_FACTS) {
			expect(kindsOf(fact).includes('typed-exercise'), fact.id).toBe(fact.facet === 'exercise');
		}
	});

	it('can build a question of every kind it offers', () => {
		for (const { fact, kind } of ALL_CASES) {
			expect(() => questionFor(fact, kind, 1), `${fact.id} as ${kind}`).not.toThrow();
		}
	});

	it('refuses a kind the fact cannot be asked as', () => {
		const advice = DATASET.facts.find((f) => !isGroupFact(f))!;
		expect(() => generate(advice, DATASET, createRng(1), 'choose-group')).toThrow(/choose-group/);
		expect(() => generate(GROUP_FACTS[0]!, DATASET, createRng(1), 'choose-advice')).toThrow(/choose-advice/);
	});
});

describe('generate: multiple choice, every fact × kind × 200 seeds', () => {
	it('offers exactly four options', () => {
		expect(OPTION_COUNT).toBe(4);
		forEveryChooseQuestion((q, fact, kind, seed) => {
			expect(asChoice(q, label(fact, kind, seed)).options, label(fact, kind, seed)).toHaveLength(4);
		});
	});

	it('never offers the same option twice, ignoring case and punctuation', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			const { options } = asChoice(q, label(fact, kind, seed));
			expect(new Set(options.map(norm)).size, label(fact, kind, seed)).toBe(options.length);
		});
	});

	it('has exactly one correct option, at correctIndex', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			const where = label(fact, kind, seed);
			const { options, correctAnswer, correctIndex } = asChoice(q, where);
			expect(options.filter((o) => norm(o) === norm(correctAnswer)), where).toHaveLength(1);
			expect(options[correctIndex], where).toBe(correctAnswer);
		});
	});

	it('reports the requested kind and fact, and explains with the fact’s statement', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			const where = label(fact, kind, seed);
			expect(q.kind, where).toBe(kind);
			expect(q.factId, where).toBe(fact.id);
			expect(q.explanation, where).toBe(fact.statement);
			expect(q.prompt, where).toMatch(/^[A-Z].*\?$/);
		});
	});

	it('has the fact’s answer as the correct option for choose-fact and choose-advice', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			if (kind === 'choose-group') return;
			expect(asChoice(q, label(fact, kind, seed)).correctAnswer, label(fact, kind, seed)).toBe(fact.answer);
		});
	});

	it('has the fact’s group name as the correct option for choose-group, asked with its clue', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			if (kind !== 'choose-group' || !isGroupFact(fact)) return;
			expect(asChoice(q, label(fact, kind, seed)).correctAnswer, label(fact, kind, seed)).toBe(groupOf(fact.groupId).name);
			expect(q.prompt, label(fact, kind, seed)).toBe(`Which muscle group ${fact.clue}?`);
		});
	});

	it('choose-fact: no wrong option is arguably true of the asked group or names it', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			if (kind !== 'choose-fact' || !isGroupFact(fact)) return;
			const { options, correctAnswer } = asChoice(q, label(fact, kind, seed));
			for (const option of options) {
				if (option !== correctAnswer) expectSafelyFalse(option, fact.facet, fact.groupId, label(fact, kind, seed));
			}
		});
	});

	it('choose-group: no wrong group is one the fact is arguably true of or names', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			if (kind !== 'choose-group' || !isGroupFact(fact)) return;
			const where = label(fact, kind, seed);
			const { options, correctAnswer } = asChoice(q, where);
			for (const option of options) {
				if (option === correctAnswer) continue;
				const group = groupNamed(option);
				expect(group, `${where}: "${option}" is a group name`).toBeDefined();
				expect(defenceOf(fact, group!.id), `${where}: "${option}"`).toBeNull();
			}
		});
	});

	it('choose-group: the prompt never names a group offered as a wrong option', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			if (kind !== 'choose-group') return;
			const { options, correctAnswer } = asChoice(q, label(fact, kind, seed));
			for (const option of options) {
				if (option === correctAnswer) continue;
				const named = new RegExp(`\\b${option.toLowerCase()}\\b`);
				expect(named.test(q.prompt.toLowerCase()), `${label(fact, kind, seed)}: "${option}"`).toBe(false);
			}
		});
	});

	it('choose-advice: asks the fact’s prompt with wrong options from its own wrong answers', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			if (kind !== 'choose-advice' || isGroupFact(fact)) return;
			const { options, correctAnswer } = asChoice(q, label(fact, kind, seed));
			expect(q.prompt).toBe(fact.prompt);
			for (const option of options) {
				if (option !== correctAnswer) expect(fact.wrongAnswers, label(fact, kind, seed)).toContain(option);
			}
		});
	});

	it('choose-fact uses the overlap rule: no distractor repeats an answer of the asked group, each is safely false of it', () => {
		forEveryChooseQuestion((q, fact, kind, seed) => {
			if (kind !== 'choose-fact' || !isGroupFact(fact)) return;
			const where = label(fact, kind, seed);
			const { options, correctAnswer } = asChoice(q, where);
			const ownAnswers = new Set(factsOf(fact.groupId).map((f) => norm(f.answer)));
			for (const option of options) {
				if (option === correctAnswer) continue;
				expect(ownAnswers.has(norm(option)), `${where}: "${option}"`).toBe(false);
				for (const source of sourcesOf(fact.facet, option)) {
					expect(isArguablyTrueOf(source, fact.groupId, DATASET), `${where}: "${option}"`).toBe(false);
					expect(isSafelyFalseOf(source, fact.groupId, DATASET), `${where}: "${option}"`).toBe(true);
				}
			}
		});
	});

	it('puts the correct option in every position across seeds', () => {
		for (const { fact, kind } of CHOOSE_CASES) {
			const positions = new Set<number>();
			for (let seed = 0; seed < 60; seed++) positions.add(asChoice(questionFor(fact, kind, seed), fact.id).correctIndex);
			expect(positions.size, `${fact.id} as ${kind}`).toBe(4);
		}
	});
});

describe('generate: the other kinds, every fact × kind × 200 seeds', () => {
	it('reports the requested kind and fact', () => {
		forEveryOtherQuestion((q, fact, kind, seed) => {
			expect(q.kind, label(fact, kind, seed)).toBe(kind);
			expect(q.factId, label(fact, kind, seed)).toBe(fact.id);
			expect(q.prompt.length, label(fact, kind, seed)).toBeGreaterThan(10);
		});
	});

	it('one-of-several questions have distinct options and one correct, at correctIndex', () => {
		forEveryOtherQuestion((q, fact, kind, seed) => {
			if (q.format !== 'choice') return;
			const where = label(fact, kind, seed);
			expect(new Set(q.options.map(norm)).size, where).toBe(q.options.length);
			expect(q.options[q.correctIndex], where).toBe(q.correctAnswer);
		});
	});

	it('true/false: a true statement holds the fact; a false one holds a claim safely false of the group', () => {
		forEveryOtherQuestion((q, fact, kind, seed) => {
			if (kind !== 'true-false') return;
			const where = label(fact, kind, seed);
			const { options, correctAnswer } = asChoice(q, where);
			expect(options, where).toEqual(['True', 'False']);
			expect(q.prompt.startsWith('True or false? '), where).toBe(true);
			if (!isGroupFact(fact)) {
				const claim = correctAnswer === 'True' ? fact.answer : fact.wrongAnswers.find((w) => q.prompt.endsWith(`: ${w}`));
				expect(claim, where).toBeDefined();
				expect(q.prompt.endsWith(`: ${claim}`), where).toBe(true);
				return;
			}
			if (correctAnswer === 'True') {
				expect(q.prompt.endsWith(`: ${fact.answer}`), where).toBe(true);
				expect(q.explanation, where).toBe(fact.statement);
			} else {
				const claim = GROUP_FACTS.filter((f) => f.facet === fact.facet && q.prompt.endsWith(`: ${f.answer}`))
					.map((f) => f.answer)
					.sort((a, b) => b.length - a.length)[0];
				expect(claim, `${where}: the claim is a ${fact.facet} answer`).toBeDefined();
				expectSafelyFalse(claim!, fact.facet, fact.groupId, where);
				expect(q.explanation, where).toContain(fact.statement);
			}
		});
	});

	it('true/false: the statement’s frame is the same whether it is true or false', () => {
		for (const fact of GROUP_FACTS) {
			const frames = new Set<string>();
			const verdicts = new Set<string>();
			for (let seed = 0; seed < 30; seed++) {
				const q = asChoice(questionFor(fact, 'true-false', seed), fact.id);
				const claims = GROUP_FACTS.filter((f) => f.facet === fact.facet && q.prompt.endsWith(`: ${f.answer}`));
				const claim = claims.map((f) => f.answer).sort((a, b) => b.length - a.length)[0]!;
				frames.add(q.prompt.slice(0, -claim.length));
				verdicts.add(q.correctAnswer);
			}
			expect(frames.size, fact.id).toBe(1);
			expect(verdicts, fact.id).toEqual(new Set(['True', 'False']));
		}
	});

	it('which-not: the correct option is safely false of the group, the others are the group’s own facts', () => {
		forEveryOtherQuestion((q, fact, kind, seed) => {
			if (kind !== 'which-not' || !isGroupFact(fact)) return;
			const where = label(fact, kind, seed);
			const { options, correctAnswer } = asChoice(q, where);
			expect(options, where).toHaveLength(4);
			expect(q.prompt, where).toMatch(/\bNOT\b/);
			expectSafelyFalse(correctAnswer, fact.facet, fact.groupId, where);
			const own = new Set(factsOf(fact.groupId, fact.facet).map((f) => norm(f.answer)));
			for (const option of options) {
				if (option !== correctAnswer) expect(own.has(norm(option)), `${where}: "${option}"`).toBe(true);
			}
			expect(options, where).toContain(fact.answer);
			expect(sourcesOf(fact.facet, correctAnswer).map((f) => f.statement), where).toContain(q.explanation);
		});
	});

	it('matching: exactly one way to match, each group to a fact true of it and false of the others', () => {
		forEveryOtherQuestion((q, fact, kind, seed) => {
			if (q.format !== 'matching' || !isGroupFact(fact)) return;
			const where = label(fact, kind, seed);
			expect(q.items, where).toHaveLength(4);
			expect(q.options, where).toHaveLength(4);
			expect(new Set(q.items).size, where).toBe(4);
			expect(new Set(q.options.map(norm)).size, where).toBe(4);
			expect([...q.solution].sort(), where).toEqual([0, 1, 2, 3]);
			expect(q.items, where).toContain(groupOf(fact.groupId).name);
			expect(q.options, where).toContain(fact.answer);
			q.items.forEach((item, row) => {
				const group = groupNamed(item)!;
				expect(group, `${where}: "${item}"`).toBeDefined();
				q.options.forEach((option, index) => {
					if (index === q.solution[row]) {
						const sources = sourcesOf(fact.facet, option);
						expect(sources.some((s) => truthOf(s, group.id) !== null), `${where}: ${item} ↔ "${option}"`).toBe(true);
					} else {
						expectSafelyFalse(option, fact.facet, group.id, `${where}: ${item}`);
					}
				});
			});
		});
	});

	it('typed: accepts the fact’s own answer and never a form it must reject', () => {
		forEveryOtherQuestion((q, fact, kind, seed) => {
			if (q.format !== 'typed' || !isGroupFact(fact)) return;
			const where = label(fact, kind, seed);
			const accepted = new Set(q.accepted.map(answerKey));
			for (const form of q.rejected) expect(accepted.has(answerKey(form)), `${where}: "${form}"`).toBe(false);
			const own = kind === 'typed-group' ? groupOf(fact.groupId).name : fact.answer;
			expect(q.answers[0], where).toBe(own);
			expect(q.accepted, where).toContain(own);
			expect(q.explanation, where).toBe(fact.statement);
		});
	});

	it('typed-group: accepts exactly the groups the fact is arguably true of, with their aliases', () => {
		for (const fact of GROUP_FACTS) {
			if (!kindsOf(fact).includes('typed-group')) continue;
			const q = questionFor(fact, 'typed-group', 0);
			if (q.format !== 'typed') throw new Error(`${fact.id}: not typed`);
			const trueOf = DATASET.groups.filter((g) => truthOf(fact, g.id) !== null);
			expect([...q.answers].sort(), fact.id).toEqual(trueOf.map((g) => g.name).sort());
			for (const group of DATASET.groups) {
				const names = [group.name, ...group.aliases];
				const list = trueOf.includes(group) ? q.accepted : q.rejected;
				for (const name of names) expect(list, `${fact.id}: ${name}`).toContain(name);
			}
		}
	});
});

describe('generate: locate on the body map, every location fact × 200 seeds', () => {
	const LOCATION_FACTS = GROUP_FACTS.filter((f) => f.facet === 'location');
	const LOCATE_CASES = LOCATION_FACTS.flatMap((fact) => (['locate', 'locate-name'] as const).map((kind) => ({ fact, kind })));
	const forEveryLocate = (check: Check) => forEvery(LOCATE_CASES, RUNS, check);
	function asLocate(question: Question, where: string): LocateQuestion {
		expect(question.format, where).toBe('locate');
		return question as LocateQuestion;
	}
	/** The options a learner could choose that grade as right. */
	const rightOptions = (q: LocateQuestion) => q.options.filter((groupId) => grade(q, { format: 'locate', groupId }).correct);

	it('is offered exactly for location facts, of every group', () => {
		for (const fact of DATASET.facts) {
			const kinds = kindsOf(fact);
			const located = isGroupFact(fact) && fact.facet === 'location';
			expect(kinds.includes('locate'), fact.id).toBe(located);
			expect(kinds.includes('locate-name'), fact.id).toBe(located);
		}
		expect(new Set(LOCATION_FACTS.map((f) => f.groupId)).size).toBe(DATASET.groups.length);
	});

	it('find: offers every region of the map once, with exactly one right region, the fact’s group', () => {
		forEveryLocate((q, fact, kind, seed) => {
			if (kind !== 'locate' || !isGroupFact(fact)) return;
			const where = label(fact, kind, seed);
			const located = asLocate(q, where);
			expect(located.mode, where).toBe('find');
			expect([...located.options].sort(), where).toEqual(DATASET.groups.map((g) => g.id).sort());
			expect(new Set(located.optionLabels.map(norm)).size, where).toBe(DATASET.groups.length);
			expect(rightOptions(located), where).toEqual([fact.groupId]);
			expect(located.groupId, where).toBe(fact.groupId);
			expect(located.correctAnswer, where).toBe(located.optionLabels[located.options.indexOf(fact.groupId)]);
			expect(q.prompt.toLowerCase(), where).toContain(groupOf(fact.groupId).name.toLowerCase());
		});
	});

	it('find: names regions by place, never by a group name', () => {
		const names = DATASET.groups.map((g) => norm(g.name));
		forEveryLocate((q, fact, kind, seed) => {
			if (kind !== 'locate') return;
			for (const place of asLocate(q, label(fact, kind, seed)).optionLabels) {
				expect(names.some((name) => ` ${norm(place)} `.includes(` ${name} `)), place).toBe(false);
			}
		});
	});

	it('name: highlights the fact’s group and offers four distinct names, exactly one right', () => {
		forEveryLocate((q, fact, kind, seed) => {
			if (kind !== 'locate-name' || !isGroupFact(fact)) return;
			const where = label(fact, kind, seed);
			const located = asLocate(q, where);
			expect(located.mode, where).toBe('name');
			expect(located.groupId, where).toBe(fact.groupId);
			expect(located.options, where).toHaveLength(OPTION_COUNT);
			expect(new Set(located.options).size, where).toBe(OPTION_COUNT);
			expect(rightOptions(located), where).toEqual([fact.groupId]);
			expect(located.optionLabels, where).toEqual(located.options.map((id) => groupOf(id).name));
			expect(located.correctAnswer, where).toBe(groupOf(fact.groupId).name);
			// The prompt names no group: the map alone says which.
			for (const group of DATASET.groups) expect(norm(q.prompt), where).not.toContain(norm(group.name));
		});
	});

	it('name: puts the right name in every position across seeds', () => {
		for (const fact of LOCATION_FACTS) {
			const positions = new Set<number>();
			for (let seed = 0; seed < 60; seed++) {
				const q = asLocate(questionFor(fact, 'locate-name', seed), fact.id);
				positions.add(q.options.indexOf(fact.groupId));
			}
			expect(positions.size, fact.id).toBe(OPTION_COUNT);
		}
	});

	it('grades a response of another format, or a group not on offer, as wrong', () => {
		const fact = LOCATION_FACTS[0]!;
		const name = asLocate(questionFor(fact, 'locate-name', 3), fact.id);
		const absent = DATASET.groups.find((g) => !name.options.includes(g.id))!;
		expect(grade(name, { format: 'locate', groupId: absent.id })).toMatchObject({ correct: false, given: '' });
		expect(grade(name, { format: 'choice', index: name.options.indexOf(fact.groupId) }).correct).toBe(false);
	});

	it('answers by option number only where the question is answered by option', () => {
		const fact = LOCATION_FACTS[0]!;
		const name = asLocate(questionFor(fact, 'locate-name', 3), fact.id);
		expect(optionResponse(name, 1)).toEqual({ format: 'locate', groupId: name.options[1] });
		expect(optionResponse(name, 4)).toBeNull();
		expect(optionResponse(questionFor(fact, 'locate', 3), 0)).toBeNull();
		const choice = questionFor(fact, 'choose-fact', 3);
		expect(optionResponse(choice, 3)).toEqual({ format: 'choice', index: 3 });
		expect(optionResponse(choice, 4)).toBeNull();
	});

	it('asks "which is highlighted" for recognition, and "tap where" only once a fact is in review', () => {
		const struggling: ReviewContext = { phase: 'learning', stabilityDays: 1, lastCorrect: true, lastKind: null };
		const young: ReviewContext = { phase: 'review', stabilityDays: 3, lastCorrect: true, lastKind: null };
		const mature: ReviewContext = { ...young, stabilityDays: 30 };
		expect(allowedKinds(struggling)).toContain('locate-name');
		expect(allowedKinds(struggling)).not.toContain('locate');
		expect(allowedKinds(young)).toContain('locate');
		expect(allowedKinds(mature)).toContain('locate');
	});
});

describe('isArguablyTrueOf and isSafelyFalseOf', () => {
	it('hold a fact true of its own group', () => {
		for (const fact of GROUP_FACTS) {
			expect(isArguablyTrueOf(fact, fact.groupId, DATASET), fact.id).toBe(true);
			expect(isSafelyFalseOf(fact, fact.groupId, DATASET), fact.id).toBe(false);
		}
	});

	it('hold squats true of both groups the article files them under', () => {
		expect(isArguablyTrueOf(factById('quadriceps.exercise.squat'), 'glutes', DATASET)).toBe(true);
		expect(isArguablyTrueOf(factById('glutes.exercise.squat'), 'quadriceps', DATASET)).toBe(true);
	});

	it('hold deadlifts true of the glutes (alsoTrueOf)', () => {
		expect(isArguablyTrueOf(factById('hamstrings.exercise.deadlift'), 'glutes', DATASET)).toBe(true);
	});

	it('never use a fact as a wrong option for a group it names', () => {
		const handoff = factById('quadriceps.function.pass-energy-to-hamstrings');
		expect(handoff.mentions).toContain('hamstrings');
		expect(isSafelyFalseOf(handoff, 'hamstrings', DATASET)).toBe(false);
	});

	it('hold a fact false of an unrelated group', () => {
		expect(isSafelyFalseOf(factById('calves.exercise.calf-raise'), 'upper-body', DATASET)).toBe(true);
		expect(isSafelyFalseOf(factById('diaphragm.function.prevent-acid-reflux'), 'calves', DATASET)).toBe(true);
	});

	it('agree with the rule re-derived from tags, answers, alsoTrueOf and mentions for every fact and group', () => {
		for (const fact of GROUP_FACTS) {
			for (const group of DATASET.groups) {
				const where = `${fact.id} / ${group.id}`;
				expect(isArguablyTrueOf(fact, group.id, DATASET), where).toBe(truthOf(fact, group.id) !== null);
				expect(isSafelyFalseOf(fact, group.id, DATASET), where).toBe(findDefence(fact, group.id) === null);
			}
		}
	});
});

describe('generate: determinism and variety', () => {
	it('gives a deep-equal question for the same seed, for every kind', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ALL_CASES), seeds, ({ fact, kind }, seed) => {
				const where = label(fact, kind, seed);
				expect(generate(fact, DATASET, createRng(seed), kind), where).toEqual(
					generate(fact, DATASET, createRng(seed), kind)
				);
			}),
			{ numRuns: 2000 }
		);
	});

	it('gives a deep-equal question for the same seed when it picks the kind itself', () => {
		fc.assert(
			fc.property(fc.constantFrom(...DATASET.facts), seeds, (fact, seed) => {
				const q = generate(fact, DATASET, createRng(seed));
				expect(kindsOf(fact)).toContain(q.kind);
				expect(generate(fact, DATASET, createRng(seed)), fact.id).toEqual(q);
			}),
			{ numRuns: 500 }
		);
	});

	it('does not change the dataset', () => {
		const before = JSON.stringify(DATASET);
		for (const { fact, kind } of ALL_CASES) generate(fact, DATASET, createRng(7), kind);
		expect(JSON.stringify(DATASET)).toBe(before);
	});

	it('derives stable, distinct seeds for successive reviews of a fact', () => {
		expect(seedFrom('glutes.exercise.squat', 3)).toBe(seedFrom('glutes.exercise.squat', 3));
		expect(seedFrom('glutes.exercise.squat', 3)).not.toBe(seedFrom('glutes.exercise.squat', 4));
		expect(seedFrom('a', 'bc')).not.toBe(seedFrom('ab', 'c'));
	});

	it('asks every fact in at least two forms (kind or prompt) across its reviews', () => {
		for (const fact of DATASET.facts) {
			const forms = new Set<string>();
			for (let review = 0; review < 20; review++) {
				const q = generate(fact, DATASET, createRng(seedFrom(fact.id, review)));
				forms.add(`${q.kind}|${q.prompt}`);
			}
			expect(forms.size, fact.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('never repeats the previous review’s kind when the policy allows another', () => {
		const phases: ReviewContext['phase'][] = ['new', 'learning', 'review', 'relearning'];
		fc.assert(
			fc.property(
				fc.constantFrom(...DATASET.facts),
				fc.constantFrom(...phases),
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.constantFrom(true, false, null),
				fc.constantFrom(null, ...QUESTION_KINDS),
				seeds,
				(fact, phase, stabilityDays, lastCorrect, lastKind, seed) => {
					const context: ReviewContext = { phase, stabilityDays, lastCorrect, lastKind };
					const q = generate(fact, DATASET, createRng(seed), undefined, context);
					const available = kindsOf(fact);
					expect(available).toContain(q.kind);
					const allowed = allowedKinds(context).filter((k) => available.includes(k));
					if (allowed.some((k) => k !== lastKind)) expect(q.kind).not.toBe(lastKind);
					if (allowed.length > 0) expect(allowed).toContain(q.kind);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('asks a struggling fact (new, learning, relearning or last missed) for recognition only', () => {
		const recognition = ['choose-fact', 'choose-group', 'choose-advice', 'true-false', 'locate-name'];
		for (const context of [
			{ phase: 'new', stabilityDays: 0, lastCorrect: null, lastKind: null },
			{ phase: 'learning', stabilityDays: 1, lastCorrect: true, lastKind: 'choose-fact' },
			{ phase: 'relearning', stabilityDays: 30, lastCorrect: false, lastKind: 'typed-group' },
			{ phase: 'review', stabilityDays: 30, lastCorrect: false, lastKind: 'matching' }
		] satisfies ReviewContext[]) {
			expect(allowedKinds(context).every((k) => recognition.includes(k)), JSON.stringify(context)).toBe(true);
			for (let seed = 0; seed < 20; seed++) {
				expect(recognition).toContain(chooseKind(QUESTION_KINDS, context, createRng(seed)));
			}
		}
	});

	it('asks a well-known fact for recall (typed answers among the kinds)', () => {
		const context: ReviewContext = { phase: 'review', stabilityDays: 30, lastCorrect: true, lastKind: null };
		expect(allowedKinds(context)).toEqual(expect.arrayContaining(['typed-group', 'typed-exercise']));
		expect(allowedKinds(context)).not.toContain('choose-fact');
	});
});

describe('generate: regressions a learner would notice', () => {
	const aboutQuadsOrGlutes = GROUP_FACTS.filter((f) => f.groupId === 'quadriceps' || f.groupId === 'glutes');

	it('never offers "Squats" as a wrong option in a question about the quadriceps or the glutes', () => {
		fc.assert(
			fc.property(fc.constantFrom(...aboutQuadsOrGlutes), seeds, (fact, seed) => {
				const q = asChoice(generate(fact, DATASET, createRng(seed), 'choose-fact'), fact.id);
				if (q.options.some((o) => norm(o) === 'squats')) expect(norm(q.correctAnswer)).toBe('squats');
			}),
			{ numRuns: 1000 }
		);
	});

	it('never calls squats NOT an exercise for the quadriceps or glutes, nor a false claim about them', () => {
		const exercises = aboutQuadsOrGlutes.filter((f) => f.facet === 'exercise');
		fc.assert(
			fc.property(fc.constantFrom(...exercises), seeds, (fact, seed) => {
				if (kindsOf(fact).includes('which-not')) {
					const q = asChoice(generate(fact, DATASET, createRng(seed), 'which-not'), fact.id);
					expect(norm(q.correctAnswer)).not.toBe('squats');
				}
				const tf = asChoice(generate(fact, DATASET, createRng(seed), 'true-false'), fact.id);
				if (tf.prompt.endsWith(': Squats')) expect(tf.correctAnswer).toBe('True');
			}),
			{ numRuns: 300 }
		);
	});

	it('offers "Squats" as the answer about quadriceps and glutes exercises', () => {
		for (const id of ['quadriceps.exercise.squat', 'glutes.exercise.squat']) {
			expect(asChoice(questionFor(factById(id), 'choose-fact', 1), id).correctAnswer).toBe('Squats');
		}
	});

	it('never offers Quadriceps when asking which group squats strengthen (glutes.exercise.squat)', () => {
		const fact = factById('glutes.exercise.squat');
		fc.assert(
			fc.property(seeds, (seed) => {
				const q = asChoice(generate(fact, DATASET, createRng(seed), 'choose-group'), fact.id);
				expect(q.correctAnswer).toBe('Glutes');
				expect(q.options).not.toContain('Quadriceps');
			}),
			RUNS
		);
	});

	it('never offers Glutes when asking which group squats strengthen (quadriceps.exercise.squat)', () => {
		const fact = factById('quadriceps.exercise.squat');
		fc.assert(
			fc.property(seeds, (seed) => {
				const q = asChoice(generate(fact, DATASET, createRng(seed), 'choose-group'), fact.id);
				expect(q.correctAnswer).toBe('Quadriceps');
				expect(q.options).not.toContain('Glutes');
			}),
			RUNS
		);
	});

	it('never offers Hip flexors as the wrong group for the glutes’ knee strain (both linked to knee trouble)', () => {
		const fact = factById('glutes.injury.knee-strain');
		fc.assert(
			fc.property(seeds, (seed) => {
				const q = asChoice(generate(fact, DATASET, createRng(seed), 'choose-group'), fact.id);
				expect(q.options).not.toContain('Hip flexors');
			}),
			RUNS
		);
	});

	it('never offers Hamstrings as a wrong group for a clue that names the hamstrings', () => {
		const fact = factById('quadriceps.function.pass-energy-to-hamstrings');
		expect(fact.clue).toMatch(/hamstrings/);
		fc.assert(
			fc.property(seeds, (seed) => {
				const q = asChoice(generate(fact, DATASET, createRng(seed), 'choose-group'), fact.id);
				expect(q.options).not.toContain('Hamstrings');
			}),
			RUNS
		);
	});
});
