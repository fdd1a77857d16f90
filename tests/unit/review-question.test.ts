import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DATASET } from '$lib/content';
import { kindsFor, reviewQuestion } from '$lib/quiz';
import { applyGrade, newCardState } from '$lib/srs/scheduler';
import { RECOGNITION_KINDS as RECOGNITION } from './helpers/kinds';

const NOW = Date.UTC(2026, 0, 10, 9);
const settings = { desiredRetention: 0.9 };
const anyFact = fc.constantFrom(...DATASET.facts);
const anySession = fc.uuid();

describe('the question for one review', () => {
	test('a new fact is asked for recognition: nothing typed before it has been seen', () => {
		fc.assert(
			fc.property(anyFact, anySession, (fact, sessionId) => {
				const question = reviewQuestion(fact, DATASET, { sessionId, card: undefined, last: undefined, drill: null });
				expect(RECOGNITION).toContain(question.kind);
			})
		);
	});

	test('the same review asked twice is the same question (prepared ahead, then shown)', () => {
		fc.assert(
			fc.property(anyFact, anySession, (fact, sessionId) => {
				const card = applyGrade(newCardState(fact.id, NOW), 'good', NOW, settings);
				const history = { sessionId, card, last: { correct: true, kind: 'true-false' as const }, drill: null };
				expect(reviewQuestion(fact, DATASET, history)).toEqual(reviewQuestion(fact, DATASET, history));
			})
		);
	});

	test('a fact just missed is not asked in the form it was missed in, when it has another', () => {
		fc.assert(
			fc.property(anyFact, anySession, (fact, sessionId) => {
				const card = applyGrade(newCardState(fact.id, NOW), 'again', NOW, settings);
				const forms = kindsFor(fact, DATASET).filter((kind) => RECOGNITION.includes(kind));
				fc.pre(forms.length > 1);
				const missedAs = forms[0]!;
				const last = { correct: false, kind: missedAs };
				const question = reviewQuestion(fact, DATASET, { sessionId, card, last, drill: null });
				expect(question.kind).not.toBe(missedAs);
				expect(RECOGNITION).toContain(question.kind);
			})
		);
	});

	test('a drill asks every fact in its one form', () => {
		fc.assert(
			fc.property(anyFact, anySession, (fact, sessionId) => {
				for (const drill of kindsFor(fact, DATASET)) {
					const question = reviewQuestion(fact, DATASET, { sessionId, card: undefined, last: undefined, drill });
					expect(question.kind).toBe(drill);
				}
			})
		);
	});
});
