import { describe, expect, it } from 'vitest';
import { DATASET } from '$lib/content';
import { createRng, generate, grade, kindsFor, type ChoiceQuestion, type MatchingQuestion } from '$lib/quiz';

describe('question forms', () => {
	it('asks every fact in at least three distinct forms (kind and wording), a corrected one in two', () => {
		for (const fact of DATASET.facts) {
			const forms = new Set<string>();
			for (const kind of kindsFor(fact, DATASET)) {
				for (let seed = 0; seed < 40; seed++) {
					const question = generate(fact, DATASET, createRng(seed), kind);
					forms.add(`${question.kind}: ${question.prompt}`);
				}
			}
			expect(forms.size, fact.id).toBeGreaterThanOrEqual(fact.correction ? 2 : 3);
		}
	}, 30_000);

	it('offers at least two kinds for every muscle-group fact the article gets right', () => {
		for (const fact of DATASET.facts.filter((f) => f.groupId !== 'general' && !f.correction)) {
			expect(kindsFor(fact, DATASET).length, fact.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('can ask matching, which-not and typed questions of the dataset at all', () => {
		const kinds = new Set(DATASET.facts.flatMap((fact) => kindsFor(fact, DATASET)));
		for (const kind of ['true-false', 'which-not', 'typed-group', 'typed-exercise', 'matching'] as const) {
			expect(kinds.has(kind), kind).toBe(true);
		}
	});
});

describe('grade', () => {
	const fact = DATASET.facts.find((f) => f.id === 'upper-body.exercise.push-up')!;

	it('marks the chosen option right only at correctIndex, and records its text', () => {
		const question = generate(fact, DATASET, createRng(9), 'choose-fact') as ChoiceQuestion;
		question.options.forEach((option, index) => {
			const judgement = grade(question, { format: 'choice', index });
			expect(judgement.correct).toBe(index === question.correctIndex);
			expect(judgement.given).toBe(option);
			expect(judgement.correctAnswer).toBe('Push-ups');
		});
	});

	it('treats an out-of-range or mismatched response as wrong, not as a crash', () => {
		const question = generate(fact, DATASET, createRng(9), 'choose-fact') as ChoiceQuestion;
		expect(grade(question, { format: 'choice', index: 7 }).correct).toBe(false);
		expect(grade(question, { format: 'typed', text: 'Push-ups' }).correct).toBe(false);
	});

	it('marks a matching right only when every pair is right, and shows the right pairs', () => {
		const question = generate(fact, DATASET, createRng(4), 'matching') as MatchingQuestion;
		expect(grade(question, { format: 'matching', picks: question.solution }).correct).toBe(true);
		const swapped = [...question.solution];
		[swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
		const judgement = grade(question, { format: 'matching', picks: swapped });
		expect(judgement.correct).toBe(false);
		expect(judgement.correctAnswer).toContain('Upper body: Push-ups');
		expect(grade(question, { format: 'matching', picks: [null, null, null, null] }).correct).toBe(false);
	});
});
