import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fsrs, State } from 'ts-fsrs';
import { recallProbability, type CardState } from '$lib/srs';
import { applyGrade, newCardState } from '$lib/srs/scheduler';
import { decayOf, DEFAULT_PARAMETERS } from '$lib/srs/memory-model';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 5, 7);

/** ts-fsrs's own answer, for comparison: recall.ts must agree with it exactly. */
function tsFsrsRecall(card: CardState, at: number, parameters?: readonly number[]): number {
	const phase = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning }[
		card.phase
	];
	return fsrs(parameters ? { w: [...parameters] } : {}).get_retrievability(
		{
			due: new Date(card.due),
			stability: card.stability,
			difficulty: card.difficulty,
			elapsed_days: 0,
			scheduled_days: card.scheduledDays,
			learning_steps: card.learningSteps,
			reps: card.reps,
			lapses: card.lapses,
			state: phase,
			last_review: card.lastReview === null ? undefined : new Date(card.lastReview)
		},
		new Date(at),
		false
	);
}

describe('recallProbability', () => {
	it('equals ts-fsrs get_retrievability for any history and any later moment', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ right: fc.boolean(), gapHours: fc.integer({ min: 0, max: 24 * 60 }) }), {
					minLength: 1,
					maxLength: 12
				}),
				fc.integer({ min: 0, max: 400 * 24 }),
				(answers, laterHours) => {
					let at = start;
					let card = newCardState('x', at);
					for (const answer of answers) {
						at += answer.gapHours * 3_600_000;
						card = applyGrade(card, answer.right ? 'good' : 'again', at, { desiredRetention: 0.9 });
					}
					const then = at + laterHours * 3_600_000;
					expect(recallProbability(card, then)).toBe(tsFsrsRecall(card, then));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('follows a fitted forgetting curve: with any decay (w20), it equals ts-fsrs scheduling with those parameters', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.1, max: 0.8, noNaN: true }),
				fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 0, max: 400 * 24 }),
				(decay, answers, laterHours) => {
					const parameters = [...DEFAULT_PARAMETERS.slice(0, 20), decay];
					const settings = { desiredRetention: 0.9, memoryModel: { parameters } };
					let at = start;
					let card = newCardState('x', at);
					for (const right of answers) {
						at += DAY;
						card = applyGrade(card, right ? 'good' : 'again', at, settings);
					}
					const then = at + laterHours * 3_600_000;
					expect(recallProbability(card, then, decayOf(settings.memoryModel))).toBeCloseTo(
						tsFsrsRecall(card, then, parameters),
						7
					);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('is 0 for a new fact and falls as days pass', () => {
		const card = newCardState('x', start);
		expect(recallProbability(card, start)).toBe(0);
		const learnt = applyGrade(applyGrade(card, 'good', start, { desiredRetention: 0.9 }), 'good', start + 600_000, {
			desiredRetention: 0.9
		});
		expect(recallProbability(learnt, start + DAY)).toBeGreaterThan(recallProbability(learnt, start + 10 * DAY));
	});
});
