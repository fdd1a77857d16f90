import { tick } from 'svelte';
import { DATASET, factById, isCurrentFact } from '../content';
import type { StrideDatabase } from '../db/database';
import { describeFailure, describeSaveFailure } from '../db/errors';
import { loadFactProgress, loadMissed, missedToPractise } from '../db/review-log';
import { finishSession, startSession } from '../db/sessions';
import { loadSettings, type Settings } from '../db/settings';
import { loadToday } from '../db/today';
import {
	grade,
	kindsFor,
	reviewQuestion,
	type Judgement,
	type Question,
	type QuestionKind,
	type Response
} from '../quiz';
import type { PracticeFocus } from '../quiz/extra-practice';
import type { SessionSummaryData } from '../quiz/session-summary';
import {
	afterAnswer,
	afterCountAsRight,
	afterUndo,
	askedAgain,
	currentFact,
	dueWithinLearnAhead,
	missedPracticeQueue,
	position,
	sessionQueue,
	total,
	type SessionQueue
} from '../quiz/session-queue';
import { studyDay, type CardState } from '../srs';
import type { SessionKind } from '../srs/streaks';
import { localTimeZone, requestPersistentStorage, withReconnect } from './connection';

export interface AnsweredItem {
	question: Question;
	response: Response;
	judgement: Judgement;
	/** The review-log row, so the answer can be undone or corrected. */
	rowId: string;
	/** The card before and after this answer: what comes next for the fact. */
	before: CardState;
	after: CardState;
}

type Phase = 'loading' | 'asking' | 'feedback' | 'done' | 'empty' | 'error';

/** A question ready to show, and whether its fact is taught first. */
interface Prepared {
	question: Question;
	teach: boolean;
}

export type SessionSource =
	/** Today's queue; `drill` limits it to facts askable as one kind, each asked that way. */
	| { kind: 'today'; drill: QuestionKind | null }
	/** Practice of recently missed facts, each until answered right once. */
	| { kind: 'missed' }
	/** Extra practice after the day's quiz (see extraPracticeQueue); its answers are real reviews. */
	| { kind: 'extra'; focus: PracticeFocus };

/**
 * The scheduler (ts-fsrs) and the answer transactions load with the first answer, so the
 * first question shows without them (they are a fifth of the quiz page's JavaScript). Once
 * loaded, the module itself is returned, not a new `import()`: awaiting that again costs a
 * task, often a whole frame, on every answer.
 */
type AnswerStore = typeof import('../db/answers');
let answerModule: AnswerStore | undefined;
const answerStore = () => answerModule ?? import('../db/answers').then((module) => (answerModule = module));

/**
 * One quiz session: what is on screen, one question at a time, each answer saved before the
 * feedback shows. The order of the session (re-asking misses) is the SessionQueue's; this
 * class keeps the phase and screen state, which only its methods change. Time comes from the
 * `clock` passed in, so tests can fix it.
 */
export class QuizSession {
	#phase = $state<Phase>('loading');
	#error = $state<string | null>(null);
	#question = $state<Question | null>(null);
	#answered = $state<AnsweredItem[]>([]);
	#queue = $state.raw<SessionQueue>(sessionQueue([]));
	/** True while a change is being written, so a double press can't answer twice. */
	#saving = $state(false);
	/** Whether the session row is stamped finished: only then does the day count for the streak. */
	#finished = $state(false);
	/** While asking: the question's fact is new, and is taught first (see `#build`). */
	#teaching = $state(false);
	#summary = $state.raw<SessionSummaryData | null>(null);
	/** The streak's length with this session counted, read once the session is finished. */
	#streak = $state<number | null>(null);
	/** Counts the question screens shown (a new question, a taught one asked, an undone one reopened). */
	#screen = $state(0);

	readonly sessionId = crypto.randomUUID();
	readonly source: SessionSource;
	#settings: Settings | null = null;
	#shownAt = 0;
	/**
	 * The next question, built while the learner reads the feedback (its card and last answer
	 * read, its form generated), so Next shows it at once. Dropped when the queue changes.
	 */
	#upcoming: { position: number; factId: string; prepared: Promise<Prepared> } | null = null;
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

	get phase(): Phase {
		return this.#phase;
	}

	/** What went wrong with the last read or write, in the learner's words; null once one works. */
	get error(): string | null {
		return this.#error;
	}

	get question(): Question | null {
		return this.#question;
	}

	get answered(): readonly AnsweredItem[] {
		return this.#answered;
	}

	get saving(): boolean {
		return this.#saving;
	}

	/** How many questions have been answered in this session. */
	get position(): number {
		return position(this.#queue);
	}

	get total(): number {
		return total(this.#queue);
	}

	/** The question's fact is never seen: it is taught before the question shows. */
	get teaching(): boolean {
		return this.#phase === 'asking' && this.#teaching;
	}

	/** How many of the session's questions are facts asked again (a miss, or a learning step due soon). */
	get askedAgain(): number {
		return askedAgain(this.#queue);
	}

	/** The session's numbers, at the summary. */
	get summary(): SessionSummaryData | null {
		return this.#summary;
	}

	/** The streak with this session counted (days), once the session is finished. */
	get streak(): number | null {
		return this.#streak;
	}

	/**
	 * Changes each time a question screen replaces what was on screen, and not when it is
	 * answered: the page starts each screen afresh (focus on its heading) by it.
	 */
	get screen(): number {
		return this.#screen;
	}

	get lastAnswer(): AnsweredItem | undefined {
		return this.#answered.at(-1);
	}

	/** The response to the question on screen, once answered. */
	get response(): Response | null {
		return this.#phase === 'feedback' ? (this.lastAnswer?.response ?? null) : null;
	}

	/** At the summary, when stamping the session finished failed: `finish()` tries again. */
	get unfinished(): boolean {
		return this.#phase === 'done' && !this.#finished && !this.#saving;
	}

	/** The one question style every fact is asked in: a drill's, or a practice of one style's. */
	get #drill(): QuestionKind | null {
		if (this.source.kind === 'today') return this.source.drill;
		return this.source.kind === 'extra' && this.source.focus.by === 'kind' ? this.source.focus.kind : null;
	}

	/** What the stored session row says this was: a drill counts for the streak only at the day's goal. */
	get #sessionKind(): SessionKind {
		if (this.source.kind === 'missed' || this.source.kind === 'extra') return this.source.kind;
		return this.#drill ? 'drill' : 'today';
	}

	async start(): Promise<void> {
		try {
			this.#settings = await loadSettings(this.#db);
			const now = this.#clock();
			this.#queue = await this.#loadQueue(now);
			if (this.total === 0) {
				this.#phase = 'empty';
				return;
			}
			this.#started = { at: now, day: this.#day(now) };
			// The session row is written while the first question is read: one wait, not two.
			await Promise.all([this.#tryStoringSessionRow(), this.#ask()]);
		} catch (error) {
			this.#fail('load-progress', error);
		}
	}

	async #loadQueue(now: number): Promise<SessionQueue> {
		if (this.source.kind === 'missed') {
			const missed = await loadMissed(this.#db, now, isCurrentFact);
			return missedPracticeQueue(missedToPractise(missed));
		}
		if (this.source.kind === 'extra') {
			// Loaded only for a practice: the daily quiz's first visit stays within its budget.
			const [{ extraPracticeQueue }, cards] = await Promise.all([import('../quiz/extra-practice'), this.#readCards()]);
			return sessionQueue(extraPracticeQueue({ dataset: DATASET, cards, now, focus: this.source.focus }));
		}
		const drill = this.#drill;
		const today = await loadToday(this.#db, DATASET.facts, now, localTimeZone(), this.#settings!, (ref) => {
			const fact = factById(ref.id);
			return drill ? fact !== undefined && kindsFor(fact, DATASET).includes(drill) : true;
		});
		return sessionQueue(today.queue);
	}

	async answer(response: Response): Promise<void> {
		const question = this.#question;
		const settings = this.#settings;
		if (this.#phase !== 'asking' || this.#saving || !question || !settings) return;
		const now = this.#clock();
		const judgement = grade(question, response);
		// One id per answer: if the connection drops and the save is retried, it is saved once.
		const answerId = crypto.randomUUID();
		const answer = {
			id: answerId,
			factId: question.factId,
			correct: judgement.correct,
			answerMs: Math.max(0, now - this.#shownAt),
			kind: question.kind,
			given: judgement.given,
			sessionId: this.sessionId
		};
		// A failure leaves the question open: the learner can try again, and nothing half-saved remains.
		await this.#save(
			// Dated inside the save's transaction, never before the fact's previous answer.
			({ recordAnswer }) => recordAnswer(this.#db, answer, this.#clock, (at) => this.#day(at), settings),
			describeSaveFailure,
			(row) => {
				this.#queue = afterAnswer(this.#queue, judgement.correct, this.#stepSoon(row.after));
				this.#answered = [
					...this.#answered,
					{ question, response, judgement, rowId: row.id, before: row.before, after: row.after }
				];
				this.#phase = 'feedback';
				// Once the verdict is on screen, not before: preparing costs the answer nothing.
				void tick().then(() => this.#prepareUpcoming());
				if (this.#answered.length === 1) requestPersistentStorage();
			}
		);
	}

	/** Takes back the last answer: the log row and card are restored, the question reopens. */
	async undo(): Promise<void> {
		const last = this.lastAnswer;
		if (!last || this.#saving || !['feedback', 'asking', 'done'].includes(this.#phase)) return;
		await this.#save(
			({ undoAnswer }) => undoAnswer(this.#db, last.rowId),
			(error) => describeFailure('undo', error),
			() => {
				this.#upcoming = null;
				this.#queue = afterUndo(this.#queue);
				this.#answered = this.#answered.slice(0, -1);
				this.#question = last.question;
				this.#teaching = false;
				this.#summary = null;
				this.#phase = 'asking';
				this.#screen++;
				this.#shownAt = this.#clock();
			}
		);
	}

	/** "I typed it right — count it": the last (wrong, typed) answer becomes a right one. */
	async countAsRight(): Promise<void> {
		const last = this.lastAnswer;
		const settings = this.#settings;
		if (!last || last.judgement.correct || this.#phase !== 'feedback' || this.#saving || !settings) return;
		await this.#save(
			({ correctToRight }) => correctToRight(this.#db, last.rowId, settings),
			(error) => describeFailure('count-as-right', error),
			(row) => {
				this.#queue = afterCountAsRight(this.#queue, this.#stepSoon(row.after));
				const judgement = { ...last.judgement, correct: true, note: 'Counted as right, as you asked.' };
				this.#answered = [...this.#answered.slice(0, -1), { ...last, judgement, after: row.after }];
				this.#prepareUpcoming();
			}
		);
	}

	async next(): Promise<void> {
		if (this.#phase !== 'feedback') return;
		if (currentFact(this.#queue) === undefined) {
			this.#phase = 'done';
			this.#question = null;
			await this.finish();
			await this.#summarize();
			return;
		}
		// An answer of this session is saved: a session row refused so far is tried again.
		void this.#tryStoringSessionRow();
		await this.#ask();
	}

	/**
	 * Stamps the session finished at the summary, storing its row first if it was refused so
	 * far: a finished session is what counts as a streak day, so a failure here is told, and
	 * this is what its "Try again" calls.
	 */
	async finish(): Promise<void> {
		if (this.#phase !== 'done' || this.#saving) return;
		this.#finished = false;
		await this.#save(
			async () => {
				await this.#storeSessionRow();
				await finishSession(this.#db, this.sessionId, this.#clock());
				return this.#readStreak();
			},
			(error) => describeFailure('finish-session', error),
			(streak) => {
				this.#finished = true;
				this.#streak = streak;
			}
		);
	}

	/** The teaching card read: its question shows now, and its answer time starts. */
	startQuestion(): void {
		if (!this.teaching) return;
		this.#teaching = false;
		this.#screen++;
		this.#shownAt = this.#clock();
	}

	/**
	 * Whether a card's next learning step is due within the learn-ahead window, so it is asked
	 * again this session. Only in the day's quiz (and its drills): that is what "All done for
	 * today" speaks for. A practice asks each fact until answered right once, and the steps it
	 * leaves come back in the day's quiz.
	 */
	#stepSoon(card: CardState): boolean {
		if (this.source.kind !== 'today') return false;
		return dueWithinLearnAhead(card, this.#clock(), this.#settings!.learnAheadMinutes);
	}

	/** The summary's numbers, from this session's answers and every card as it is now. */
	async #summarize(): Promise<void> {
		let cards: ReadonlyMap<string, CardState>;
		let summarizeSession: typeof import('../quiz/session-summary').summarizeSession;
		try {
			[cards, { summarizeSession }] = await Promise.all([this.#readCards(), import('../quiz/session-summary')]);
		} catch (error) {
			this.#error = describeFailure('load-progress', error);
			return;
		}
		this.#summary = summarizeSession({
			answers: this.#answered.map((item) => ({
				factId: item.question.factId,
				correct: item.judgement.correct,
				prompt: item.question.prompt,
				given: item.judgement.given,
				correctAnswer: item.judgement.correctAnswer,
				before: item.before,
				after: item.after
			})),
			cards,
			facts: DATASET.facts,
			startedAt: this.#started!.at,
			now: this.#clock(),
			day: this.#daySettings()
		});
	}

	/** The current streak, with this session counted once it is finished. */
	async #readStreak(): Promise<number> {
		const today = this.#day(this.#clock());
		const settings = this.#settings!;
		const [{ loadHistoryData }, { dailyGoal, streaksOfHistory }] = await Promise.all([
			import('../db/progress'),
			import('../srs/streaks')
		]);
		const { days, finishedTodayDays } = await loadHistoryData(this.#db, today);
		return streaksOfHistory({
			days,
			finishedTodayDays,
			goal: dailyGoal(settings),
			restDays: settings.restDays,
			today
		}).current;
	}

	/**
	 * Runs one write of the learner's (an answer, an undo, a correction, finishing), the only
	 * way this class writes: one at a time (`saving`), the connection reopened if the browser
	 * closed it (so each write must be safe to run twice), and a failure described in the
	 * learner's words. `saved` applies the result on screen; on a failure nothing changes.
	 */
	async #save<T>(
		write: (answers: AnswerStore) => Promise<T>,
		describe: (error: unknown) => string,
		saved: (result: T) => void
	): Promise<void> {
		this.#saving = true;
		let result: T;
		try {
			const answers = await answerStore();
			result = await withReconnect(this.#db, () => write(answers));
		} catch (error) {
			this.#error = describe(error);
			return;
		} finally {
			this.#saving = false;
		}
		this.#error = null;
		saved(result);
	}

	/**
	 * The session row is bookkeeping, not progress: the answers are saved on their own, and only
	 * finished sessions count (as streak days). So a row the disk has no room for does not stop
	 * the quiz: it is tried again each time the learner moves on from a saved answer, and at the
	 * summary (finish), with the session's own start and day: a refused row is stored only once
	 * the session has a saved answer, and never as anything but what happened.
	 */
	#tryStoringSessionRow(): Promise<void> {
		return this.#storeSessionRow().catch(() => undefined);
	}

	/** Writes the session row unless it is stored already; rejects with why it was refused. */
	#storeSessionRow(): Promise<void> {
		const started = this.#started!;
		const attempt = this.#sessionRow.then(async (stored) => {
			if (!stored) await startSession(this.#db, this.sessionId, started.at, started.day, this.#sessionKind);
		});
		this.#sessionRow = attempt.then(
			() => true,
			() => false
		);
		return attempt;
	}

	async #ask(): Promise<void> {
		const position = this.position;
		const factId = currentFact(this.#queue);
		const upcoming = this.#upcoming;
		this.#upcoming = null;
		try {
			const ready = upcoming?.position === position && upcoming.factId === factId;
			const { question, teach } = await (ready ? upcoming.prepared : this.#build(factId));
			this.#question = question;
			this.#teaching = teach;
			this.#phase = 'asking';
			this.#screen++;
		} catch (error) {
			this.#fail('load-question', error);
			return;
		}
		this.#shownAt = this.#clock();
	}

	/** Starts building the question that comes after the one just answered. */
	#prepareUpcoming(): void {
		// Undone or moved on meanwhile: the question after this one is no longer next.
		if (this.#phase !== 'feedback') return;
		const position = this.position;
		const factId = currentFact(this.#queue);
		if (factId === undefined) {
			this.#upcoming = null;
			return;
		}
		const prepared = this.#build(factId);
		// A failure is reported when the question is asked for, not here.
		prepared.catch(() => undefined);
		this.#upcoming = { position, factId, prepared };
	}

	/** Every card of a fact the dataset teaches, by fact (the progress page's read, loaded when needed). */
	async #readCards(): Promise<ReadonlyMap<string, CardState>> {
		const { loadMasteryData } = await import('../db/progress');
		const { cards } = await loadMasteryData(this.#db, isCurrentFact);
		return new Map(cards.map((card) => [card.factId, card]));
	}

	/**
	 * Reads what a fact's question depends on and generates it. A fact never seen (no card
	 * beyond 'new', nothing in its log) is taught before it is asked. Teach first, not ask
	 * first: the testing effect helps a memory that exists, but a novice asked cold about a
	 * muscle fact can only guess, and a wrong guess, then corrected, is remembered beside the
	 * right answer (errorless learning); Duolingo, too, shows a new word before testing it.
	 * The question follows at once, so the first retrieval still happens in this session.
	 */
	async #build(factId: string | undefined): Promise<Prepared> {
		const fact = factId ? factById(factId) : undefined;
		if (!fact) throw new Error(`Unknown fact ${factId}`);
		const { card, last } = await loadFactProgress(this.#db, fact.id, 'entry');
		const question = reviewQuestion(fact, DATASET, { sessionId: this.sessionId, card, last, drill: this.#drill });
		return { question, teach: (card?.phase ?? 'new') === 'new' && last === undefined };
	}

	#daySettings() {
		return { timeZone: localTimeZone(), dayStartHour: this.#settings?.dayStartHour ?? 4 };
	}

	#day(now: number): string {
		return studyDay(now, this.#daySettings());
	}

	#fail(action: 'load-progress' | 'load-question', error: unknown): void {
		this.#error = describeFailure(action, error);
		this.#phase = 'error';
	}
}
