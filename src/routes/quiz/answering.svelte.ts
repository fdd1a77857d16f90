import { beforeNavigate, goto } from '$app/navigation';
import type { QuizSession } from '$lib/state/quiz-session.svelte';

type VerdictModule = typeof import('$lib/components/verdict');

/** Runs `run` when the browser is idle (within a second), or in a later task where it has no idle callbacks. */
function whenIdle(run: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1_000 });
	else setTimeout(run, 0);
}

/**
 * The verdict's components, and what answering needs (the scheduler, the answer store), are
 * not part of the quiz page: they load in idle time once the first question is on screen
 * (`prefetch`), so the first answer of a session waits for neither. An answer given before
 * they land waits for them (`ready`).
 */
export class Answering {
	#verdict = $state.raw<VerdictModule>();
	#loading: Promise<unknown> | undefined;
	#prefetched = false;
	#session: QuizSession;

	constructor(session: QuizSession) {
		this.#session = session;
		$effect(() => {
			if (this.#session.phase !== 'asking' || this.#prefetched) return;
			this.#prefetched = true;
			whenIdle(() => {
				this.#session.prefetch();
				this.#load().catch(() => undefined);
			});
		});
	}

	/** The verdict's components, once loaded. */
	get verdict(): VerdictModule | undefined {
		return this.#verdict;
	}

	/** Resolves once the verdict's components are loaded (at once, in the same task, when they are). */
	async ready(): Promise<void> {
		if (!this.#verdict) await this.#load();
	}

	#load(): Promise<unknown> {
		this.#loading ??= import('$lib/components/verdict').then(
			({ AnswerFeedback, FeedbackActions }) => (this.#verdict = { AnswerFeedback, FeedbackActions }),
			(error: unknown) => {
				this.#loading = undefined;
				throw error;
			}
		);
		return this.#loading;
	}
}

/**
 * Leaving the quiz (✕, "Why is this due?", the back button) while the answer on screen is
 * saving waits for the save, as Next does: the learner leaves once it is saved, and a failed
 * save keeps them here, told so, with the question open. (Closing the tab cannot wait.)
 * Called while the page initialises.
 */
export function leaveOnlyOnceSaved(session: QuizSession): void {
	let leaving = false;
	beforeNavigate((navigation) => {
		if (!session.answerSaving || navigation.willUnload || !navigation.to) return;
		navigation.cancel();
		if (leaving) return;
		leaving = true;
		const { to, type, delta } = navigation;
		void session.settled().then((saved) => {
			leaving = false;
			if (!saved) return;
			if (type === 'popstate') history.go(delta ?? 0);
			else void goto(to.url);
		});
	});
}
