import { DATASET, factById } from '../content';
import { loadSettings, loadToday, recordAnswer, type Settings, type StrideDatabase } from '../db';
import { createRng, generate, seedFrom, type Question } from '../quiz';
import { studyDay, type CardState } from '../srs';
import { localTimeZone } from './database';

export interface AnsweredItem {
	question: Question;
	chosenIndex: number;
	correct: boolean;
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
	chosenIndex = $state<number | null>(null);
	answered = $state<AnsweredItem[]>([]);
	queue = $state<string[]>([]);
	/** True while an answer is being written, so a double press can't answer twice. */
	saving = $state(false);

	readonly sessionId = crypto.randomUUID();
	#settings: Settings | null = null;
	#shownAt = 0;
	#db: StrideDatabase;
	#clock: () => number;

	constructor(db: StrideDatabase, clock: () => number = Date.now) {
		this.#db = db;
		this.#clock = clock;
	}

	get position(): number {
		return this.answered.length;
	}

	get total(): number {
		return this.queue.length;
	}

	get score(): number {
		return this.answered.filter((item) => item.correct).length;
	}

	get lastAnswer(): AnsweredItem | undefined {
		return this.answered.at(-1);
	}

	async start(): Promise<void> {
		try {
			this.#settings = await loadSettings(this.#db);
			const now = this.#clock();
			const today = await loadToday(this.#db, now, this.#day(now), this.#settings);
			this.queue = today.queue;
			if (this.queue.length === 0) {
				this.phase = 'empty';
				return;
			}
			this.#ask(0);
		} catch (error) {
			this.#fail('Your progress could not be loaded', error);
		}
	}

	async answer(optionIndex: number): Promise<void> {
		const question = this.question;
		const settings = this.#settings;
		if (this.phase !== 'asking' || this.saving || !question || !settings) return;
		if (optionIndex < 0 || optionIndex >= question.options.length) return;
		this.saving = true;
		const now = this.#clock();
		const correct = optionIndex === question.correctIndex;
		try {
			const row = await recordAnswer(
				this.#db,
				{
					factId: question.factId,
					correct,
					answerMs: Math.max(0, now - this.#shownAt),
					kind: question.kind,
					given: question.options[optionIndex] ?? '',
					sessionId: this.sessionId
				},
				now,
				this.#day(now),
				settings
			);
			this.error = null;
			this.chosenIndex = optionIndex;
			this.answered = [...this.answered, { question, chosenIndex: optionIndex, correct, after: row.after }];
			this.phase = 'feedback';
		} catch (error) {
			// The question stays open: the learner can try again, and nothing half-saved remains.
			this.error = `Your answer could not be saved, so nothing was recorded (${describe(error)}). Try again.`;
		} finally {
			this.saving = false;
		}
	}

	next(): void {
		if (this.phase !== 'feedback') return;
		if (this.position >= this.total) {
			this.phase = 'done';
			this.question = null;
			return;
		}
		this.#ask(this.position);
	}

	#ask(index: number): void {
		const factId = this.queue[index];
		const fact = factId ? factById(factId) : undefined;
		if (!fact) {
			this.#fail('A question could not be built', new Error(`Unknown fact ${factId}`));
			return;
		}
		// A seed per session and fact: the same fact is worded afresh in every session.
		this.question = generate(fact, DATASET, createRng(seedFrom(this.sessionId, fact.id)));
		this.chosenIndex = null;
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
