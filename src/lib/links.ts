import { MUSCLE_GROUP_IDS, type MuscleGroupId } from './content/model';

/**
 * Where things live in the app, so every page links to a fact or a group the same way.
 * A fact's anchor on its learn page is its id with dots made dashes: `fact-glutes-exercise-squat`.
 */

export function factAnchor(factId: string): string {
	return `fact-${factId.replaceAll('.', '-')}`;
}

export function groupLearnHref(groupId: MuscleGroupId): string {
	return `/learn/${groupId}`;
}

/**
 * The learn page section that teaches a fact: its group's page (the id's first part), or /learn
 * for general advice and for an id of no group. Read from the id alone, so no page loads the
 * dataset just to link to a fact.
 */
export function learnHref(factId: string): string {
	const groupId = factId.split('.')[0] as MuscleGroupId;
	const page = MUSCLE_GROUP_IDS.includes(groupId) ? groupLearnHref(groupId) : '/learn';
	return `${page}#${factAnchor(factId)}`;
}

/** Why a fact is due and how it has gone: its own page. */
export function factHref(factId: string): string {
	return `/fact/${factId}`;
}

/** Extra practice on one group's studied facts: a quiz session of its own. */
export function groupPracticeHref(groupId: MuscleGroupId): string {
	return `/quiz?practice=group&group=${groupId}`;
}
