import type { MuscleGroup, Wording } from './model';

/**
 * Fills a claim's wording for one group, with verbs that agree with it: "{Group} help{s} you
 * keep your balance" → "The calves help you keep your balance" / "The core helps you keep…".
 * An unknown token is an authoring slip: it throws, and the dataset test calls every wording.
 */
export function render(wording: Wording, group: Pick<MuscleGroup, 'name' | 'plural'>): string {
	const name = group.name.toLowerCase();
	const plural = group.plural;
	const tokens: Record<string, string> = {
		group: `the ${name}`,
		Group: `The ${name}`,
		they: plural ? 'they' : 'it',
		They: plural ? 'They' : 'It',
		them: plural ? 'them' : 'it',
		are: plural ? 'are' : 'is',
		s: plural ? '' : 's',
		es: plural ? '' : 'es',
		have: plural ? 'have' : 'has',
		do: plural ? 'do' : 'does',
		their: plural ? 'their' : 'its'
	};
	return wording.replace(/\{(\w+)\}/g, (_, token: string) => {
		const value = tokens[token];
		if (value === undefined) throw new Error(`Unknown wording token {${token}} in "${wording}"`);
		return value;
	});
}

/** Whether a wording needs a group to be read ("{They} …"), or reads the same for every group. */
export function needsGroup(wording: Wording): boolean {
	return /\{\w+\}/.test(wording);
}

/** A text's first sentence: "A does not do B: it does C. More." → "A does not do B: it does C." */
export function firstSentence(text: string): string {
	return /^.*?\.(?=\s|$)/.exec(text)?.[0] ?? text;
}
