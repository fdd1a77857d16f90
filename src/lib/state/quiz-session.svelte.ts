import { DATASET, factById } from '../content';
import {
	finishSession,
	loadLastReview,
	loadSettings,
	loadToday,
	recordAnswer,
	startSession,
	type Settings,
	type StrideDatabase
} from '../db';
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
import { describeSaveFailure } from '../db/errors';
import { studyDay, type CardState } from '../srs';
import { localTimeZone, requestPersistentStorage, withReconnect } from './database';

export interface AnsweredItem {
	question: Question;
	judgement: Judgement;
	/** The card after this answer: what comes next for the fact. */
	after: CardState;
}

type Phase = 'loading' | 'asking' | 'feedback' | 'done' | 'empty' | 'error';

/**
 * One quiz session: today's queue, one question at a time, each answer saved before the
 * feedback shows. Time comes from the `clock` passed in, so tests can fix it.
 */
export class QuizSession {
	phase = $state<Phase>('loading');
	error = $state<string | null>(null);
	question = $state<Question | null>(null);
	/** The response given to the current question, once answered. */
	response = $state<Response | null>(null);
	answered = $state<AnsweredItem[]>([]);
	queue = $state<string[]>([]);
	/** True while an answer is being written, so a double press can't answer twice. */
	saving = $state(false);

	readonly sessionId = crypto.randomUUID();
	#settings: Settings | null = null;
	#shownAt = 0;
	#db: StrideDatabase;
	#clock: () => number;
	#drill: QuestionKind | null;

	/**
	 * @param drill a question kind to practise: the session then holds only today's facts that
	 *   can be asked that way, each asked that way.
	 */
	constructor(db: StrideDatabase, options: { clock?: () => number; drill?: QuestionKind | null } = {}) {
		this.#db = db;
		this.#clock = options.clock ?? Date.now;
		this.#drill = options.drill ?? null;
	}

	get position(): number {
		return this.answered.length;
	}

	get total(): number {
		return this.queue.length;
	}

	get lastAnswer(): AnsweredItem | undefined {
		return this.answered.at(-1);
	}

	async start(): Promise<void> {
		try {
			this.#settings = await loadSettings(this.#db);
			const now = this.#clock();
			const day = this.#day(now);
			const drill = this.#drill;
			const today = await loadToday(this.#db, now, day, this.#settings, (fact) =>
				drill ? kindsFor(fact, DATASET).includes(drill) : true
			);
			this.queue = today.queue;
			if (this.queue.length === 0) {
				this.phase = 'empty';
				return;
			}
			await startSession(this.#db, this.sessionId, now, day);
			await this.#ask(0);
		} catch (error) {
			this.#fail('Your progress could not be loaded', error);
		}
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
					now,
					this.#day(now),
					settings
				)
			);
			this.error = null;
			this.response = response;
			this.answered = [...this.answered, { question, judgement, after: row.after }];
			this.phase = 'feedback';
			if (this.answered.length === 1) requestPersistentStorage();
		} catch (error) {
			// The question stays open: the learner can try again, and nothing half-saved remains.
			this.error = describeSaveFailure(error);
		} finally {
			this.saving = false;
		}
	}

	async next(): Promise<void> {
		if (this.phase !== 'feedback') return;
		if (this.position >= this.total) {
			this.phase = 'done';
			this.question = null;
			await finishSession(this.#db, this.sessionId, this.#clock()).catch(() => undefined);
			return;
		}
		await this.#ask(this.position);
	}

	async #ask(index: number): Promise<void> {
		const factId = this.queue[index];
		const fact = factId ? factById(factId) : undefined;
		if (!fact) {
			this.#fail('A question could not be built', new Error(`Unknown fact ${factId}`));
			return;
		}
		let card: CardState | undefined;
		let last: Awaited<ReturnType<typeof loadLastReview>>;
		try {
			[card, last] = await Promise.all([this.#db.cards.get(fact.id), loadLastReview(this.#db, fact.id)]);
		} catch (error) {
			this.#fail('The next question could not be loaded', error);
			return;
		}
		// Seeded by session, fact and review count: a fresh form on every review.
		const rng = createRng(seedFrom(this.sessionId, fact.id, card?.reps ?? 0));
		this.question = generate(fact, DATASET, rng, this.#drill ?? undefined, {
			phase: card?.phase ?? 'new',
			stabilityDays: card?.stability ?? 0,
			lastCorrect: last?.correct ?? null,
			lastKind: last?.kind ?? null
		});
		this.response = null;
		this.phase = 'asking';
		this.#shownAt = this.#clock();
	}

	#day(now: number): string {
		return studyDay(now, {
			timeZone: localTimeZone(),
			dayStartHour: this.#settings?.dayStartHour ?? 4
		});
	}

	#fail(message: string, error: unknown): void {
		this.error = `${message}: ${describe(error)}`;
		this.phase = 'error';
	}
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
