import { DATASET } from '../../src/lib/content/index';
import { isGroupFact } from '../../src/lib/content/types';

/**
 * Knows the right answer to any question the app can ask, from the dataset alone, so the
 * tests can answer right or wrong on purpose without the page leaking the answer.
 */
export function correctOption(prompt: string, options: string[]): string {
	for (const fact of DATASET.facts) {
		if (!isGroupFact(fact)) {
			if (fact.prompt === prompt && options.includes(fact.answer)) return fact.answer;
			continue;
		}
		const group = DATASET.groups.find((g) => g.id === fact.groupId)!;
		if (prompt === `Which muscle group ${fact.clue}?` && options.includes(group.name)) return group.name;
		const namesGroup = new RegExp(`\\bthe ${group.name.toLowerCase()}\\b`).test(prompt);
		if (namesGroup && !prompt.startsWith('Which muscle group') && options.includes(fact.answer)) {
			return fact.answer;
		}
	}
	throw new Error(`No known answer for "${prompt}" among ${options.join(' | ')}`);
}
