import { describe, expect, it } from 'vitest';
import { DATASET } from '$lib/content';
import type { GroupFact } from '$lib/content/model';
import { extraPracticeQueue } from '$lib/quiz/extra-practice';
import { summarizeSession, type SummaryAnswer } from '$lib/quiz/session-summary';
import type { CardState } from '$lib/srs';
import { applyGrade, newCardState } from '$lib/srs/scheduler';

const NOW = Date.UTC(2026, 2, 15, 9);
const MINUTE = 60_000;
const DAY_SETTINGS = { timeZone: 'UTC', dayStartHour: 4 };
const RETENTION = { desiredRetention: 0.9 };
const groupFacts = (groupId: string) => DATASET.facts.filter((fact): fact is GroupFact => fact.groupId === groupId);
const [glute1, glute2, glute3] = groupFacts('glutes');
const [calf1] = groupFacts('calves');

/** A card answered with these verdicts, one a minute, the last at `at`. */
function cardAfter(factId: string, verdicts: readonly boolean[], at = NOW): CardState {
	let card = newCardState(factId, at - verdicts.length * MINUTE);
	verdicts.forEach((correct, i) => {
		card = applyGrade(card, correct ? 'good' : 'again', at - (verdicts.length - 1 - i) * MINUTE, RETENTION);
	});
	return card;
}

function answer(factId: string, correct: boolean, after: CardState, before = newCardState(factId, NOW)): SummaryAnswer {
	const given = correct ? 'right' : 'wrong';
	return { factId, correct, prompt: `About ${factId}?`, given, correctAnswer: 'right', before, after };
}

describe('the session summary', () => {
	it('scores each fact on its first try and tells the retries apart', () => {
		const summary = summarizeSession({
			answers: [
				answer(glute1!.id, false, cardAfter(glute1!.id, [false])),
				answer(glute2!.id, true, cardAfter(glute2!.id, [true])),
				answer(glute1!.id, false, cardAfter(glute1!.id, [false, false])),
				answer(glute1!.id, true, cardAfter(glute1!.id, [false, false, true])),
				answer(glute3!.id, false, cardAfter(glute3!.id, [false])),
				answer(glute3!.id, true, cardAfter(glute3!.id, [false, true]))
			],
			cards: new Map(),
			facts: DATASET.facts,
			startedAt: NOW - 4 * MINUTE,
			now: NOW,
			day: DAY_SETTINGS
		});
		expect([summary.rightFirstTime, summary.facts]).toEqual([1, 3]);
		expect(summary.retried).toEqual({ facts: 2, rightSecondTime: 1 });
		expect(summary.spentMs).toBe(4 * MINUTE);
		// Missed three times in all, each missed fact is listed once.
		expect(summary.missed.map((miss) => miss.factId)).toEqual([glute1!.id, glute3!.id]);
		expect(summary.learnt).toEqual([glute1!.id, glute2!.id, glute3!.id]);
	});

	it('shows the mastery of each group touched, before and after', () => {
		const reviewed = cardAfter(calf1!.id, [true, true], NOW - 3 * 24 * 60 * MINUTE);
		const summary = summarizeSession({
			answers: [
				answer(glute1!.id, true, cardAfter(glute1!.id, [true, true])),
				answer(calf1!.id, true, applyGrade(reviewed, 'good', NOW, RETENTION), reviewed)
			],
			cards: new Map(),
			facts: DATASET.facts,
			startedAt: NOW,
			now: NOW,
			day: DAY_SETTINGS
		});
		expect(summary.groups.map((change) => change.groupId)).toEqual(['glutes', 'calves']);
		const [glutes, calves] = summary.groups;
		expect(glutes!.before).toBe(0);
		expect(glutes!.after).toBeGreaterThan(0);
		expect(calves!.after).toBeGreaterThan(calves!.before);
		expect(calves!.before).toBeGreaterThan(0);
		// The calf fact was known before: it is not "learnt today".
		expect(summary.learnt).toEqual([glute1!.id]);
	});

	it('says what comes back later today and tomorrow', () => {
		const stepLater = cardAfter(glute1!.id, [true]);
		// Graduated to a review, moved to fall due tomorrow morning.
		const graduated = { ...cardAfter(glute2!.id, [true, true]), due: NOW + 24 * 60 * MINUTE };
		const summary = summarizeSession({
			answers: [answer(glute1!.id, true, stepLater), answer(glute2!.id, true, graduated)],
			cards: new Map(),
			facts: DATASET.facts,
			startedAt: NOW,
			now: NOW,
			day: DAY_SETTINGS
		});
		expect(summary.next.laterToday).toBe(1);
		expect(summary.next.firstAt).toBe(stepLater.due);
		expect(summary.next.tomorrow).toBe(1);
	});
});

describe('extra practice', () => {
	const studied = new Map(
		[
			cardAfter(glute1!.id, [true, true], NOW - 20 * 24 * 60 * MINUTE),
			cardAfter(glute2!.id, [true, true], NOW - 2 * 24 * 60 * MINUTE),
			cardAfter(calf1!.id, [true, true], NOW - 9 * 24 * 60 * MINUTE)
		].map((card) => [card.factId, card])
	);

	it('asks the studied facts, weakest (longest unpractised) first', () => {
		expect(extraPracticeQueue({ dataset: DATASET, cards: studied, now: NOW, focus: { by: 'weakest' } })).toEqual([
			glute1!.id,
			calf1!.id,
			glute2!.id
		]);
	});

	it("keeps to one group's studied facts, or its new ones when none is studied yet", () => {
		const glutes = extraPracticeQueue({
			dataset: DATASET,
			cards: studied,
			now: NOW,
			focus: { by: 'group', groupId: 'glutes' }
		});
		expect(glutes).toEqual([glute1!.id, glute2!.id]);
		const quads = extraPracticeQueue({
			dataset: DATASET,
			cards: studied,
			now: NOW,
			focus: { by: 'group', groupId: 'quadriceps' }
		});
		expect(quads.length).toBeGreaterThan(0);
		expect(quads.every((id) => id.startsWith('quadriceps.') && !studied.has(id))).toBe(true);
	});

	it('falls back to the weakest facts when no studied fact can be asked in the style chosen', () => {
		const queue = extraPracticeQueue({
			dataset: DATASET,
			cards: studied,
			now: NOW,
			focus: { by: 'kind', kind: 'choose-advice' }
		});
		expect(queue).toEqual([glute1!.id, calf1!.id, glute2!.id]);
	});

	it('is empty only while nothing has been studied', () => {
		expect(extraPracticeQueue({ dataset: DATASET, cards: new Map(), now: NOW, focus: { by: 'weakest' } })).toEqual([]);
	});
});
