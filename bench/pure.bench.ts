import { bench, describe } from 'vitest';
import { DATASET } from '../src/lib/content';
import { createRng, generate, grade, kindsFor, type QuestionKind } from '../src/lib/quiz';
import { applyGrade, newCardState } from '../src/lib/srs/scheduler';
import { interleave, introductionOrder, planToday, spaceSiblings, factFamily, type CardState } from '../src/lib/srs';
import { stressDeck } from './stress-deck';

/**
 * Pure code in Node: how many questions a second the generator builds, and how long today's
 * queue takes for the real deck and a 5,000-fact stress deck. Run with `npm run bench`.
 */

const now = Date.UTC(2026, 5, 1, 8);
const day = { timeZone: 'Europe/London', dayStartHour: 4 };
const limits = { newPerDay: 10, reviewsPerDay: 100 };

describe('question generation (real dataset)', () => {
	const facts = DATASET.facts;
	for (const kind of [
		'choose-fact',
		'choose-group',
		'true-false',
		'which-not',
		'typed-group',
		'matching'
	] as QuestionKind[]) {
		const askable = facts.filter((f) => kindsFor(f, DATASET).includes(kind));
		let i = 0;
		bench(`${kind}`, () => {
			const fact = askable[i++ % askable.length]!;
			const question = generate(fact, DATASET, createRng(i), kind);
			grade(question, { format: 'choice', index: 0 });
		});
	}
});

/** A deck where every fact has been studied and a third is due today. */
function studiedCards(factIds: string[]): Map<string, CardState> {
	const cards = new Map<string, CardState>();
	factIds.forEach((id, i) => {
		let card = newCardState(id, now - 40 * 86_400_000);
		card = applyGrade(card, 'good', now - 40 * 86_400_000, { desiredRetention: 0.9 });
		card = applyGrade(card, 'good', now - 40 * 86_400_000 + 600_000, { desiredRetention: 0.9 });
		cards.set(id, { ...card, due: i % 3 === 0 ? now - 3_600_000 : now + 5 * 86_400_000 });
	});
	return cards;
}

for (const [label, dataset] of [
	['real deck (89 facts)', DATASET],
	['stress deck (5,000 facts)', stressDeck(5000)]
] as const) {
	describe(`today's queue: ${label}`, () => {
		const order = introductionOrder(dataset.facts);
		const cards = studiedCards(order.slice(0, Math.floor(order.length * 0.9)).map((f) => f.id));
		bench('plan, interleave and space siblings', () => {
			const plan = planToday({ facts: order, cards, now, day, limits, newDoneToday: 0, reviewsDoneToday: 0 });
			spaceSiblings(interleave(plan.reviews, plan.newFacts), factFamily);
		});
		bench('introduction order', () => {
			introductionOrder(dataset.facts);
		});
	});
}

describe('question generation (stress deck, 5,000 facts)', () => {
	const deck = stressDeck(5000);
	let i = 0;
	bench('choose-fact (first ask of each fact: builds its distractor pool)', () => {
		const fact = deck.facts[i++ % deck.facts.length]!;
		generate(fact, deck, createRng(i), 'choose-fact');
	});
});
