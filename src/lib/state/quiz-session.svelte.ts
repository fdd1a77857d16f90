import { tick } from 'svelte';
import { DATASET, factById } from '../content';
import type { StrideDatabase } from '../db/database';
import { validCard, validReview } from '../db/damage';
import { loadLastReview, loadMissed } from '../db/history';
import { finishSession, startSession } from '../db/sessions';
import { loadSettings, type Settings } from '../db/settings';
import { loadToday } from '../db/today';
import {
	createRng,
	generate,
	grade,
	kindsFor,
	seedFrom,
	type Judgement,
	type Question,
	type QuestionKind,
	type Response
} from '../quiz';
import { describeFailureReason, describeSaveFailure } from '../db/errors';
import { factFamily, spaceSiblings, studyDay, type CardState } from '../srs';
import { localTimeZone, requestPersistentStorage, withReconnect } from './database';

export interface AnsweredItem {
	question: Question;
	response: Response;
	judgement: Judgement;
	/** The review-log row, so the answer can be undone or corrected. */
	rowId: string;
	/** The card after this answer: what comes next for the fact. */
	after: CardState;
	/** Where a missed fact was put back into the queue, if it was. */
	requeuedAt: number | null;
}

type Phase = 'loading' | 'asking' | 'feedback' | 'done' | 'empty' | 'error';

export type SessionSource =
	/** Today's queue; `drill` limits it to facts askable as one kind, each asked that way. */
	| { kind: 'today'; drill: QuestionKind | null }
	/** Practice of recently missed facts, each until answered right once. */
	| { kind: 'missed' };

/**
 * A missed fact comes back this many questions later (its one-minute learning step), or at
 * the end of a shorter session. Answers in practice are real retrieval attempts: they go to
 * FSRS like any other, which handles same-day reviews through its short-term memory model.
 */
const REASK_GAP = 3;

/**
 * The scheduler (ts-fsrs) and the answer transactions load with the first answer, so the
 * first question shows without them (they are a fifth of the quiz page's JavaScript). Once
 * loaded, the module itself is returned, not a new `import()`: awaiting that again costs a
 * task, often a whole frame, on every answer.
 */
let answerModule: typeof import('../db/answers') | undefined;
const answerStore = () => answerModule ?? import('../db/answers').then((module) => (answerModule = module));

/**
 * One quiz session: a queue of facts, one question at a time, each answer saved before the
 * feedback shows. A wrong answer puts the fact back later in the session until it is answered
 * right. Time comes from the `clock` passed in, so tests can fix it.
 */
export class QuizSession {
	phase = $state<Phase>('loading');
	error = $state<string | null>(null);
	question = $state<Question | null>(null);
	answered = $state<AnsweredItem[]>([]);
	/** Fact ids in the order asked; missed facts are inserted again as the session goes. */
	queue = $state<string[]>([]);
	/** True while an answer is being written, so a double press can't answer twice. */
	saving = $state(false);

	readonly sessionId = crypto.randomUUID();
	readonly source: SessionSource;
	#settings: Settings | null = null;
	#shownAt = 0;
	/**
	 * The next question, built while the learner reads the feedback (its card and last answer
	 * read, its form generated), so Next shows it at once. Dropped when the queue changes.
	 */
	#upcoming: { position: number; factId: string; question: Promise<Question> } | null = null;
	#db: StrideDatabase;
	#clock: () => number;
	/** When the session started and the study day it counts for: its session row. */
	#started: { at: number; day: string } | null = null;
	/** Whether the session row is stored; each try waits for the one before it. */
	#sessionRow: Promise<boolean> = Promise.resolve(false);

	constructor(db: StrideDatabase, options: { clock?: () => number; source?: SessionSource } = {}) {
		this.#db = db;
		this.#clock = options.clock ?? Date.now;
		this.source = options.source ?? { kind: 'today', drill: null };
	}

	/** How many questions have been answered in this session. */
	get position(): number {
		return this.answered.length;
	}

	get total(): number {
		return this.queue.length;
	}

	get lastAnswer(): AnsweredItem | undefined {
		return this.answered.at(-1);
	}

	/** The response to the question on screen, once answered. */
	get response(): Response | null {
		return this.phase === 'feedback' ? (this.lastAnswer?.response ?? null) : null;
	}

	get #drill(): QuestionKind | null {
		return this.source.kind === 'today' ? this.source.drill : null;
	}

	async start(): Promise<void> {
		try {
			this.#settings = await loadSettings(this.#db);
			const now = this.#clock();
			this.queue = await this.#loadQueue(now);
			if (this.queue.length === 0) {
				this.phase = 'empty';
				return;
			}
			this.#started = { at: now, day: this.#day(now) };
			// The session row is written while the first question is read: one wait, not two.
			// A row that cannot be written (a full disk) does not stop the quiz; see #storeSessionRow.
			await Promise.all([this.#storeSessionRow(), this.#ask()]);
		} catch (error) {
			this.#fail('Your progress could not be loaded', error);
		}
	}

	async #loadQueue(now: number): Promise<string[]> {
		if (this.source.kind === 'missed') {
			const missed = await loadMissed(this.#db, now);
			return spaceSiblings(
				missed.map((m) => m.factId),
				factFamily
			);
		}
		const drill = this.#drill;
		const today = await loadToday(this.#db, DATASET.facts, now, localTimeZone(), this.#settings!, (fact) =>
			drill ? kindsFor(fact, DATASET).includes(drill) : true
		);
		return today.queue;
	}

	async answer(response: Response): Promise<void> {
		const question = this.question;
		const settings = this.#settings;
		if (this.phase !== 'asking' || this.saving || !question || !settings) return;
		this.saving = true;
		const now = this.#clock();
		const judgement = grade(question, response);
		// One id per answer: if the connection drops and the save is retried, it is saved once.
		const answerId = crypto.randomUUID();
		try {
			const { recordAnswer } = await answerStore();
			const row = await withReconnect(this.#db, () =>
				recordAnswer(
					this.#db,
					{
						id: answerId,
						factId: question.factId,
						correct: judgement.correct,
						answerMs: Math.max(0, now - this.#shownAt),
						kind: question.kind,
						given: judgement.given,
						sessionId: this.sessionId
					},
					// Dated inside the save's transaction, never before the fact's previous answer.
					this.#clock,
					(at) => this.#day(at),
					settings
				)
			);
			const requeuedAt = judgement.correct ? null : this.#requeue(question.factId);
			this.error = null;
			this.answered = [
				...this.answered,
				{ question, response, judgement, rowId: row.id, after: row.after, requeuedAt }
			];
			this.phase = 'feedback';
			// Once the verdict is on screen, not before: preparing costs the answer nothing.
			void tick().then(() => this.#prepareUpcoming());
			if (this.answered.length === 1) requestPersistentStorage();
		} catch (error) {
			// The question stays open: the learner can try again, and nothing half-saved remains.
			this.error = describeSaveFailure(error);
		} finally {
			this.saving = false;
		}
	}

	/** Puts a missed fact back REASK_GAP questions later; returns its new index. */
	#requeue(factId: string): number {
		const at = Math.min(this.position + 1 + REASK_GAP, this.queue.length);
		this.queue = [...this.queue.slice(0, at), factId, ...this.queue.slice(at)];
		return at;
	}

	/** Takes back the last answer: the log row and card are restored, the question reopens. */
	async undo(): Promise<void> {
		const last = this.lastAnswer;
		if (!last || this.saving || !['feedback', 'asking', 'done'].includes(this.phase)) return;
		this.saving = true;
		try {
			const { undoAnswer } = await answerStore();
			await undoAnswer(this.#db, last.rowId);
			this.#upcoming = null;
			if (last.requeuedAt !== null) this.queue = this.queue.filter((_, i) => i !== last.requeuedAt);
			this.answered = this.answered.slice(0, -1);
			this.question = last.question;
			this.phase = 'asking';
			this.error = null;
			this.#shownAt = this.#clock();
		} catch (error) {
			this.error = `That answer could not be undone: ${describeFailureReason(error)}.`;
		} finally {
			this.saving = false;
		}
	}

	/** "I typed it right — count it": the last (wrong, typed) answer becomes a right one. */
	async countAsRight(): Promise<void> {
		const last = this.lastAnswer;
		if (!last || last.judgement.correct || this.phase !== 'feedback' || this.saving || !this.#settings) return;
		this.saving = true;
		try {
			const { correctToRight } = await answerStore();
			const row = await correctToRight(this.#db, last.rowId, this.#settings);
			if (last.requeuedAt !== null) this.queue = this.queue.filter((_, i) => i !== last.requeuedAt);
			const judgement = { ...last.judgement, correct: true, note: 'Counted as right, as you asked.' };
			this.answered = [...this.answered.slice(0, -1), { ...last, judgement, after: row.after, requeuedAt: null }];
			this.#prepareUpcoming();
		} catch (error) {
			this.error = `That answer could not be changed: ${describeFailureReason(error)}.`;
		} finally {
			this.saving = false;
		}
	}

	async next(): Promise<void> {
		if (this.phase !== 'feedback') return;
		// An answer of this session is saved: a session row refused so far is tried again.
		const stored = this.#storeSessionRow();
		if (this.position >= this.total) {
			this.phase = 'done';
			this.question = null;
			if (await stored) await finishSession(this.#db, this.sessionId, this.#clock()).catch(() => undefined);
			return;
		}
		await this.#ask();
	}

	/**
	 * Writes the session row (when the session started, and its day) unless it is stored
	 * already; resolves to whether it is stored, and never fails. The row is bookkeeping, not
	 * progress: the answers are saved on their own, and only finished sessions count (as streak
	 * days). So a row the disk has no room for does not stop the quiz: it is tried again each
	 * time the learner moves on from a saved answer, and at the summary, with the session's own
	 * start and day: a refused row is stored only once the session has a saved answer, and never
	 * as anything but what happened.
	 */
	#storeSessionRow(): Promise<boolean> {
		const started = this.#started;
		if (!started) return Promise.resolve(false);
		this.#sessionRow = this.#sessionRow.then(
			(stored) =>
				stored ||
				startSession(this.#db, this.sessionId, started.at, started.day).then(
					() => true,
					() => false
				)
		);
		return this.#sessionRow;
	}

	async #ask(): Promise<void> {
		const position = this.position;
		const factId = this.queue[position];
		const upcoming = this.#upcoming;
		this.#upcoming = null;
		try {
			const ready = upcoming?.position === position && upcoming.factId === factId;
			this.question = await (ready ? upcoming.question : this.#build(factId));
		} catch (error) {
			this.#fail('The next question could not be loaded', error);
			return;
		}
		this.phase = 'asking';
		this.#shownAt = this.#clock();
	}

	/** Starts building the question that comes after the one just answered. */
	#prepareUpcoming(): void {
		// Undone or moved on meanwhile: the question after this one is no longer next.
		if (this.phase !== 'feedback') return;
		const position = this.position;
		const factId = this.queue[position];
		if (factId === undefined) {
			this.#upcoming = null;
			return;
		}
		const question = this.#build(factId);
		// A failure is reported when the question is asked for, not here.
		question.catch(() => undefined);
		this.#upcoming = { position, factId, question };
	}

	/** Reads what a fact's question depends on and generates it. */
	async #build(factId: string | undefined): Promise<Question> {
		const fact = factId ? factById(factId) : undefined;
		if (!fact) throw new Error(`Unknown fact ${factId}`);
		const [stored, storedLast] = await Promise.all([this.#db.cards.get(fact.id), loadLastReview(this.#db, fact.id)]);
		const [card, last] = [validCard(stored), validReview(storedLast)];
		// Seeded by session, fact and review count: a fresh form on every review.
		const rng = createRng(seedFrom(this.sessionId, fact.id, card?.reps ?? 0));
		return generate(fact, DATASET, rng, this.#drill ?? undefined, {
			phase: card?.phase ?? 'new',
			stabilityDays: card?.stability ?? 0,
			lastCorrect: last?.correct ?? null,
			lastKind: last && last.kind !== 'reset' ? last.kind : null
		});
	}

	#day(now: number): string {
		return studyDay(now, { timeZone: localTimeZone(), dayStartHour: this.#settings?.dayStartHour ?? 4 });
	}

	#fail(message: string, error: unknown): void {
		this.error = `${message}: ${describeFailureReason(error)}.`;
		this.phase = 'error';
	}
}
