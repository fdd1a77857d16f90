import { distance } from 'fastest-levenshtein';

/**
 * Judging a typed answer the way a person would. Both the learner's text and every accepted form
 * go through the same normalisation (case, spacing, punctuation, apostrophes, plural/singular,
 * British/American spelling, a leading "the"/"my", a trailing "muscles"), then small typos are
 * forgiven with an edit-distance threshold that grows with the answer's length. A typo is a slip
 * inside a word (a swapped, missing or extra letter), never a different word: "sumo squats" is not
 * a misspelling of "jump squats". And it is only forgiven when the text is strictly closer to a
 * right answer than to any wrong one, so another group's name, or an exercise that shares a word
 * with a right one, is never accepted however close it is. An answer that lists several ("squats,
 * lunges") is right when every one of them is right.
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

/** Words that only frame an answer: "the glutes", "my calves", "quad muscles", "core muscle group". */
const LEADING_FILLER = new Set(['the', 'a', 'an', 'my', 'your', 'some']);
const TRAILING_FILLER = new Set(['muscle', 'group']);

/** What separates several answers given at once: "squats, lunges", "leg curls / hamstring curls". */
const ANSWER_SEPARATOR = /[,;/&+]|\b(?:and|or|plus|then)\b/i;

function singular(word: string): string {
	if (word.length <= 3) return word;
	if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.endsWith('ves')) return `${word.slice(0, -3)}f`;
	// "calve" is how many write the singular of "calves".
	if (word.endsWith('lve')) return `${word.slice(0, -2)}f`;
	if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
	if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
	return word;
}

/** The words of a text, lower case, respelt, without punctuation or framing words, as typed. */
function plainWords(text: string): string[] {
	const words = text
		.slice(0, MAX_INPUT_LENGTH)
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’'`´]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.map((word) => SPELLING_VARIANTS[word] ?? word);
	while (words.length > 1 && LEADING_FILLER.has(words[0]!)) words.shift();
	while (words.length > 1 && TRAILING_FILLER.has(singular(words[words.length - 1]!))) words.pop();
	return words;
}

/** The words of a text, lower case, singular and respelt, without punctuation or framing words. */
export function answerWords(text: string): string[] {
	return plainWords(text).map(singular);
}

/**
 * A comparison key: the answer's words run together, so "push-ups" = "pushups". The joined
 * form is made singular too, for a short last word ("ups") the word rule leaves alone.
 */
export function answerKey(text: string): string {
	return singular(answerWords(text).join(''));
}

/** How many edits a key of this length may be off by and still count. */
function typoAllowance(keyLength: number): number {
	if (keyLength <= 3) return 0;
	if (keyLength <= 6) return 1;
	if (keyLength <= 12) return 2;
	return 3;
}

/**
 * Edit distance (Levenshtein, from fastest-levenshtein) that also counts one swap of two
 * neighbouring letters as a single slip ("sqauts"), as a person reading it would.
 */
export function editDistance(a: string, b: string): number {
	return isOneSwap(a, b) ? 1 : distance(a, b);
}

function isOneSwap(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	const differ = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
	return (
		differ.length === 2 &&
		differ[1] === differ[0]! + 1 &&
		a[differ[0]!] === b[differ[1]!] &&
		a[differ[1]!] === b[differ[0]!]
	);
}

export interface TypedJudgement {
	correct: boolean;
	/** The accepted form the text was matched to, when correct. */
	matched?: string;
	/** True when accepted despite a typo, so feedback can show the right spelling. */
	typo: boolean;
}

/**
 * A text ready to compare: its key and words made singular, and as typed. Near misses are
 * measured both ways, since making a misspelt word singular can mangle it ("rasies" → "rasy").
 */
interface Form {
	form: string;
	key: string;
	words: string[];
	plainKey: string;
	plainWords: string[];
}

const WRONG: TypedJudgement = { correct: false, typo: false };

/** Accepted and rejected forms come from a small, fixed vocabulary: each is prepared once. */
const prepared = new Map<string, Form>();
const MAX_PREPARED = 5000;

function prepare(form: string): Form {
	const plain = plainWords(form);
	const words = plain.map(singular);
	return { form, key: singular(words.join('')), words, plainKey: plain.join(''), plainWords: plain };
}

function formOf(form: string): Form {
	let known = prepared.get(form);
	if (!known) {
		if (prepared.size >= MAX_PREPARED) prepared.clear();
		prepared.set(form, (known = prepare(form)));
	}
	return known;
}

/** How far apart two texts are, by the nearer of their singular and as-typed spellings. */
function distanceOf(a: Form, b: Form): number {
	return Math.min(editDistance(a.key, b.key), editDistance(a.plainKey, b.plainKey));
}

/**
 * Whether a near miss is a misspelling word for word: when the text has as many words as the
 * form, each word may be off by a slip or two, not be another word ("sumo" for "jump").
 */
function sameWords(text: Form, form: Form): boolean {
	if (text.words.length !== form.words.length) return true;
	return text.words.every((word, i) => {
		const target = form.words[i]!;
		const d = Math.min(editDistance(word, target), editDistance(text.plainWords[i]!, form.plainWords[i]!));
		return d <= Math.max(1, typoAllowance(target.length));
	});
}

type Verdict = TypedJudgement & { exact: boolean };

/** Judges one answer: an exact match either way, else a forgivable typo of a right answer. */
function judgeOne(input: string, accepted: readonly Form[], rejected: readonly Form[]): Verdict {
	const text = prepare(input);
	if (text.key.length === 0) return { ...WRONG, exact: false };
	const exact = accepted.find((form) => form.key === text.key);
	if (exact) return { correct: true, matched: exact.form, typo: false, exact: true };
	if (rejected.some((form) => form.key === text.key)) return { ...WRONG, exact: true };

	let best: { form: string; distance: number } | undefined;
	for (const form of accepted) {
		const d = distanceOf(text, form);
		if (d > typoAllowance(form.key.length) || (best && d >= best.distance) || !sameWords(text, form)) continue;
		best = { form: form.form, distance: d };
	}
	if (!best) return { ...WRONG, exact: false };
	if (rejected.some((form) => distanceOf(text, form) <= best.distance)) return { ...WRONG, exact: false };
	return { correct: true, matched: best.form, typo: true, exact: false };
}

/**
 * Judges `input` against the accepted forms and the forms that must be rejected (other groups'
 * names, exercises of other groups). Accepts an exact key match, or a near miss that is a slip
 * within the words of an accepted form and strictly closer to it than to every rejected one.
 * Several answers at once are right only when each is.
 */
export function judgeTyped(input: string, accepted: readonly string[], rejected: readonly string[]): TypedJudgement {
	if (input.length > MAX_INPUT_LENGTH) return WRONG;
	const right = accepted.map(formOf);
	const wrong = rejected.map(formOf);
	const whole = judgeOne(input, right, wrong);
	const strip = ({ correct, matched, typo }: Verdict): TypedJudgement =>
		matched ? { correct, matched, typo } : { correct, typo };
	if (whole.exact) return strip(whole);

	const parts = input.split(ANSWER_SEPARATOR).filter((part) => part && answerKey(part).length > 0);
	if (parts.length < 2) return strip(whole);
	const verdicts = parts.map((part) => judgeOne(part, right, wrong));
	if (!verdicts.every((v) => v.correct)) return WRONG;
	const slip = verdicts.find((v) => v.typo);
	return { correct: true, matched: (slip ?? verdicts[0]!).matched!, typo: Boolean(slip) };
}
