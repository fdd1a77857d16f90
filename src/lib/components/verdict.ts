/**
 * The verdict's parts, one chunk that the quiz loads with the first answer (as it loads the
 * answer store): a first visit of the quiz carries neither, within its JavaScript budget.
 */
export { default as AnswerFeedback } from './AnswerFeedback.svelte';
export { default as FeedbackActions } from './FeedbackActions.svelte';
