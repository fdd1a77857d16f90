import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCHEDULER_SETTINGS, gradeFor, recallProbability, type CardState, type Grade } from '$lib/srs';
import { applyGrade, newCardState } from '$lib/srs/scheduler';

/** A fixed clock: every time in this file is derived from it. */
const now = Date.UTC(2026, 0, 10, 9);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const settings = DEFAULT_SCHEDULER_SETTINGS;

/** New → Good → (when due) Good: the usual path to the first real interval. */
function graduated(desiredRetention = 0.9): CardState {
	const learning = applyGrade(newCardState('glutes.exercise.squat', now), 'good', now, { desiredRetention });
	return applyGrade(learning, 'good', learning.due, { desiredRetention });
}

/** Answers the card with each grade in turn, each time exactly when it falls due. */
function reviewOnTime(card: CardState, grades: Grade[], desiredRetention = 0.9): CardState {
	let current = card;
	for (const grade of grades) current = applyGrade(current, grade, current.due, { desiredRetention });
	return current;
}

describe('gradeFor', () => {
	it('maps a right answer to Good and a wrong one to Again', () => {
		expect(gradeFor(true)).toBe('good');
		expect(gradeFor(false)).toBe('again');
	});
});

describe('a new card', () => {
	it('is new, due now, never reviewed, with no recall', () => {
		const card = newCardState('glutes.exercise.squat', now);
		expect(card).toMatchObject({
			factId: 'glutes.exercise.squat',
			phase: 'new',
			due: now,
			reps: 0,
			lapses: 0,
			lastReview: null
		});
		expect(recallProbability(card, now)).toBe(0);
		expect(recallProbability(card, now + 30 * DAY)).toBe(0);
	});

	it('is plain data that survives a JSON round trip (as IndexedDB stores it)', () => {
		const card = applyGrade(newCardState('core.exercise.plank', now), 'good', now, settings);
		expect(JSON.parse(JSON.stringify(card))).toEqual(card);
	});
});

describe('answering a new card', () => {
	it('right (Good): moves to learning, due again within the hour, one rep', () => {
		const card = applyGrade(newCardState('f', now), 'good', now, settings);
		expect(card.phase).toBe('learning');
		expect(card.due).toBeGreaterThan(now);
		expect(card.due - now).toBeLessThanOrEqual(HOUR);
		expect(card.reps).toBe(1);
		expect(card.lapses).toBe(0);
		expect(card.lastReview).toBe(now);
		expect(recallProbability(card, now)).toBeGreaterThan(0.9);
	});

	it('wrong (Again): stays in learning and comes back sooner than after a right answer', () => {
		const again = applyGrade(newCardState('f', now), 'again', now, settings);
		const good = applyGrade(newCardState('f', now), 'good', now, settings);
		expect(again.phase).toBe('learning');
		expect(again.due).toBeGreaterThan(now);
		expect(again.due - now).toBeLessThanOrEqual(10 * MINUTE);
		expect(again.due).toBeLessThan(good.due);
		expect(again.reps).toBe(1);
		expect(again.lapses).toBe(0);
	});
});

describe('a card graduated to review', () => {
	it('is due days later', () => {
		const card = graduated();
		expect(card.phase).toBe('review');
		expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
		expect(card.due - card.lastReview!).toBe(card.scheduledDays * DAY);
		expect(card.reps).toBe(2);
	});

	it('has a recall probability near 90% at its due date, and higher before it', () => {
		const card = graduated();
		const atDue = recallProbability(card, card.due);
		expect(atDue).toBeGreaterThan(0.85);
		expect(atDue).toBeLessThan(0.95);
		expect(recallProbability(card, card.due - DAY)).toBeGreaterThan(atDue);
		expect(recallProbability(card, card.lastReview!)).toBeGreaterThan(recallProbability(card, card.due - DAY));
		expect(recallProbability(card, card.due + 10 * DAY)).toBeLessThan(atDue);
	});

	it('keeps recall near 90% at each due date as intervals grow with right answers', () => {
		let card = graduated();
		for (let review = 0; review < 5; review++) {
			const next = applyGrade(card, 'good', card.due, settings);
			expect(next.scheduledDays, `review ${review}`).toBeGreaterThan(card.scheduledDays);
			const atDue = recallProbability(next, next.due);
			expect(atDue, `review ${review}`).toBeGreaterThan(0.85);
			expect(atDue, `review ${review}`).toBeLessThan(0.95);
			card = next;
		}
		expect(card.scheduledDays).toBeGreaterThan(60);
	});

	it('wrong (Again): relearns, counts a lapse and comes back within minutes', () => {
		const card = graduated();
		const lapsed = applyGrade(card, 'again', card.due, settings);
		expect(lapsed.phase).toBe('relearning');
		expect(lapsed.lapses).toBe(card.lapses + 1);
		expect(lapsed.reps).toBe(card.reps + 1);
		expect(lapsed.due).toBeGreaterThan(card.due);
		expect(lapsed.due - card.due).toBeLessThanOrEqual(HOUR);
		expect(lapsed.stability).toBeLessThan(card.stability);
	});

	it('returns to review after relearning, with a shorter interval than before the lapse', () => {
		const card = reviewOnTime(graduated(), ['good', 'good']);
		const relearnt = reviewOnTime(card, ['again', 'good']);
		expect(relearnt.phase).toBe('review');
		expect(relearnt.lapses).toBe(1);
		expect(relearnt.scheduledDays).toBeLessThan(card.scheduledDays);
	});
});

describe('desired retention', () => {
	it('gives a shorter interval at 95% than at 80% for the same answers', () => {
		const strict = graduated(0.95);
		const relaxed = graduated(0.8);
		expect(strict.scheduledDays).toBeLessThan(relaxed.scheduledDays);
		const strictLater = reviewOnTime(strict, ['good'], 0.95);
		const relaxedLater = applyGrade(relaxed, 'good', strict.due, { desiredRetention: 0.8 });
		expect(strictLater.scheduledDays).toBeLessThan(relaxedLater.scheduledDays);
	});

	it('aims the due date at the desired recall probability', () => {
		for (const desiredRetention of [0.8, 0.9, 0.95]) {
			const card = reviewOnTime(graduated(desiredRetention), ['good', 'good'], desiredRetention);
			expect(recallProbability(card, card.due), `${desiredRetention}`).toBeCloseTo(desiredRetention, 1);
		}
	});
});

describe('determinism', () => {
	const grade = fc.constantFrom<Grade>('again', 'good');
	/** Minutes between answers: from straight away to a year later. */
	const gap = fc.integer({ min: 1, max: 365 * 24 * 60 });
	const history = fc.array(fc.tuple(grade, gap), { minLength: 1, maxLength: 12 });
	const retention = fc.constantFrom(0.8, 0.85, 0.9, 0.95, 0.97);

	function replay(steps: [Grade, number][], desiredRetention: number): CardState[] {
		let card = newCardState('hamstrings.exercise.deadlift', now);
		let at = now;
		return steps.map(([g, minutes]) => {
			at += minutes * MINUTE;
			card = applyGrade(card, g, at, { desiredRetention });
			return card;
		});
	}

	it('gives the same card for the same card, grade, time and settings', () => {
		fc.assert(
			fc.property(history, retention, (steps, desiredRetention) => {
				const first = replay(steps, desiredRetention);
				replay(steps, desiredRetention === 0.9 ? 0.8 : 0.9); // another scheduler in between
				expect(replay(steps, desiredRetention)).toEqual(first);
			}),
			{ numRuns: 200 }
		);
	});

	it('does not change the card it is given', () => {
		const card = graduated();
		const copy = structuredClone(card);
		applyGrade(card, 'again', card.due, settings);
		expect(card).toEqual(copy);
	});

	it('always schedules the next review after the answer, one rep at a time, lapses only for a forgotten review', () => {
		fc.assert(
			fc.property(history, retention, (steps, desiredRetention) => {
				let before = newCardState('f', now);
				let at = now;
				for (const [g, minutes] of steps) {
					at += minutes * MINUTE;
					const after = applyGrade(before, g, at, { desiredRetention });
					expect(after.due).toBeGreaterThan(at);
					expect(after.phase).not.toBe('new');
					expect(after.reps).toBe(before.reps + 1);
					expect(after.lastReview).toBe(at);
					expect(after.lapses).toBe(before.lapses + (before.phase === 'review' && g === 'again' ? 1 : 0));
					expect(after.factId).toBe('f');
					before = after;
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('gives a recall probability between 0 and 1 that only falls with time', () => {
		fc.assert(
			fc.property(history, fc.array(fc.integer({ min: 0, max: 2000 * DAY }), { minLength: 2 }), (steps, offsets) => {
				const card = replay(steps, 0.9).at(-1)!;
				const sorted = [...offsets].sort((a, b) => a - b);
				const recalls = sorted.map((offset) => recallProbability(card, card.lastReview! + offset));
				for (const r of recalls) {
					expect(r).toBeGreaterThanOrEqual(0);
					expect(r).toBeLessThanOrEqual(1);
				}
				for (let i = 1; i < recalls.length; i++) expect(recalls[i]!).toBeLessThanOrEqual(recalls[i - 1]!);
			}),
			{ numRuns: 200 }
		);
	});
});
