import { optionResponse, type Response } from '$lib/quiz';
import type { QuizSession } from '$lib/state/quiz-session.svelte';

/**
 * The quiz's keyboard shortcuts: 1–9 choose an option, Enter moves on from the verdict (when
 * focus is not on a control of its own), Ctrl+Z or ⌘Z takes back the last answer. Keys typed
 * into a field are the field's.
 */
export function onQuizKeydown(
	session: QuizSession,
	event: KeyboardEvent,
	answer: (response: Response) => Promise<void>
): void {
	const target = event.target as HTMLElement | null;
	if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !target?.closest('input')) {
		event.preventDefault();
		session.undo();
		return;
	}
	if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
	if (target?.closest('input, textarea, select')) return;
	const question = session.phase === 'asking' && !session.teaching ? session.question : null;
	const response = question && /^[1-9]$/.test(event.key) ? optionResponse(question, Number(event.key) - 1) : null;
	if (response) {
		event.preventDefault();
		void answer(response);
	} else if (session.phase === 'feedback' && event.key === 'Enter' && !target?.closest('button, a, [role="button"]')) {
		event.preventDefault();
		session.next();
	}
}
