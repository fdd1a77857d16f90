import { distance } from 'fastest-levenshtein';

/**
 * Judging a typed answer. Both the learner's text and every accepted form go through the same
 * normalisation (case, spacing, punctuation, plural/singular, British/American spelling), then
 * small typos are forgiven with an edit-distance threshold that grows with the word's length.
 * A typo is only forgiven when the text is closer to a right answer than to any wrong one, so
 * another group's name is never accepted however close it is.
 */

/** Longer input than any answer could need is cut before comparing (and can't match). */
const MAX_INPUT_LENGTH = 200;

/** British spellings (and a few common variants) mapped to one form, word by word. */
const SPELLING_VARIANTS: Record<string, string> = {
	oesophagus: 'esophagus',
	oesophageal: 'esophageal',
	stabilise: 'stabilize',
	stabilised: 'stabilized',
	centre: 'center',
	tendinitis: 'tendonitis'
};

function singular(word: string): string {
	if (word.length <= 3) return word;
	if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.endsWith('ves')) return `${word.slice(0, -3)}f`;
	if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
	if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
	return word;
}

/** The words of a text, lower case, singular and respelt, without punctuation. */
export function answerWords(text: string): string[] {
	const words = text
		.slice(0, MAX_INPUT_LENGTH)
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	return words.map((word) => singular(SPELLING_VARIANTS[word] ?? word));
}

/**
 * A comparison key: the answer's words run together, so "push-ups" = "pushups". The joined
 * form is made singular too, for a short last word ("ups") the word rule leaves alone.
 */
export function answerKey(text: string): string {
	return singular(answerWords(text).join(''));
}

/** How many edits a key of this length may be off by and still count. */
export function typoAllowance(keyLength: number): number {
	if (keyLength <= 3) return 0;
	if (keyLength <= 6) return 1;
	if (keyLength <= 12) return 2;
	return 3;
}

export interface TypedJudgement {
	correct: boolean;
	/** The accepted form the text was matched to, when correct. */
	matched?: string;
	/** True when accepted despite a typo, so feedback can show the right spelling. */
	typo: boolean;
}

/**
 * Judges `input` against the accepted forms and the forms that must be rejected (other groups'
 * names, exercises of other groups). Accepts an exact key match, or a near miss that is
 * strictly closer to an accepted form than to every rejected one.
 */
export function judgeTyped(
	input: string,
	accepted: readonly string[],
	rejected: readonly string[]
): TypedJudgement {
	const key = answerKey(input);
	if (key.length === 0 || input.length > MAX_INPUT_LENGTH) return { correct: false, typo: false };
	const exact = accepted.find((form) => answerKey(form) === key);
	if (exact) return { correct: true, matched: exact, typo: false };
	if (rejected.some((form) => answerKey(form) === key)) return { correct: false, typo: false };

	let best: { form: string; distance: number } | undefined;
	for (const form of accepted) {
		const d = distance(key, answerKey(form));
		if (!best || d < best.distance) best = { form, distance: d };
	}
	if (!best || best.distance > typoAllowance(answerKey(best.form).length)) {
		return { correct: false, typo: false };
	}
	const nearestWrong = Math.min(...rejected.map((form) => distance(key, answerKey(form))));
	if (nearestWrong <= best.distance) return { correct: false, typo: false };
	return { correct: true, matched: best.form, typo: true };
}
