import { DATASET } from '$lib/content';
import { finishSession, openDatabase, startSession, type StrideDatabase } from '$lib/db';
import { recordAnswer, type Answer } from '$lib/db/answers';
import { exportBackup, serializeBackup } from '$lib/db/backup';
import { introductionOrder, studyDay } from '$lib/srs';
import type { QuestionKind } from '$lib/quiz';

/** Test databases, each with a unique name; `dropAll` deletes them after a test. */
const opened: StrideDatabase[] = [];

export function freshDatabase(name = `test-${crypto.randomUUID()}`): StrideDatabase {
	const db = openDatabase(name);
	opened.push(db);
	return db;
}

export async function dropAll(): Promise<void> {
	for (const db of opened.splice(0)) await db.delete();
}

export const T0 = Date.UTC(2026, 0, 10, 7, 30);
const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const SETTINGS = {
	desiredRetention: 0.87,
	newPerDay: 12,
	reviewsPerDay: 150,
	dayStartHour: 5,
	learnAheadMinutes: 15,
	restDays: [0, 4],
	// A fitted memory model, the defaults set aside by it: what a backup must carry whole.
	memoryModel: {
		parameters: [
			0.1, 0.4, 0.8, 3, 6.8, 0.6, 2.4, 0.01, 1.2, 0.25, 0.9, 1.2, 0.08, 0.35, 1.9, 0.5, 2.2, 0.5, 0.1, 0.06, 0.5
		],
		lastFit: {
			at: Date.UTC(2026, 0, 5, 9),
			reviews: 1234,
			before: { logLoss: 0.41, rmseBins: 0.07 },
			after: { logLoss: 0.39, rmseBins: 0.04 },
			kept: true
		},
		setAside: null
	}
};

/** Given answers a learner could type or pick, unicode and markup included: stored as text. */
const GIVEN = [
	'Squats',
	'Ischiocrurale — 大腿二頭筋 🏃‍♀️',
	'Zwerchfell (ß, é, ñ)',
	'<img src=x onerror=alert(1)>',
	'calf raises ',
	''
];
const KINDS: QuestionKind[] = ['choose-fact', 'choose-group', 'true-false', 'typed-exercise', 'matching'];

/** Deterministic UUID-shaped ids, so exports of seeded databases compare byte for byte. */
function uuid(n: number, prefix = 'a'): string {
	return `${prefix.repeat(8)}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function dayOf(at: number): string {
	return studyDay(at, { timeZone: 'UTC', dayStartHour: SETTINGS.dayStartHour });
}

/**
 * A realistic history written through the app's own code: settings, three study days with a
 * session each (the last one left unfinished), twelve facts introduced, misses and reviews.
 */
export async function seedProgress(
	db: StrideDatabase,
	{ start = T0, idPrefix = 'a' }: { start?: number; idPrefix?: string } = {}
): Promise<void> {
	await db.settings.put({ key: 'settings', ...SETTINGS });
	const facts = introductionOrder(DATASET.facts)
		.slice(0, 12)
		.map((fact) => fact.id);
	let n = 0;
	for (let d = 0; d < 3; d++) {
		const dayStart = start + d * DAY;
		const sessionId = uuid(d, idPrefix === 'a' ? 'c' : 'd');
		await startSession(db, sessionId, dayStart, dayOf(dayStart), 'today');
		const todays = d === 0 ? facts.slice(0, 8) : facts.slice(d * 2, d * 2 + 8);
		for (const [i, factId] of todays.entries()) {
			const at = dayStart + i * 37_000 + d * 1_111;
			const answer: Answer = {
				id: uuid(n, idPrefix),
				factId,
				correct: (n * 7) % 5 !== 0,
				answerMs: 1_500 + ((n * 613) % 9_000),
				kind: KINDS[n % KINDS.length]!,
				given: GIVEN[n % GIVEN.length]!,
				sessionId
			};
			await recordAnswer(db, answer, at, dayOf(at), SETTINGS);
			n++;
		}
		if (d < 2) await finishSession(db, sessionId, dayStart + 20 * MINUTE);
	}
}

/** Everything in the database, as the backup file would hold it: for before/after checks. */
export async function snapshot(db: StrideDatabase): Promise<string> {
	return serializeBackup(await exportBackup(db, { now: T0 + 30 * DAY, appVersion: '0.1.0' }));
}

/** Every row of every table, as stored. */
export async function tables(db: StrideDatabase) {
	return {
		cards: await db.cards.toArray(),
		reviews: await db.reviews.toArray(),
		sessions: await db.sessions.toArray(),
		settings: await db.settings.toArray()
	};
}
