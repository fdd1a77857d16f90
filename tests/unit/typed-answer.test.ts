import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATASET, isGroupFact, type GroupFact } from '$lib/content';
import {
	answerKey,
	createRng,
	generate,
	grade,
	groupsTrueOf,
	judgeTyped,
	kindsFor,
	type TypedQuestion
} from '$lib/quiz';

const groupFacts = DATASET.facts.filter(isGroupFact);
const groupNamed = (id: string) => DATASET.groups.find((g) => g.id === id)!;

function typedGroupQuestionFor(groupId: string): TypedQuestion {
	const fact = groupFacts.find(
		(f) => f.groupId === groupId && kindsFor(f, DATASET).includes('typed-group') && groupsTrueOf(f, DATASET).length === 1
	)!;
	return generate(fact, DATASET, createRng(1), 'typed-group') as TypedQuestion;
}

const answer = (question: TypedQuestion, text: string) => grade(question, { format: 'typed', text });

describe('answerKey: one key for the ways a learner may write an answer', () => {
	it.each([
		['Hamstrings', 'hamstrings'],
		['  HIP   flexors ', 'hip flexor'],
		['push-ups', 'push ups'],
		['Pushups', 'push-ups'],
		["Runners' lunges", 'runners lunges'],
		['calves', 'calf'],
		['Russian twists!', 'russian twist'],
		['crunches', 'crunch'],
		['shoulder presses', 'shoulder press'],
		['oesophagus', 'esophagus'],
		['stabilise', 'stabilize'],
		['Pilates', 'pilates']
	])('%s = %s', (a, b) => {
		expect(answerKey(a)).toBe(answerKey(b));
	});

	it('keeps different words apart', () => {
		expect(answerKey('core')).not.toBe(answerKey('calves'));
		expect(answerKey('abs')).not.toBe(answerKey('arms'));
	});
});

describe('typed "Name the muscle group": what is accepted', () => {
	it('accepts every group name and alias, in any case and spacing', () => {
		for (const group of DATASET.groups) {
			const question = typedGroupQuestionFor(group.id);
			for (const form of [group.name, ...group.aliases]) {
				expect(answer(question, form).correct, `${group.id}: ${form}`).toBe(true);
				expect(answer(question, `  ${form.toUpperCase()} `).correct, `${group.id}: ${form}`).toBe(true);
			}
		}
	});

	it.each([
		['hamstrings', 'hamstrngs'],
		['hamstrings', 'hamstring'],
		['calves', 'calfs'],
		['calves', 'calf'],
		['quadriceps', 'quadricep'],
		['quadriceps', 'quadracep'],
		['quadriceps', 'Quads'],
		['glutes', 'gluts'],
		['glutes', 'glute'],
		['diaphragm', 'diaphram'],
		['hip-flexors', 'hip flexor'],
		['hip-flexors', 'hipflexors'],
		['upper-body', 'upperbody'],
		['core', 'abs']
	])('accepts typical slips for %s: "%s"', (groupId, typed) => {
		expect(answer(typedGroupQuestionFor(groupId), typed).correct).toBe(true);
	});

	it('tells the learner when a typo was forgiven', () => {
		expect(answer(typedGroupQuestionFor('hamstrings'), 'hamstrngs').note).toMatch(/Accepted, spelt/);
		expect(answer(typedGroupQuestionFor('hamstrings'), 'hamstrings').note).toBeUndefined();
	});

	it("rejects every other group's name and alias, however close", () => {
		for (const group of DATASET.groups) {
			const question = typedGroupQuestionFor(group.id);
			for (const other of DATASET.groups.filter((g) => g.id !== group.id)) {
				for (const form of [other.name, ...other.aliases]) {
					expect(answer(question, form).correct, `${group.id} ← ${form}`).toBe(false);
				}
			}
		}
	});

	it('rejects a near miss that is as close to a wrong group as to the right one', () => {
		// "calf" vs "core": "carf" is one edit from calf and two from core: accepted for the calves;
		// but a typo of another group's name is never accepted for this one.
		expect(answer(typedGroupQuestionFor('calves'), 'carf').correct).toBe(true);
		expect(answer(typedGroupQuestionFor('core'), 'calfs').correct).toBe(false);
		expect(answer(typedGroupQuestionFor('glutes'), 'hamstrngs').correct).toBe(false);
	});

	it('rejects empty, blank and absurdly long input without crashing', () => {
		const question = typedGroupQuestionFor('glutes');
		for (const text of ['', '   ', '\n\t', '!!!', 'glutes'.repeat(1000), 'x'.repeat(100_000)]) {
			expect(answer(question, text).correct, JSON.stringify(text.slice(0, 20))).toBe(false);
		}
	});

	it('accepts, for a clue true of two groups, either of them, and lists both', () => {
		const squats = groupFacts.find((f) => f.id === 'glutes.exercise.squat')!;
		// Squats fit too many groups to be asked as typed-group; a two-group clue is.
		const twoGroup = groupFacts.find((f) => kindsFor(f, DATASET).includes('typed-group') && groupsTrueOf(f, DATASET).length === 2)!;
		expect(kindsFor(squats, DATASET)).not.toContain('typed-group');
		const question = generate(twoGroup, DATASET, createRng(3), 'typed-group') as TypedQuestion;
		const [first, second] = groupsTrueOf(twoGroup, DATASET).map(groupNamed);
		expect(answer(question, first!.name).correct).toBe(true);
		expect(answer(question, second!.name).correct).toBe(true);
		expect(answer(question, 'elbow').correctAnswer).toBe(`${groupNamed(twoGroup.groupId).name} or ${[first, second].find((g) => g!.id !== twoGroup.groupId)!.name}`);
	});

	it('never crashes and never accepts random text that is far from every answer', () => {
		const question = typedGroupQuestionFor('core');
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const result = answer(question, text);
				const key = answerKey(text);
				const close = question.accepted.some((form) => {
					const target = answerKey(form);
					return key.length > 0 && Math.abs(key.length - target.length) <= 3;
				});
				if (!close) expect(result.correct).toBe(false);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('typed "Name one exercise": any right exercise counts', () => {
	const exerciseFacts = groupFacts.filter((f) => f.facet === 'exercise');
	const questionFor = (fact: GroupFact) => generate(fact, DATASET, createRng(5), 'typed-exercise') as TypedQuestion;

	it("accepts every one of the group's own exercises, and lists the others", () => {
		for (const fact of exerciseFacts) {
			const question = questionFor(fact);
			for (const own of exerciseFacts.filter((f) => f.groupId === fact.groupId)) {
				expect(answer(question, own.answer).correct, `${fact.id} ← ${own.answer}`).toBe(true);
			}
			const others = exerciseFacts.filter((f) => f.groupId === fact.groupId && f.id !== fact.id);
			const note = answer(question, fact.answer).note ?? '';
			for (const other of others) expect(note, fact.id).toContain(other.answer);
		}
	});

	it('accepts plural/singular and hyphen variants: "squat", "push ups", "pullup"', () => {
		const glutes = questionFor(exerciseFacts.find((f) => f.id === 'glutes.exercise.squat')!);
		expect(answer(glutes, 'squat').correct).toBe(true);
		const upper = questionFor(exerciseFacts.find((f) => f.id === 'upper-body.exercise.push-up')!);
		expect(answer(upper, 'push ups').correct).toBe(true);
		expect(answer(upper, 'pullup').correct).toBe(true);
		expect(answer(upper, 'bicep curl').correct).toBe(true);
	});

	it('rejects exercises that belong only to other groups', () => {
		for (const fact of exerciseFacts) {
			const question = questionFor(fact);
			for (const wrong of question.rejected) {
				expect(answer(question, wrong).correct, `${fact.id} ← ${wrong}`).toBe(false);
			}
			expect(question.rejected.length, fact.id).toBeGreaterThan(0);
		}
	});

	it('rejects calf raises for the upper body and accepts them for the calves', () => {
		const upper = questionFor(exerciseFacts.find((f) => f.id === 'upper-body.exercise.push-up')!);
		const calves = questionFor(exerciseFacts.find((f) => f.id === 'calves.exercise.toe-lunge')!);
		expect(answer(upper, 'calf raises').correct).toBe(false);
		expect(answer(calves, 'calf raise').correct).toBe(true);
	});
});

describe('judgeTyped', () => {
	it('scales the typo allowance with length: no slack for short answers', () => {
		expect(judgeTyped('abz', ['abs'], []).correct).toBe(false);
		expect(judgeTyped('shouldr presses', ['Shoulder presses'], []).correct).toBe(true);
		expect(judgeTyped('sholder pressses', ['Shoulder presses'], []).correct).toBe(true);
		expect(judgeTyped('shldr prsses', ['Shoulder presses'], []).correct).toBe(false);
		expect(judgeTyped('bicep curls', ['Shoulder presses'], []).correct).toBe(false);
	});
});
