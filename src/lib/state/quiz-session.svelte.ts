import { decayOf } from '../srs/memory-model/parameters';
import { tick } from 'svelte';
import { DATASET, factById, isCurrentFact } from '../content';
import type { StrideDatabase } from '../db/database';
import { describeFailure, describeSaveFailure } from '../db/errors';
import { loadFactProgress, loadMissed, missedToPractise } from '../db/review-log';
import { finishSession, startSession } from '../db/sessions';
import { loadSettings, type Settings } from '../db/settings';
import { loadSettingsAndToday } from '../db/quiz-start';
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
import { sameCardState, studyDay, type CardState } from '../srs';
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

/** What a fact's question was built from: its card and latest log entry, as read (see loadFactProgress). */
type FactProgress = Awaited<ReturnType<typeof loadFactProgress>>;

/**
 * A question ready to show, whether its fact is taught first, and the progress it was built
 * from, which its answer is planned from (the verdict shows before the save).
 */
interface Prepared {
	question: Question;
	teach: boolean;
	progress: FactProgress;
}

export type SessionSource =
	/** Today's queue; `drill` limits it to facts askable as one kind, each asked that way. */
	| { kind: 'today'; drill: QuestionKind | null }
	/** Practice of recently missed facts, each until answered right once. */
	| { kind: 'missed' }
	/** Extra practice after the day's quiz (see extraPracticeQueue); its answers are real reviews. */
	| { kind: 'extra'; focus: PracticeFocus };

/**
 * The scheduler (ts-fsrs) and the answer transactions load after the first question shows
 * (prefetched in idle time, see `prefetch`), so it shows without them (they are a fifth of the
 * quiz page's JavaScript). Once loaded, the module itself is used, not a new `import()`:
 * awaiting that again costs a task, often a whole frame, on every answer.
 */
type AnswerStore = typeof import('../db/answers');
let answerModule: AnswerStore | undefined;
let answerLoad: Promise<AnswerStore> | undefined;
function answerStore(): Promise<AnswerStore> {
	answerLoad ??= import('../db/answers').then(
		(module) => (answerModule = module),
		(error: unknown) => {
			// Offline before the chunk was cached, say: the next answer tries again.
			answerLoad = undefined;
			throw error;
		}
	);
	return answerLoad;
}

/**
 * One quiz session: what is on screen, one question at a time. An answer's verdict shows at
 * once, planned from the progress read with the question; its save follows, and the learner
 * cannot move on (Next, Undo, the correction, the summary) until it is saved: a failed save
 * withdraws the verdict, says so and reopens the question. The order of the session
 * (re-asking misses) is the SessionQueue's; this class keeps the phase and screen state, which
 * only its methods change. Time comes from the `clock` passed in, so tests can fix it.
 */
export class QuizSession {
	#phase = $state<Phase>('loading');
	#error = $state<string | null>(null);
	#question = $state<Question | null>(null);
	#answered = $state<AnsweredItem[]>([]);
	#queue = $state.raw<SessionQueue>(sessionQueue([]));
	/** True while a change is being written, so a double press can't answer twice. */
	#saving = $state(false);
	/**
	 * The save of the answer on screen while it is under way: true once saved, false when it
	 * failed (the verdict withdrawn). Moving on waits for it.
	 */
	#pending: Promise<boolean> | null = null;
	/** Counts the presses (Next, Undo, the correction) made while an answer was saving: the latest acts. */
	#presses = 0;
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
	/** The card and latest entry the question on screen was built from: its answer is planned from them. */
	#progress: FactProgress | null = null;
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

	/** A write is under way: the answer on screen is being saved, or an undo, a correction, finishing. */
	get saving(): boolean {
		return this.#saving;
	}

	/** The answer on screen is being saved (not reactive: for event handlers, e.g. leaving the page). */
	get answerSaving(): boolean {
		return this.#pending !== null;
	}

	/**
	 * Resolves once the answer on screen is saved (true) or its save failed (false, the
	 * question reopened); at once (true) when no answer is being saved.
	 */
	settled(): Promise<boolean> {
		return this.#pending ?? Promise.resolve(true);
	}

	/**
	 * Loads what answering needs (the scheduler and the answer transactions) ahead of the first
	 * answer: the page calls it in idle time once the first question shows. An answer given
	 * before it lands waits for it.
	 */
	prefetch(): void {
		answerStore().catch(() => undefined);
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

	/** The session's queue, and the settings with it: each read is sent at once, none waits for another. */
	async #loadQueue(now: number): Promise<SessionQueue> {
		if (this.source.kind === 'missed') {
			const [settings, missed] = await Promise.all([loadSettings(this.#db), loadMissed(this.#db, now, isCurrentFact)]);
			this.#settings = settings;
			return missedPracticeQueue(missedToPractise(missed));
		}
		if (this.source.kind === 'extra') {
			const focus = this.source.focus;
			// Loaded only for a practice: the daily quiz's first visit stays within its budget.
			const [settings, { extraPracticeQueue }, cards] = await Promise.all([
				loadSettings(this.#db),
				import('../quiz/extra-practice'),
				this.#readCards()
			]);
			this.#settings = settings;
			return sessionQueue(extraPracticeQueue({ dataset: DATASET, cards, now, focus }));
		}
		const drill = this.#drill;
		// The settings and today's plan in one transaction (the day's answers depend on its day start).
		const { settings, today } = await loadSettingsAndToday(this.#db, DATASET.facts, now, localTimeZone(), (ref) => {
			const fact = factById(ref.id);
			return drill ? fact !== undefined && kindsFor(fact, DATASET).includes(drill) : true;
		});
		this.#settings = settings;
		return sessionQueue(today.queue);
	}

	/**
	 * Answers the question on screen: the verdict, the card's next state and the queue change
	 * at once, in this task (planned from the progress the question was built from), then the
	 * answer is saved in one transaction that schedules it from what is stored then. Resolves
	 * once the save has settled. A failed save withdraws all of it: the question reopens, with
	 * what went wrong, and the queue and answers are as they were.
	 */
	async answer(response: Response): Promise<void> {
		const question = this.#question;
		const settings = this.#settings;
		const progress = this.#progress;
		if (this.#phase !== 'asking' || this.#saving || !question || !settings || !progress) return;
		const now = this.#clock();
		const judgement = grade(question, response);
		this.#saving = true;
		let answers: AnswerStore;
		try {
			// Loaded by now (prefetch), unless the learner answered before it landed.
			answers = answerModule ?? (await answerStore());
		} catch (error) {
			this.#saving = false;
			this.#error = describeSaveFailure(error);
			return;
		}
		const day = (at: number) => this.#day(at);
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
		let plan: ReturnType<AnswerStore['planAnswer']>;
		try {
			plan = answers.planAnswer({
				factId: question.factId,
				correct: judgement.correct,
				stored: progress.card,
				previous: progress.last,
				time: now,
				day,
				settings
			});
		} catch (error) {
			this.#saving = false;
			this.#error = describeSaveFailure(error);
			return;
		}
		const was = { queue: this.#queue, answered: this.#answered };
		const item: AnsweredItem = {
			question,
			response,
			judgement,
			rowId: answerId,
			before: plan.before,
			after: plan.after
		};
		this.#queue = afterAnswer(was.queue, judgement.correct, this.#stepSoon(plan.after));
		this.#answered = [...was.answered, item];
		this.#phase = 'feedback';
		this.#error = null;

		const save = withReconnect(this.#db, () =>
			// The time the learner answered, unless another tab answered the fact meanwhile:
			// then dated inside the transaction, never before that answer.
			answers.recordAnswer(this.#db, answer, this.#clock, day, settings, {
				device: now,
				previousId: progress.last?.id
			})
		);
		// Settled once the session shows the outcome, so what waits for it sees that outcome.
		let settle!: (saved: boolean) => void;
		this.#pending = new Promise((resolve) => (settle = resolve));
		let row: Awaited<typeof save>;
		try {
			row = await save;
		} catch (error) {
			// Nothing was recorded: the verdict is withdrawn and the question asked again, afresh.
			this.#queue = was.queue;
			this.#answered = was.answered;
			this.#phase = 'asking';
			this.#screen++;
			this.#error = describeSaveFailure(error);
			this.#pending = null;
			this.#saving = false;
			settle(false);
			return;
		}
		if (!sameCardState(row.before, plan.before) || !sameCardState(row.after, plan.after)) {
			// Scheduled from what was stored (another tab answered this fact since it was read):
			// the verdict stands; what comes next for the fact is what was written.
			this.#queue = afterAnswer(was.queue, judgement.correct, this.#stepSoon(row.after));
			this.#answered = [...was.answered, { ...item, rowId: row.id, before: row.before, after: row.after }];
		}
		this.#progress = null;
		this.#pending = null;
		this.#saving = false;
		settle(true);
		// Once saved, not before: the next question may be this fact again, read as it is now.
		void tick().then(() => this.#prepareUpcoming());
		if (this.#answered.length === 1) requestPersistentStorage();
	}

	/** Takes back the last answer: the log row and card are restored, the question reopens. */
	async undo(): Promise<void> {
		// The answer on screen is saved first: undoing it then takes it back.
		if (!(await this.#afterSave())) return;
		const last = this.lastAnswer;
		if (!last || this.#saving || !['feedback', 'asking', 'done'].includes(this.#phase)) return;
		await this.#save(
			({ undoAnswer }) => undoAnswer(this.#db, last.rowId),
			(error) => describeFailure('undo', error),
			(row) => {
				// The card as it was before; the entry before the undone one is not known here,
				// so the next answer is dated inside its transaction (see recordAnswer).
				this.#progress = { card: row.hadCard ? row.before : undefined, last: undefined };
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
		if (!(await this.#afterSave())) return;
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

	/**
	 * Moves on from the verdict. While the answer is still saving, the press waits for the
	 * save and then moves on (see #afterSave); if the save fails, the question stays open.
	 */
	async next(): Promise<void> {
		if (this.#phase !== 'feedback') return;
		if (!(await this.#afterSave()) || this.#phase !== 'feedback') return;
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
			day: this.#daySettings(),
			decay: decayOf(this.#settings?.memoryModel)
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
	 * Waits for the answer on screen to be saved, for a press of Next, Undo or the correction
	 * made meanwhile. True when the press should act: at once when nothing is saving; once
	 * saved, for the latest press made while it saved (a double press moves on once, and Next
	 * then Undo undoes); never when the save failed (the question is open again).
	 */
	async #afterSave(): Promise<boolean> {
		if (!this.#pending) return true;
		const press = ++this.#presses;
		const saved = await this.#pending;
		return saved && press === this.#presses;
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
			const { question, teach, progress } = await (ready ? upcoming.prepared : this.#build(factId));
			this.#question = question;
			this.#progress = progress;
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
		const progress = await loadFactProgress(this.#db, fact.id, 'entry');
		const { card, last } = progress;
		const question = reviewQuestion(fact, DATASET, { sessionId: this.sessionId, card, last, drill: this.#drill });
		return { question, teach: (card?.phase ?? 'new') === 'new' && last === undefined, progress };
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
