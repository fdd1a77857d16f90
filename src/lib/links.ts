import { factById, type MuscleGroupId } from './content';

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

/** The learn page section that teaches a fact: its group's page, or /learn for general advice. */
export function learnHref(factId: string): string {
	const fact = factById(factId);
	if (!fact) return '/learn';
	const page = fact.groupId === 'general' ? '/learn' : groupLearnHref(fact.groupId);
	return `${page}#${factAnchor(factId)}`;
}

/** Why a fact is due and how it has gone: its own page. */
export function factHref(factId: string): string {
	return `/fact/${factId}`;
}
