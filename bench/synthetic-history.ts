import { DATASET } from '../src/lib/content';
import type { ReviewRow, SessionRow } from '../src/lib/db/database';
import { createRng } from '../src/lib/quiz';
import { studyDay, type CardState } from '../src/lib/srs';
import { applyGrade, newCardState } from '../src/lib/srs/scheduler';

/**
 * A seeded synthetic history for benchmarks: `reviews` answers spread evenly over `days`
 * days ending yesterday, in daily sessions, cycling through the real deck, each answer
 * scheduled by the real scheduler so card states and log rows are consistent.
 */
export function syntheticHistory(options: { reviews: number; days: number; now: number; seed?: number }) {
	const rng = createRng(options.seed ?? 1);
	const day = { timeZone: 'UTC', dayStartHour: 4 };
	const settings = { desiredRetention: 0.9 };
	const facts = DATASET.facts;
	const cards = new Map<string, CardState>();
	const reviews: ReviewRow[] = [];
	const sessions: SessionRow[] = [];
	const perDay = Math.max(1, Math.ceil(options.reviews / options.days));
	const firstDay = options.now - options.days * 86_400_000;
	for (let i = 0; i < options.reviews; i++) {
		const dayIndex = Math.floor(i / perDay);
		const sessionStart = firstDay + dayIndex * 86_400_000 + 8 * 3_600_000;
		const at = sessionStart + (i % perDay) * 20_000;
		const sessionId = `synthetic-session-${dayIndex}`;
		if (i % perDay === 0) {
			sessions.push({
				id: sessionId,
				startedAt: sessionStart,
				finishedAt: sessionStart + perDay * 20_000,
				day: studyDay(sessionStart, day)
			});
		}
		const fact = facts[i % facts.length]!;
		const stored = cards.get(fact.id);
		const before = stored ?? newCardState(fact.id, at);
		const correct = rng() < 0.85;
		const grade = correct ? 'good' : 'again';
		const after = applyGrade(before, grade, at, settings);
		cards.set(fact.id, after);
		reviews.push({
			id: `synthetic-${i}`,
			factId: fact.id,
			reviewedAt: at,
			day: studyDay(at, day),
			grade,
			correct,
			answerMs: 2000 + Math.floor(rng() * 6000),
			kind: 'choose-fact',
			given: correct ? 'right' : 'wrong',
			sessionId,
			before,
			after,
			hadCard: stored !== undefined
		});
	}
	return { cards: [...cards.values()], reviews, sessions };
}
