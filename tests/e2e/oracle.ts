import { DATASET, isGroupFact, render, type Claim, type MuscleGroup, type Shape } from '../../src/lib/content/index';
import { placeOf } from '../../src/lib/content/regions';
import { isTrueCell } from '../../src/lib/content/truth';
import { FACT_PROMPTS, NOT_PROMPTS, subjectOf, TYPED_EXERCISE_PROMPT, type Subject } from '../../src/lib/quiz/phrasing';

/**
 * Knows the right answer to any question the app can ask, from what is on screen (the prompt,
 * the options, the body map's name) and the truth table alone, so the tests can answer right or
 * wrong on purpose without the page leaking the answer. It is written apart from the generator:
 * it reads a question the way a learner who knows the content would, and it throws when a
 * question is unknown or has no single right answer — that is a bug of the app worth a failure.
 */

const { groups, claims, facts } = DATASET;
const groupFacts = facts.filter(isGroupFact);
const generalFacts = facts.filter((f) => !isGroupFact(f));

/** What the truth table says of an option: `conflict` when two claims worded alike disagree. */
type Verdict = 'true' | 'false' | 'unclear' | 'conflict';

function verdictOf(claim: Claim, group: MuscleGroup): Verdict {
	const cell = claim.truth[group.id];
	return isTrueCell(cell) ? 'true' : cell.truth === 'false' ? 'false' : 'unclear';
}

function combine(verdicts: readonly Verdict[]): Verdict | undefined {
	const distinct = [...new Set(verdicts)];
	return distinct.length === 0 ? undefined : distinct.length === 1 ? distinct[0] : 'conflict';
}

const quote = (texts: readonly string[]) => texts.map((t) => `"${t}"`).join(', ');

function groupByName(name: string): MuscleGroup {
	const group = groups.find((g) => g.name === name.trim());
	if (!group) throw new Error(`Oracle: no muscle group is called "${name}"`);
	return group;
}

/** The group whose fact a claim's own question ("Which muscle group …?") reviews. */
function factGroupOf(claim: Claim): MuscleGroup {
	const owners = [...new Set(groupFacts.filter((f) => f.claimId === claim.id).map((f) => f.groupId))];
	if (owners.length !== 1) {
		throw new Error(
			`Oracle: "${claim.whichGroup ?? claim.nameGroup}" could review a fact of ${owners.join(', ') || 'no group'}`
		);
	}
	return groups.find((g) => g.id === owners[0])!;
}

/** The verdict on an option of `shape` said of `group`, or undefined if no claim reads that way. */
function optionVerdict(shape: Shape, group: MuscleGroup, option: string): Verdict | undefined {
	return combine(
		claims.filter((c) => c.shape === shape && render(c.option, group) === option).map((c) => verdictOf(c, group))
	);
}

// ── One-of-several questions ──────────────────────────────────────────────────────────────

/** One way to read a prompt: what it asks about, and how each option fares. */
interface Reading {
	/** What the prompt was read as, for error messages. */
	as: string;
	/** The group of the fact the question reviews, or 'general' for running advice. */
	about: () => MuscleGroup | 'general';
	/** The verdict on an option; undefined when the question could not offer it. */
	judge: (option: string) => Verdict | undefined;
	/** The verdict of the right option: 'false' for "Which of these is NOT …?". */
	seek: 'true' | 'false';
}

function readingsOf(prompt: string): Reading[] {
	const readings: Reading[] = [];
	for (const fact of generalFacts) {
		if (isGroupFact(fact) || fact.prompt !== prompt) continue;
		readings.push({
			as: `advice ${fact.id}`,
			about: () => 'general',
			judge: (option) =>
				combine([
					...(option === fact.answer ? (['true'] as const) : []),
					...fact.wrongAnswers.filter((w) => w.answer === option).map(() => 'false' as const)
				]),
			seek: 'true'
		});
	}
	for (const claim of claims) {
		if (claim.whichGroup !== prompt) continue;
		readings.push({
			as: `which group, claim ${claim.id}`,
			about: () => factGroupOf(claim),
			judge: (option) => {
				const group = groups.find((g) => g.name === option);
				return group && verdictOf(claim, group);
			},
			seek: 'true'
		});
	}
	for (const group of groups) {
		const subject = subjectOf(group);
		for (const shape of Object.keys(FACT_PROMPTS) as Shape[]) {
			if (FACT_PROMPTS[shape].some((template) => template(subject) === prompt)) {
				readings.push({
					as: `${shape} of the ${subject.name}`,
					about: () => group,
					judge: (option) => optionVerdict(shape, group, option),
					seek: 'true'
				});
			}
			if (NOT_PROMPTS[shape]?.(subject) === prompt) {
				readings.push({
					as: `${shape} NOT of the ${subject.name}`,
					about: () => group,
					judge: (option) => optionVerdict(shape, group, option),
					seek: 'false'
				});
			}
		}
	}
	return readings;
}

/** The one option a reading makes right; throws unless the others are all plainly wrong. */
function answerUnder(reading: Reading, prompt: string, options: readonly string[]): string {
	const verdicts = options.map((o) => reading.judge(o));
	const unknown = options.filter((_, i) => verdicts[i] === undefined);
	if (unknown.length > 0) throw new Error(`"${prompt}" (read as ${reading.as}) can't offer ${quote(unknown)}`);
	const opposite = reading.seek === 'true' ? 'false' : 'true';
	const right = options.filter((_, i) => verdicts[i] === reading.seek);
	const arguable = options.filter((_, i) => verdicts[i] !== reading.seek && verdicts[i] !== opposite);
	if (right.length !== 1 || arguable.length > 0) {
		const detail = options.map((o, i) => `"${o}": ${verdicts[i]}`).join(', ');
		throw new Error(`"${prompt}" (read as ${reading.as}) has no single right option: ${detail}`);
	}
	return right[0]!;
}

/** The right option of a one-of-several or true/false question. */
export function correctOption(prompt: string, options: string[]): string {
	if (options.length === 2 && options.includes('True') && options.includes('False')) {
		return judgeStatement(prompt).verdict === 'true' ? 'True' : 'False';
	}
	const readings = readingsOf(prompt);
	if (readings.length === 0) throw new Error(`Oracle: unknown question "${prompt}" (options ${quote(options)})`);
	const answers = new Set<string>();
	const problems: string[] = [];
	for (const reading of readings) {
		try {
			answers.add(answerUnder(reading, prompt, options));
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
	if (answers.size === 0) throw new Error(`Oracle: ${problems.join('; ')}`);
	if (answers.size > 1)
		throw new Error(`Oracle: "${prompt}" is ambiguous: ${quote([...answers])} are each right one way`);
	return [...answers][0]!;
}

// ── True or false ─────────────────────────────────────────────────────────────────────────

interface StatementTruth {
	verdict: 'true' | 'false';
	about: MuscleGroup | 'general';
}

/** A text and every run of its first sentences: "A. B. C." → "A.", "A. B.", "A. B. C.". */
function sentencePrefixes(text: string): string[] {
	const ends = [...text.matchAll(/[.!?](?=\s|$)/g)].map((m) => m.index! + 1);
	return [...new Set([...ends.map((end) => text.slice(0, end)), text])];
}

/** Every sentence a true/false question may show, with every verdict the content gives it. */
const statements = (() => {
	const table = new Map<string, { verdict: Verdict; about: MuscleGroup | 'general'; from: string }[]>();
	const add = (sentence: string, verdict: Verdict, about: MuscleGroup | 'general', from: string) => {
		const key = sentence.trim();
		table.set(key, [...(table.get(key) ?? []), { verdict, about, from }]);
	};
	for (const claim of claims) {
		for (const group of groups) {
			add(render(claim.says, group), verdictOf(claim, group), group, `${claim.id} of ${group.id}`);
			const cell = claim.truth[group.id];
			if (cell.truth === 'false' && cell.correction) {
				for (const s of sentencePrefixes(cell.correction.right))
					add(s, 'true', group, `correction of ${claim.id} for ${group.id}`);
			}
		}
	}
	for (const fact of groupFacts) {
		add(
			fact.statement,
			'true',
			groups.find((g) => g.id === fact.groupId)!,
			`statement of ${fact.id}`
		);
	}
	for (const fact of generalFacts) {
		if (isGroupFact(fact)) continue;
		add(fact.statement, 'true', 'general', fact.id);
		for (const wrong of fact.wrongAnswers) add(wrong.statement, 'false', 'general', `wrong answer of ${fact.id}`);
		if (fact.correction)
			for (const s of sentencePrefixes(fact.correction.right)) add(s, 'true', 'general', `correction of ${fact.id}`);
	}
	return table;
})();

function judgeStatement(prompt: string): StatementTruth {
	const match = /^True or false\? (.*)$/s.exec(prompt.trim());
	if (!match) throw new Error(`Oracle: not a true/false prompt: "${prompt}"`);
	const sentence = match[1]!.trim();
	const entries = statements.get(sentence);
	if (!entries) throw new Error(`Oracle: unknown statement "${sentence}"`);
	const verdict = combine(entries.map((e) => e.verdict));
	const abouts = [...new Set(entries.map((e) => e.about))];
	if ((verdict !== 'true' && verdict !== 'false') || abouts.length !== 1) {
		const detail = entries.map((e) => `${e.from}: ${e.verdict}`).join(', ');
		throw new Error(`Oracle: "${sentence}" has no single verdict (${detail})`);
	}
	return { verdict, about: abouts[0]! };
}

// ── Typed questions ───────────────────────────────────────────────────────────────────────

/** Articles' first: the answer the source itself gives, then what anatomy adds. */
function byArticleFirst<T>(items: readonly T[], isArticle: (item: T) => boolean): T[] {
	return [...items.filter(isArticle), ...items.filter((item) => !isArticle(item))];
}

/** A right answer to a typed question. */
export function typedAnswer(prompt: string): string {
	const answers: string[] = [];
	for (const claim of claims) {
		if (claim.nameGroup !== prompt) continue;
		const right = groups.filter((g) => isTrueCell(claim.truth[g.id]));
		const first = byArticleFirst(right, (g) => claim.truth[g.id].truth === 'article')[0];
		if (!first) throw new Error(`Oracle: "${prompt}" (claim ${claim.id}) is true of no group`);
		answers.push(first.name);
	}
	for (const group of groups) {
		if (TYPED_EXERCISE_PROMPT(subjectOf(group)) !== prompt) continue;
		const exercise = claims.find((c) => c.shape === 'exercise' && c.truth[group.id].truth === 'article');
		if (!exercise) throw new Error(`Oracle: the article names no exercise for the ${group.name.toLowerCase()}`);
		answers.push(render(exercise.option, group));
	}
	if (answers.length === 0) throw new Error(`Oracle: unknown typed question "${prompt}"`);
	if (answers.length > 1) throw new Error(`Oracle: "${prompt}" reads as ${answers.length} typed questions`);
	return answers[0]!;
}

// ── Matching ──────────────────────────────────────────────────────────────────────────────

/** For each group of a matching question, the index of its option. */
export function matchingPicks(items: string[], options: string[]): number[] {
	const picks = items.map((name) => {
		const group = groupByName(name);
		const verdicts = options.map((o) =>
			combine(claims.filter((c) => render(c.option, group) === o).map((c) => verdictOf(c, group)))
		);
		const mine = verdicts.flatMap((v, i) => (v === 'true' ? [i] : []));
		const arguable = options.filter((_, i) => verdicts[i] !== 'true' && verdicts[i] !== 'false');
		if (mine.length !== 1 || arguable.length > 0) {
			const detail = options.map((o, i) => `"${o}": ${verdicts[i]}`).join(', ');
			throw new Error(`Oracle: no single match for ${name} among ${detail}`);
		}
		return mine[0]!;
	});
	if (new Set(picks).size !== picks.length) {
		throw new Error(`Oracle: matching ${quote(items)} to ${quote(options)} pairs two groups with one option`);
	}
	return picks;
}

// ── The body map ──────────────────────────────────────────────────────────────────────────

/** The app's "find it on the map" prompts, as a learner reads them. */
const FIND_PROMPTS: readonly ((g: Subject) => string)[] = [
	(g) => `Tap where the ${g.name} ${g.is}.`,
	(g) => `Find the ${g.name} on the body map.`
];

function groupToFind(prompt: string): MuscleGroup | undefined {
	const found = groups.filter((g) => FIND_PROMPTS.some((template) => template(subjectOf(g)) === prompt));
	if (found.length > 1) throw new Error(`Oracle: "${prompt}" asks to find ${found.map((g) => g.id).join(' or ')}`);
	return found[0];
}

/** The place to choose for "Tap where the hamstrings are." or "Find the core on the body map." */
export function locatePlace(prompt: string): string {
	const group = groupToFind(prompt);
	if (!group) throw new Error(`Oracle: not a question to find a group on the map: "${prompt}"`);
	return placeOf(group);
}

/** The group lit on a body map, from the map's name: "Body map with one region highlighted: <place>". */
export function highlightedGroup(mapLabel: string): MuscleGroup {
	const place = /highlighted: (.*)$/.exec(mapLabel)?.[1]?.trim();
	const lit = groups.filter((g) => placeOf(g).toLowerCase() === place?.toLowerCase());
	if (lit.length !== 1) throw new Error(`Oracle: no single highlighted group in "${mapLabel}"`);
	return lit[0]!;
}

// ── What a question is about ──────────────────────────────────────────────────────────────

/**
 * Which group a question is about: the group of the fact it reviews, as told from the screen,
 * or 'general' for running advice. `mapLabel` is the body map's name when the question shows one.
 * A "Which muscle group …?" question reviews the fact of its claim's one group: for a claim the
 * article got wrong, that is the group the article named, not the right answer.
 */
export function groupAsked(prompt: string, mapLabel?: string): MuscleGroup | 'general' {
	if (mapLabel && mapLabel.includes('highlighted')) return highlightedGroup(mapLabel);
	if (prompt.startsWith('True or false? ')) return judgeStatement(prompt).about;
	const candidates = new Set<MuscleGroup | 'general'>(readingsOf(prompt).map((r) => r.about()));
	for (const claim of claims) if (claim.nameGroup === prompt) candidates.add(factGroupOf(claim));
	for (const group of groups) if (TYPED_EXERCISE_PROMPT(subjectOf(group)) === prompt) candidates.add(group);
	const toFind = groupToFind(prompt);
	if (toFind) candidates.add(toFind);
	if (candidates.size === 1) return [...candidates][0]!;
	if (candidates.size > 1)
		throw new Error(
			`Oracle: "${prompt}" could be about ${[...candidates].map((c) => (c === 'general' ? c : c.id)).join(' or ')}`
		);
	if (prompt.startsWith('Match each muscle group'))
		throw new Error(`Oracle: a matching question is about four groups: "${prompt}"`);
	throw new Error(`Oracle: no group asked about in "${prompt}"`);
}
