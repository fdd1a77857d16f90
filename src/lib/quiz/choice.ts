import type { Claim, Dataset, Fact, GeneralFact, GroupFact } from '../content';
import { firstSentence, isGroupFact, render } from '../content';
import { claimOf, groupOf, groupsTrueOf } from '../content/truth';
import { explainFact, explainFalse, whoClaimIsTrueOf } from './feedback-text';
import { FACT_PROMPTS, NOT_PROMPTS, subjectOf } from './phrasing';
import {
	articleFactsOfShape,
	MAX_WRONG,
	MIN_WRONG,
	namesGroup,
	optionFor,
	optionNamesGroup,
	wrongClaimsFor,
	wrongGroupsFor
} from './pools';
import { pick, sample, shuffle, type Rng } from './rng';
import type { ChoiceQuestion, QuestionKind } from './question';

/** The most options a one-of-several question shows. */
export const OPTION_COUNT = 4;

/** The article's two categories have one wrong option each: the other category. */
function wrongNeeded(claim: Claim): number {
	return claim.shape === 'category' ? 1 : MIN_WRONG;
}

/**
 * Up to `count` of `pool`, drawn at random but preferring options of a length like the
 * answer's, so the right one does not stand out as the long (or short) one.
 */
function similarLength(rng: Rng, pool: readonly string[], answer: string, count: number): string[] {
	const shuffled = shuffle(rng, pool);
	const alike = (text: string) => text.length <= answer.length * 2 && answer.length <= text.length * 2;
	return [...shuffled.filter(alike), ...shuffled.filter((t) => !alike(t))].slice(0, count);
}

/** Muscle → fact: "Which exercise strengthens the glutes?" */
export function canAskFactChoice(fact: GroupFact, dataset: Dataset): boolean {
	const claim = claimOf(dataset, fact);
	const group = groupOf(dataset, fact);
	return (
		!fact.correction &&
		!optionNamesGroup(claim, group) &&
		wrongClaimsFor(dataset, group, claim.shape).length >= wrongNeeded(claim)
	);
}

export function factChoiceQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const claim = claimOf(dataset, fact);
	const group = groupOf(dataset, fact);
	const pool = wrongClaimsFor(dataset, group, claim.shape).map((c) => optionFor(c, group));
	const wrong = similarLength(rng, pool, fact.answer, claim.shape === 'category' ? 1 : MAX_WRONG);
	const prompt = pick(rng, FACT_PROMPTS[claim.shape])(subjectOf(group));
	return choice('choose-fact', fact, prompt, fact.answer, wrong, explainFact(fact, claim, dataset), rng);
}

/**
 * Fact → muscle: "Which muscle group do leg extensions strengthen?" Asked only of a claim true of
 * one or two groups, offering exactly one of them. For a corrected fact the group the article
 * wrongly names is offered as a wrong option: the question tests the correction.
 */
export function canAskGroupChoice(fact: GroupFact, dataset: Dataset): boolean {
	const claim = claimOf(dataset, fact);
	if (!claim.whichGroup) return false;
	const trueGroups = groupsTrueOf(claim, dataset.groups);
	if (trueGroups.length === 0 || trueGroups.length > 2) return false;
	if (trueGroups.some((g) => namesGroup(claim.whichGroup!, g))) return false;
	return wrongGroupsFor(dataset, claim).length >= MIN_WRONG;
}

export function groupChoiceQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const claim = claimOf(dataset, fact);
	const own = groupOf(dataset, fact);
	const answer = fact.correction ? pick(rng, groupsTrueOf(claim, dataset.groups)) : own;
	const pool = wrongGroupsFor(dataset, claim);
	const lure = fact.correction ? [own] : [];
	const wrong = [
		...lure,
		...sample(
			rng,
			pool.filter((g) => g.id !== own.id),
			MAX_WRONG - lure.length
		)
	];
	return choice(
		'choose-group',
		fact,
		claim.whichGroup!,
		answer.name,
		wrong.map((g) => g.name),
		explainFact(fact, claim, dataset),
		rng
	);
}

export function adviceChoiceQuestion(fact: GeneralFact, rng: Rng): ChoiceQuestion {
	const wrong = sample(rng, fact.wrongAnswers, MAX_WRONG).map((w) => w.answer);
	return choice('choose-advice', fact, fact.prompt, fact.answer, wrong, adviceExplanation(fact), rng);
}

function adviceExplanation(fact: GeneralFact): string {
	return fact.correction
		? `${fact.statement} ${fact.correction.articleSays} In fact: ${fact.correction.right}`
		: fact.statement;
}

/**
 * A statement to judge. True: the fact's claim said of its group (unless its option names the
 * group, which would give it away), or for a corrected fact the correction's first sentence.
 * False: a near miss, another claim of the same shape that is false of the group and plausible
 * for it; or, for a corrected fact, the article's own claim.
 */
export function trueFalseQuestion(fact: Fact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	if (!isGroupFact(fact)) {
		const wrong = rng() < 0.5 ? pick(rng, fact.wrongAnswers) : null;
		return trueFalse(fact, wrong?.statement ?? fact.statement, !wrong, adviceExplanation(fact));
	}
	const claim = claimOf(dataset, fact);
	const group = groupOf(dataset, fact);
	const explanation = explainFact(fact, claim, dataset);
	if (fact.correction) {
		return rng() < 0.5
			? trueFalse(fact, firstSentence(fact.correction.right), true, explanation)
			: trueFalse(fact, render(claim.says, group), false, explanation);
	}
	const canBeTrue = !optionNamesGroup(claim, group);
	const falses = wrongClaimsFor(dataset, group, claim.shape);
	if (canBeTrue && (falses.length === 0 || rng() < 0.5))
		return trueFalse(fact, render(claim.says, group), true, explanation);
	const wrong = pick(rng, falses);
	return trueFalse(fact, render(wrong.says, group), false, explainFalse(wrong, group, fact, dataset));
}

function trueFalse(fact: Fact, statement: string, isTrue: boolean, explanation: string): ChoiceQuestion {
	return {
		format: 'choice',
		kind: 'true-false',
		factId: fact.id,
		prompt: `True or false? ${statement}`,
		options: ['True', 'False'],
		correctIndex: isTrue ? 0 : 1,
		correctAnswer: isTrue ? 'True' : 'False',
		explanation
	};
}

/** Three of the group's own claims stated by the article (this one among them) and one false of it. */
export function canAskWhichNot(fact: GroupFact, dataset: Dataset): boolean {
	const claim = claimOf(dataset, fact);
	const group = groupOf(dataset, fact);
	const own = articleFactsOfShape(dataset, group, claim.shape);
	return (
		claim.shape in NOT_PROMPTS &&
		own.some((f) => f.id === fact.id) &&
		own.length >= OPTION_COUNT - 1 &&
		wrongClaimsFor(dataset, group, claim.shape).length > 0
	);
}

export function whichNotQuestion(fact: GroupFact, dataset: Dataset, rng: Rng): ChoiceQuestion {
	const claim = claimOf(dataset, fact);
	const group = groupOf(dataset, fact);
	const siblings = articleFactsOfShape(dataset, group, claim.shape).filter((f) => f.id !== fact.id);
	const trueOnes = [fact, ...sample(rng, siblings, OPTION_COUNT - 2)].map((f) => f.answer);
	const pool = wrongClaimsFor(dataset, group, claim.shape);
	const oddText = similarLength(
		rng,
		pool.map((c) => optionFor(c, group)),
		fact.answer,
		1
	)[0]!;
	const odd = pool.find((c) => optionFor(c, group) === oddText)!;
	const prompt = NOT_PROMPTS[claim.shape]!(subjectOf(group));
	const explanation = [
		`“${oddText}” is not true of the ${group.name.toLowerCase()}.`,
		whoClaimIsTrueOf(odd, dataset),
		explainFact(fact, claim, dataset)
	]
		.filter(Boolean)
		.join(' ');
	return choice('which-not', fact, prompt, oddText, trueOnes, explanation, rng);
}

function choice(
	kind: QuestionKind,
	fact: Fact,
	prompt: string,
	correct: string,
	wrong: string[],
	explanation: string,
	rng: Rng
): ChoiceQuestion {
	if (wrong.length < 1 || new Set([correct, ...wrong]).size !== wrong.length + 1) {
		throw new Error(`${fact.id}: no distinct wrong options for ${kind}`);
	}
	const options = shuffle(rng, [correct, ...wrong]);
	return {
		format: 'choice',
		kind,
		factId: fact.id,
		prompt,
		options,
		correctIndex: options.indexOf(correct),
		correctAnswer: correct,
		explanation
	};
}
