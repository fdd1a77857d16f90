import { MUSCLE_GROUP_IDS, type MuscleGroupId } from '$lib/content/model';
import { QUESTION_KINDS, type QuestionKind } from '$lib/quiz';
import type { SessionSource } from '$lib/state/quiz-session.svelte';

/**
 * The session a quiz URL asks for (C6): `/quiz` today's quiz, `?kind=<kind>` a drill of one
 * style over today's facts, `?practice=missed` recently missed facts, and extra practice after
 * the day's quiz: `?practice=weakest`, `?practice=group&group=<group>`, `?practice=kind&kind=<kind>`.
 * A practice naming no known group or style is a practice of the weakest facts.
 */
export function sourceOf(params: URLSearchParams): SessionSource {
	const kind = QUESTION_KINDS.find((known): known is QuestionKind => known === params.get('kind')) ?? null;
	const group = MUSCLE_GROUP_IDS.find((known): known is MuscleGroupId => known === params.get('group'));
	switch (params.get('practice')) {
		case 'missed':
			return { kind: 'missed' };
		case 'weakest':
			return { kind: 'extra', focus: { by: 'weakest' } };
		case 'group':
			return { kind: 'extra', focus: group ? { by: 'group', groupId: group } : { by: 'weakest' } };
		case 'kind':
			return { kind: 'extra', focus: kind ? { by: 'kind', kind } : { by: 'weakest' } };
		default:
			return { kind: 'today', drill: kind };
	}
}
