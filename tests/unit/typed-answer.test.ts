import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATASET } from '$lib/content';
import { answerKey, createRng, generate, grade, judgeTyped, kindsFor, type TypedQuestion } from '$lib/quiz';
import { editDistance } from '$lib/quiz/typed-answer';

/** Every typed question the generator can make, with the fact it was made for. */
const TYPED: TypedQuestion[] = DATASET.facts.flatMap((fact) =>
	kindsFor(fact, DATASET)
		.filter((kind) => kind.startsWith('typed'))
		.map((kind) => generate(fact, DATASET, createRng(1), kind) as TypedQuestion)
);
const PROMPTS = [...new Set(TYPED.map((q) => q.prompt))];

/** The typed questions whose prompt contains `selector`: it must pick out exactly one prompt. */
function questionsFor(selector: string): TypedQuestion[] {
	const prompts = PROMPTS.filter((p) => p.includes(selector));
	if (prompts.length !== 1) {
		throw new Error(`"${selector}" should pick one typed prompt, picks ${prompts.length}: ${JSON.stringify(prompts)}`);
	}
	return TYPED.filter((q) => q.prompt === prompts[0]);
}

const answer = (question: TypedQuestion, text: string) => grade(question, { format: 'typed', text });

describe('answerKey: one key for the ways a learner may write an answer', () => {
	it.each([
		['Hamstrings', 'hamstrings'],
		['  HIP   flexors ', 'hip flexor'],
		['push-ups', 'push ups'],
		['Pushups', 'push-ups'],
		['press-ups', 'Press ups'],
		["Runners' lunges", 'runners lunges'],
		["runner's lunge", 'Runners’ lunges'],
		['calves', 'calf'],
		['calve', 'calves'],
		['Russian twists!', 'russian twist'],
		['crunches', 'crunch'],
		['shoulder presses', 'shoulder press'],
		['R.D.L.s', 'rdl'],
		['oesophagus', 'esophagus'],
		['stabilise', 'stabilize'],
		['Pilates', 'pilates'],
		['Pilátes', 'pilates'],
		['the glutes', 'glutes'],
		['my calves', 'calves'],
		['quad muscles', 'quads'],
		['hamstring muscle group', 'hamstrings']
	])('%s = %s', (a, b) => {
		expect(answerKey(a)).toBe(answerKey(b));
	});

	it('keeps different words apart', () => {
		expect(answerKey('core')).not.toBe(answerKey('calves'));
		expect(answerKey('abs')).not.toBe(answerKey('arms'));
		expect(answerKey('push-ups')).not.toBe(answerKey('hamstring push-ups'));
		expect(answerKey('squats')).not.toBe(answerKey('jump squats'));
		expect(answerKey('the')).not.toBe('');
	});
});

describe('editDistance', () => {
	it.each([
		['squat', 'squat', 0],
		['sqaut', 'squat', 1],
		['glute', 'glutes', 1],
		['calf', 'core', 3],
		['', 'abs', 3],
		['kitten', 'sitting', 3]
	])('%s → %s: %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});
});

describe('judgeTyped', () => {
	it('scales the typo allowance with length: no slack for short answers', () => {
		expect(judgeTyped('abz', ['abs'], []).correct).toBe(false);
		expect(judgeTyped('shouldr presses', ['Shoulder presses'], []).correct).toBe(true);
		expect(judgeTyped('sholder pressses', ['Shoulder presses'], []).correct).toBe(true);
		expect(judgeTyped('shldr prsses', ['Shoulder presses'], []).correct).toBe(false);
		expect(judgeTyped('bicep curls', ['Shoulder presses'], []).correct).toBe(false);
	});

	it('forgives two swapped letters as one slip', () => {
		expect(judgeTyped('sqauts', ['Squats'], []).correct).toBe(true);
		expect(judgeTyped('sqauts', ['Squats'], []).typo).toBe(true);
		expect(judgeTyped('psuh-ups', ['Push-ups'], []).correct).toBe(true);
	});

	it('takes a typo to be a slip inside a word, never another word', () => {
		// "sumo" is two edits from "jump", within the allowance of "jump squats" as a whole.
		expect(judgeTyped('sumo squats', ['Jump squats'], []).correct).toBe(false);
		expect(judgeTyped('jum squats', ['Jump squats'], []).correct).toBe(true);
	});

	it('forgives a typo only when strictly closer to a right answer than to a wrong one', () => {
		// "carf" is one edit from calf and three from core.
		expect(judgeTyped('carf', ['Calves'], ['Core']).correct).toBe(true);
		expect(judgeTyped('calfs', ['Core'], ['Calves']).correct).toBe(false);
		expect(judgeTyped('hamstrngs', ['Glutes'], ['Hamstrings']).correct).toBe(false);
		// Equally close to both: not forgiven.
		expect(judgeTyped('pull-ups', ['Pall-ups'], ['Pell-ups']).correct).toBe(false);
	});

	it('never accepts a wrong answer because it shares a word with a right one', () => {
		expect(judgeTyped('push-ups', ['Hamstring push-ups'], ['Push-ups']).correct).toBe(false);
		expect(judgeTyped('hamstring push-ups', ['Push-ups'], ['Hamstring push-ups']).correct).toBe(false);
		expect(judgeTyped('squats', ['Jump squats'], ['Squats']).correct).toBe(false);
		expect(judgeTyped('curls', ['Leg curls'], []).correct).toBe(false);
	});

	it('judges a list of answers by every item in it', () => {
		const right = ['Squats', 'Walking lunges', 'Glute bridges'];
		const wrong = ['Calf raises', 'Crunches'];
		expect(judgeTyped('squats, lunges', [...right, 'lunges'], wrong).correct).toBe(true);
		expect(judgeTyped('squats and glute bridges', right, wrong).correct).toBe(true);
		expect(judgeTyped('squats / sqauts', right, wrong)).toMatchObject({ correct: true, typo: true, matched: 'Squats' });
		expect(judgeTyped('squats or crunches', right, wrong).correct).toBe(false);
		expect(judgeTyped('squats, lunges, bicep curls', right, wrong).correct).toBe(false);
		expect(judgeTyped('squats, , ,', right, wrong).correct).toBe(true);
		expect(judgeTyped(', ,', right, wrong).correct).toBe(false);
	});

	it('rejects empty, blank and absurdly long input without crashing', () => {
		for (const text of ['', '   ', '\n\t', '!!!', 'the', 'glutes'.repeat(1000), 'x'.repeat(100_000)]) {
			expect(judgeTyped(text, ['Glutes'], ['Calves']).correct, JSON.stringify(text.slice(0, 20))).toBe(false);
		}
	});
});

type Verdict = 'right' | 'wrong';

/**
 * Typed answers and what a running coach would mark them, written by hand (never read from the
 * truth table): [a phrase of the question's prompt, what the learner typed, the mark, why].
 */
const TABLE: [string, string, Verdict, string][] = [
	// "Name an exercise from the article that strengthens the quadriceps."
	['the quadriceps.', 'Leg extensions', 'right', 'the article’s quad exercise'],
	['the quadriceps.', 'leg extension', 'right', 'singular'],
	['the quadriceps.', 'LEG EXTENSIONS!!', 'right', 'case and punctuation'],
	['the quadriceps.', 'knee extensions', 'right', 'the same machine, by the joint'],
	['the quadriceps.', 'leg extentions', 'right', 'common misspelling'],
	['the quadriceps.', 'squats', 'right', 'the article gives squats for the quads'],
	['the quadriceps.', 'sqauts', 'right', 'two letters swapped'],
	['the quadriceps.', 'goblet squats', 'right', 'a squat'],
	['the quadriceps.', 'front squat', 'right', 'a squat, quad-heavy'],
	['the quadriceps.', 'leg raises', 'right', 'leg lifts by another name'],
	['the quadriceps.', 'straight leg raises', 'right', 'the classic quad leg lift'],
	['the quadriceps.', 'lunges', 'right', 'the front leg’s quads do much of a lunge'],
	['the quadriceps.', 'reverse lunges', 'right', 'still a lunge'],
	['the quadriceps.', 'jump squats', 'right', 'every jump squat is a squat'],
	['the quadriceps.', 'squats, lunges', 'right', 'two right answers'],
	['the quadriceps.', 'leg curls', 'wrong', 'a hamstring exercise: the opposite movement'],
	['the quadriceps.', 'hamstring curls', 'wrong', 'a hamstring exercise'],
	['the quadriceps.', 'calf raises', 'wrong', 'a calf exercise'],
	['the quadriceps.', 'heel raises', 'wrong', 'a calf exercise'],
	['the quadriceps.', 'glute bridges', 'wrong', 'the knee stays bent: glutes and hamstrings'],
	['the quadriceps.', 'leg press', 'wrong', 'a fine quad exercise, but not one the article gives'],
	['the quadriceps.', 'wall sits', 'wrong', 'not in the article'],
	['the quadriceps.', 'crunches', 'wrong', 'a core exercise'],
	['the quadriceps.', 'push-ups', 'wrong', 'an upper-body exercise'],
	['the quadriceps.', 'butterfly stretch', 'wrong', 'a stretch strengthens nothing'],
	['the quadriceps.', 'extensions', 'wrong', 'too vague to be an exercise'],
	['the quadriceps.', 'squats and leg curls', 'wrong', 'one of the two is wrong'],

	// "… strengthens the hamstrings."
	['the hamstrings.', 'Lying leg curls', 'right', 'the article’s hamstring exercise'],
	['the hamstrings.', 'leg curls', 'right', 'what runners call them'],
	['the hamstrings.', 'hamstring curls', 'right', 'the other name runners use'],
	['the hamstrings.', 'Hamstring curl', 'right', 'singular'],
	['the hamstrings.', 'seated leg curls', 'right', 'the seated machine works the same muscles'],
	['the hamstrings.', 'leg curls / hamstring curls', 'right', 'both names of one exercise'],
	['the hamstrings.', 'deadlifts', 'right', 'in the article'],
	['the hamstrings.', 'dead lifts', 'right', 'spacing'],
	['the hamstrings.', 'deadlfits', 'right', 'two letters swapped'],
	['the hamstrings.', 'RDLs', 'right', 'Romanian deadlifts, the hamstring deadlift'],
	['the hamstrings.', 'romanian deadlift', 'right', 'a deadlift'],
	['the hamstrings.', 'single leg RDL', 'right', 'the runner’s favourite deadlift'],
	['the hamstrings.', 'hamstring push-ups', 'right', 'in the article'],
	['the hamstrings.', 'hamstring press ups', 'right', 'British name'],
	['the hamstrings.', 'glute bridges', 'right', 'the hamstrings help lift the hips'],
	['the hamstrings.', 'bridges', 'right', 'a bridge is a glute bridge'],
	['the hamstrings.', 'hip bridges', 'right', 'another name for a glute bridge'],
	['the hamstrings.', 'single leg bridges', 'right', 'a glute bridge on one leg'],
	['the hamstrings.', 'hip extensions', 'right', 'extending the hip is a hamstring job'],
	['the hamstrings.', 'lunges', 'right', 'the hamstrings help extend the front hip'],
	['the hamstrings.', 'push-ups', 'wrong', 'push-ups are not hamstring push-ups'],
	['the hamstrings.', 'press-ups', 'wrong', 'push-ups by their British name'],
	['the hamstrings.', 'pushups', 'wrong', 'push-ups, run together'],
	['the hamstrings.', 'bicep curls', 'wrong', 'an arm curl'],
	['the hamstrings.', 'curls', 'wrong', 'plain “curls” are arm curls in the gym'],
	['the hamstrings.', 'leg extensions', 'wrong', 'the quads’ exercise: the opposite movement'],
	['the hamstrings.', 'calf raises', 'wrong', 'a calf exercise'],
	['the hamstrings.', 'leg raises', 'wrong', 'lifting the leg is the hip flexors’ and quads’ job'],
	['the hamstrings.', 'butterfly stretch', 'wrong', 'a stretch strengthens nothing'],
	['the hamstrings.', 'hamstring stretch', 'wrong', 'stretching is not strengthening'],
	['the hamstrings.', 'good mornings', 'wrong', 'not in the article'],
	['the hamstrings.', 'hamstrings', 'wrong', 'a muscle group, not an exercise'],

	// "… strengthens the glutes."
	['the glutes.', 'glute bridges', 'right', 'in the article'],
	['the glutes.', 'Glute Bridge', 'right', 'singular, capitals'],
	['the glutes.', 'bridges', 'right', 'a bridge is a glute bridge'],
	['the glutes.', 'bum bridges', 'right', 'British name'],
	['the glutes.', 'hip raises', 'right', 'another name for a glute bridge'],
	['the glutes.', 'glute bridgs', 'right', 'a letter missing'],
	['the glutes.', 'squats', 'right', 'in the article'],
	['the glutes.', 'sumo squats', 'right', 'a wide squat, glute-heavy'],
	['the glutes.', 'walking lunges', 'right', 'in the article'],
	['the glutes.', 'lunges', 'right', 'a lunge is a lunge'],
	['the glutes.', 'runners lunges', 'right', 'the front leg’s glutes hold it'],
	['the glutes.', "runner's lunge", 'right', 'apostrophe before the s'],
	['the glutes.', 'deadlifts', 'right', 'the glutes drive the hips forward'],
	['the glutes.', 'hip thrusts', 'right', 'a weighted hip extension'],
	['the glutes.', 'weighted hip extensions', 'right', 'hip extension is the glutes’ main job'],
	['the glutes.', 'jump squats', 'right', 'the glutes drive every jump squat'],
	['the glutes.', 'pilates', 'right', 'much of Pilates is glute work'],
	['the glutes.', 'squats, lunges and bridges', 'right', 'three right answers'],
	['the glutes.', 'leg extensions', 'wrong', 'isolates the quads'],
	['the glutes.', 'leg curls', 'wrong', 'isolates the hamstrings'],
	['the glutes.', 'calf raises', 'wrong', 'a calf exercise'],
	['the glutes.', 'clamshells', 'wrong', 'a good glute exercise, but not in the article'],
	['the glutes.', 'butterfly stretch', 'wrong', 'a stretch strengthens nothing'],
	['the glutes.', 'crunches', 'wrong', 'a core exercise'],
	['the glutes.', 'planks', 'wrong', 'a core exercise'],
	['the glutes.', 'leg raises', 'wrong', 'lifting the leg is the hip flexors’ job'],
	['the glutes.', 'squats, lunges and crunches', 'wrong', 'a list with a wrong answer in it'],

	// "… strengthens the hip flexors."
	['the hip flexors.', "Runners' lunges", 'right', 'in the article'],
	['the hip flexors.', 'runner’s lunge', 'right', 'curly apostrophe, singular'],
	['the hip flexors.', 'low lunges', 'right', 'the yoga name of the runner’s lunge'],
	['the hip flexors.', 'leg lifts', 'right', 'lifting the leg is the hip flexors’ job'],
	['the hip flexors.', 'leg raises', 'right', 'leg lifts by another name'],
	['the hip flexors.', 'straight leg raises', 'right', 'a leg lift'],
	['the hip flexors.', 'russian twists', 'right', 'the hip flexors hold the legs up'],
	['the hip flexors.', 'pilates', 'right', 'Pilates works the hip flexors'],
	['the hip flexors.', 'walking lunges', 'right', 'arguable, but each step lifts the leg'],
	['the hip flexors.', 'seated butterfly stretch', 'wrong', 'the article’s error: a stretch, and of the inner thigh'],
	['the hip flexors.', 'butterfly stretch', 'wrong', 'a stretch strengthens nothing'],
	['the hip flexors.', 'butterfly', 'wrong', 'the butterfly stretch'],
	['the hip flexors.', 'weighted hip extensions', 'wrong', 'the article’s error: extension is the opposite movement'],
	['the hip flexors.', 'hip extensions', 'wrong', 'the opposite movement'],
	['the hip flexors.', 'hip thrusts', 'wrong', 'a hip extension: glutes and hamstrings'],
	['the hip flexors.', 'glute bridges', 'wrong', 'the hip flexors are stretched at the top, not worked'],
	['the hip flexors.', 'squats', 'wrong', 'not a hip-flexor exercise'],
	['the hip flexors.', 'calf raises', 'wrong', 'a calf exercise'],
	['the hip flexors.', 'leg curls', 'wrong', 'a hamstring exercise'],
	['the hip flexors.', 'high knees', 'wrong', 'a running drill, not in the article'],

	// "… strengthens the calves."
	['the calves.', 'calf raises', 'right', 'in the article'],
	['the calves.', 'heel raises', 'right', 'calf raises by another name'],
	['the calves.', 'heel raise', 'right', 'singular'],
	['the calves.', 'calve raises', 'right', '“calve”, a common singular'],
	['the calves.', 'calf rasies', 'right', 'two letters swapped'],
	['the calves.', 'standing calf raises', 'right', 'a calf raise'],
	['the calves.', 'single leg calf raises', 'right', 'the runner’s calf raise'],
	['the calves.', 'toe raises', 'right', 'rising onto the toes'],
	['the calves.', 'toe lunges', 'right', 'in the article'],
	['the calves.', 'tiptoe lunges', 'right', 'toe lunges by another name'],
	['the calves.', 'jump squats', 'right', 'in the article, as dumbbell jump squats'],
	['the calves.', 'squat jumps', 'right', 'jump squats by another name'],
	['the calves.', 'dumbell jump squats', 'right', 'dumbbell misspelt'],
	['the calves.', 'calf raises, toe lunges', 'right', 'two right answers'],
	['the calves.', 'leg curls', 'right', 'arguable: the gastrocnemius helps bend the knee'],
	['the calves.', 'lunges', 'right', 'arguable: the back foot pushes off the toes'],
	['the calves.', 'squats', 'wrong', 'plain squats are not jump squats'],
	['the calves.', 'sumo squats', 'wrong', 'a squat: no jump, no push-off'],
	['the calves.', 'glute bridges', 'wrong', 'glutes and hamstrings'],
	['the calves.', 'leg extensions', 'wrong', 'quads'],
	['the calves.', 'deadlifts', 'wrong', 'the calves barely work'],
	['the calves.', 'calf stretch', 'wrong', 'a stretch strengthens nothing'],
	['the calves.', 'skipping', 'wrong', 'not in the article'],
	['the calves.', 'box jumps', 'wrong', 'not in the article'],
	['the calves.', 'heel drops', 'wrong', 'not in the article'],

	// "… strengthens the diaphragm."
	['the diaphragm.', 'breathing techniques', 'right', 'in the article'],
	['the diaphragm.', 'breathing exercises', 'right', 'what runners call them'],
	['the diaphragm.', 'Breathing exercise', 'right', 'singular'],
	['the diaphragm.', 'breathing techinques', 'right', 'two letters swapped'],
	['the diaphragm.', 'belly breathing', 'right', 'the diaphragm technique itself'],
	['the diaphragm.', 'diaphragmatic breathing', 'right', 'the same, by its proper name'],
	['the diaphragm.', 'diaphramatic breathing', 'right', 'the g left out, as most do'],
	['the diaphragm.', 'diaphragm breathing', 'right', 'the same'],
	['the diaphragm.', 'deep breathing', 'right', 'a breathing technique'],
	['the diaphragm.', 'breathwork', 'right', 'a breathing technique'],
	['the diaphragm.', 'breath work', 'right', 'spacing'],
	['the diaphragm.', 'box breathing', 'right', 'a breathing technique'],
	['the diaphragm.', 'rhythmic breathing', 'right', 'the runner’s breathing technique'],
	['the diaphragm.', 'pilates', 'right', 'Pilates is built on breathing'],
	['the diaphragm.', 'planks', 'wrong', 'a core exercise'],
	['the diaphragm.', 'crunches', 'wrong', 'a core exercise'],
	['the diaphragm.', 'running', 'wrong', 'not an exercise the article gives'],
	['the diaphragm.', 'yoga', 'wrong', 'not in the article'],

	// "… strengthens the core."
	['the core.', 'planks', 'right', 'in the article'],
	['the core.', 'plank', 'right', 'singular'],
	['the core.', 'side plank', 'right', 'a plank'],
	['the core.', 'planking', 'right', 'how many say it'],
	['the core.', 'russian twists', 'right', 'in the article'],
	['the core.', 'russain twists', 'right', 'two letters swapped'],
	['the core.', 'twists', 'right', 'Russian twists, short'],
	['the core.', 'crunches', 'right', 'in the article'],
	['the core.', 'ab crunches', 'right', 'a crunch'],
	['the core.', 'bicycle crunches', 'right', 'a crunch'],
	['the core.', 'sit-ups', 'wrong', 'not in the article: a sit-up also works the hip flexors hard, unlike a crunch'],
	['the core.', 'pilates', 'right', 'in the article'],
	['the core.', 'Pilates class', 'right', 'Pilates'],
	['the core.', 'leg raises', 'right', 'lying leg raises are an ab exercise'],
	['the core.', 'push-ups', 'right', 'a push-up is a moving plank'],
	['the core.', 'deadlifts', 'right', 'the trunk is held rigid under the bar'],
	['the core.', 'bicep curls', 'wrong', 'an arm exercise'],
	['the core.', 'calf raises', 'wrong', 'a calf exercise'],
	['the core.', 'leg curls', 'wrong', 'a hamstring machine exercise'],
	['the core.', 'leg extensions', 'wrong', 'a quad machine exercise'],
	['the core.', 'lunges', 'wrong', 'a leg exercise'],
	['the core.', 'butterfly stretch', 'wrong', 'a stretch strengthens nothing'],
	['the core.', 'dead bugs', 'wrong', 'a good core exercise, but not in the article'],
	['the core.', 'abs', 'wrong', 'a muscle group, not an exercise'],

	// "… strengthens the upper body."
	['the upper body.', 'push-ups', 'right', 'in the article'],
	['the upper body.', 'press-ups', 'right', 'British name'],
	['the upper body.', 'press ups', 'right', 'British name, no hyphen'],
	['the upper body.', 'pushups', 'right', 'run together'],
	['the upper body.', 'psuh ups', 'right', 'two letters swapped'],
	['the upper body.', 'pull-ups', 'right', 'in the article'],
	['the upper body.', 'chin-ups', 'right', 'a pull-up with the palms turned in'],
	['the upper body.', 'chinups', 'right', 'run together'],
	['the upper body.', 'bicep curls', 'right', 'in the article'],
	['the upper body.', 'biceps curls', 'right', 'biceps with its s'],
	['the upper body.', 'curls', 'right', 'plain “curls” are arm curls in the gym'],
	['the upper body.', 'hammer curls', 'right', 'a biceps curl'],
	['the upper body.', 'shoulder presses', 'right', 'in the article'],
	['the upper body.', 'overhead press', 'right', 'a shoulder press'],
	['the upper body.', 'military press', 'right', 'a shoulder press'],
	['the upper body.', 'OHP', 'right', 'gym shorthand for the overhead press'],
	['the upper body.', 'planks', 'right', 'the shoulders hold a plank up'],
	['the upper body.', 'deadlifts', 'right', 'grip, upper back and shoulders hold the bar'],
	['the upper body.', 'push-ups and pull-ups', 'right', 'two right answers'],
	['the upper body.', 'hamstring push-ups', 'wrong', 'despite the name, a leg exercise'],
	['the upper body.', 'crunches', 'wrong', 'a core exercise'],
	['the upper body.', 'calf raises', 'wrong', 'a calf exercise'],
	['the upper body.', 'leg curls', 'wrong', 'a curl, but of the leg'],
	['the upper body.', 'squats', 'wrong', 'a leg exercise'],
	['the upper body.', 'bench press', 'wrong', 'not in the article'],
	['the upper body.', 'dips', 'wrong', 'not in the article'],
	['the upper body.', 'push ups, crunches', 'wrong', 'a list with a wrong answer in it'],

	// "Name the muscle group that crunches strengthen."
	['crunches strengthen', 'core', 'right', 'the answer'],
	['crunches strengthen', 'abs', 'right', 'what most call them'],
	['crunches strengthen', 'stomach muscles', 'right', 'the everyday name'],
	['crunches strengthen', 'obliques', 'right', 'part of the core'],
	['crunches strengthen', 'hip flexors', 'wrong', 'a crunch curls the trunk; the hips stay still'],
	['crunches strengthen', 'upper body', 'wrong', 'the arms only rest'],
	['crunches strengthen', 'diaphragm', 'wrong', 'a breathing muscle'],

	// "Name a muscle group that planks strengthen."
	['planks strengthen', 'core', 'right', 'the article’s answer'],
	['planks strengthen', 'abs', 'right', 'the abs hold the plank'],
	['planks strengthen', 'shoulders', 'right', 'the shoulders hold you up (anatomy)'],
	['planks strengthen', 'upper body', 'right', 'by anatomy'],
	['planks strengthen', 'glutes', 'wrong', 'they only help hold the hips level'],
	['planks strengthen', 'quads', 'wrong', 'they only keep the knees straight'],

	// "Name a muscle group that Russian twists strengthen."
	['Russian twists strengthen', 'core', 'right', 'the article’s answer'],
	['Russian twists strengthen', 'obliques', 'right', 'the twisting muscles of the core'],
	['Russian twists strengthen', 'hip flexors', 'right', 'they hold the legs up (anatomy)'],
	['Russian twists strengthen', 'arms', 'wrong', 'they only hold the weight'],
	['Russian twists strengthen', 'glutes', 'wrong', 'not a glute exercise'],

	// "Name a muscle group that push-ups strengthen."
	['push-ups strengthen', 'upper body', 'right', 'the article’s answer'],
	['push-ups strengthen', 'arms', 'right', 'part of the upper body'],
	['push-ups strengthen', 'core', 'right', 'a moving plank (anatomy)'],
	['push-ups strengthen', 'hamstrings', 'wrong', 'hamstring push-ups are another exercise'],
	['push-ups strengthen', 'diaphragm', 'wrong', 'a breathing muscle'],

	// "Name the muscle group that bicep curls strengthen."
	['bicep curls strengthen', 'upper body', 'right', 'the answer'],
	['bicep curls strengthen', 'arms', 'right', 'the biceps are in the arm'],
	['bicep curls strengthen', 'hamstrings', 'wrong', 'leg curls are theirs'],
	['bicep curls strengthen', 'core', 'wrong', 'not a core exercise'],

	// "Name a muscle group that pull-ups strengthen."
	['pull-ups strengthen', 'upper body', 'right', 'the article’s answer'],
	['pull-ups strengthen', 'shoulders', 'right', 'part of the upper body'],
	['pull-ups strengthen', 'core', 'right', 'the abs stop the swing (anatomy)'],
	['pull-ups strengthen', 'glutes', 'wrong', 'not a glute exercise'],
	['pull-ups strengthen', 'calves', 'wrong', 'the legs hang'],

	// "Name the muscle group that leg extensions strengthen."
	['leg extensions strengthen', 'quadriceps', 'right', 'the answer'],
	['leg extensions strengthen', 'Quads', 'right', 'what runners call them'],
	['leg extensions strengthen', 'quad', 'right', 'singular'],
	['leg extensions strengthen', 'the quads', 'right', 'with “the”'],
	['leg extensions strengthen', 'quad muscles', 'right', 'with “muscles”'],
	['leg extensions strengthen', 'quadraceps', 'right', 'common misspelling'],
	['leg extensions strengthen', 'quadricep', 'right', 'singular'],
	['leg extensions strengthen', 'hamstrings', 'wrong', 'leg curls are theirs'],
	['leg extensions strengthen', 'hip flexors', 'wrong', 'the knee extends, not the hip'],
	['leg extensions strengthen', 'glutes', 'wrong', 'the hip does not move'],
	['leg extensions strengthen', 'knees', 'wrong', 'a joint, not a muscle group'],
	['leg extensions strengthen', 'thighs', 'wrong', 'front or back? too vague'],
	['leg extensions strengthen', 'quads and hamstrings', 'wrong', 'the hamstrings are wrong'],

	// "Name the muscle group in your buttocks."
	['in your buttocks', 'glutes', 'right', 'the answer'],
	['in your buttocks', 'Glutes.', 'right', 'full stop'],
	['in your buttocks', 'gluteus maximus', 'right', 'the biggest of the glutes'],
	['in your buttocks', 'gluteals', 'right', 'the formal name'],
	['in your buttocks', 'glutts', 'right', 'a slip'],
	['in your buttocks', 'hamstrings', 'wrong', 'the back of the thigh'],
	['in your buttocks', 'hip flexors', 'wrong', 'the front of the hip'],
	['in your buttocks', 'core', 'wrong', 'around the middle'],
	['in your buttocks', 'quads', 'wrong', 'the front of the thigh'],
	['in your buttocks', 'bum', 'wrong', 'only says the question back'],
	['in your buttocks', 'buttocks', 'wrong', 'only says the question back'],

	// "Name a muscle group that lifts your leg when you run, walk or jump."
	['lifts your leg', 'hip flexors', 'right', 'the article’s answer'],
	['lifts your leg', 'hip flexor', 'right', 'singular'],
	['lifts your leg', 'hipflexors', 'right', 'run together'],
	['lifts your leg', 'Hip-flexors', 'right', 'hyphen'],
	['lifts your leg', 'hip flexers', 'right', 'common misspelling'],
	['lifts your leg', 'iliopsoas', 'right', 'the main hip flexor'],
	['lifts your leg', 'psoas', 'right', 'what runners call it'],
	['lifts your leg', 'quads', 'right', 'the rectus femoris lifts the thigh too'],
	['lifts your leg', 'hip flexors and quads', 'right', 'both right'],
	['lifts your leg', 'hamstrings', 'wrong', 'they pull the leg back'],
	['lifts your leg', 'glutes', 'wrong', 'they extend the hip, the opposite'],
	['lifts your leg', 'calves', 'wrong', 'they push off'],
	['lifts your leg', 'hips', 'wrong', 'a joint, too vague'],
	['lifts your leg', 'abs', 'wrong', 'the core'],
	['lifts your leg', 'hip flexors or hamstrings', 'wrong', 'hedging with a wrong answer'],

	// "Name the muscle group at the back of the lower leg."
	['back of the lower leg', 'calves', 'right', 'the answer'],
	['back of the lower leg', 'calf', 'right', 'singular'],
	['back of the lower leg', 'calfs', 'right', 'a common plural'],
	['back of the lower leg', 'claves', 'right', 'two letters swapped'],
	['back of the lower leg', 'calf muscles', 'right', 'with “muscles”'],
	['back of the lower leg', 'gastrocnemius', 'right', 'the main calf muscle'],
	['back of the lower leg', 'soleus', 'right', 'the deep calf muscle'],
	['back of the lower leg', 'hamstrings', 'wrong', 'the back of the thigh'],
	['back of the lower leg', 'back of the thigh', 'wrong', 'the thigh, not the lower leg'],
	['back of the lower leg', 'achilles', 'wrong', 'a tendon, not a muscle group'],
	['back of the lower leg', 'shins', 'wrong', 'the front of the lower leg'],
	['back of the lower leg', 'glutes', 'wrong', 'the buttocks'],

	// "Name the muscle group linked to shin splints."
	['shin splints', 'calves', 'right', 'the answer'],
	['shin splints', 'Calf', 'right', 'singular'],
	['shin splints', 'my calves', 'right', 'with “my”'],
	['shin splints', 'shins', 'wrong', 'a bone, not a muscle group'],
	['shin splints', 'quads', 'wrong', 'not linked'],
	['shin splints', 'hip flexors', 'wrong', 'not linked'],
	['shin splints', 'hamstrings', 'wrong', 'not linked'],

	// "Name the muscle group linked to Achilles tendonitis."
	['Achilles', 'calves', 'right', 'the Achilles tendon joins the calf to the heel'],
	['Achilles', 'calf muscles', 'right', 'with “muscles”'],
	['Achilles', 'calve', 'right', '“calve”, a common singular'],
	['Achilles', 'achilles', 'wrong', 'the tendon itself, not a muscle group'],
	['Achilles', 'hamstrings', 'wrong', 'not linked'],
	['Achilles', 'glutes', 'wrong', 'not linked'],

	// "Name the muscle you practise using to breathe with your full lung capacity."
	['full lung capacity', 'diaphragm', 'right', 'the answer'],
	['full lung capacity', 'the diaphragm', 'right', 'with “the”'],
	['full lung capacity', 'diaphram', 'right', 'the g left out, as most do'],
	['full lung capacity', 'lungs', 'wrong', 'an organ, not a muscle'],
	['full lung capacity', 'core', 'wrong', 'not the breathing muscle'],
	['full lung capacity', 'abs', 'wrong', 'not the breathing muscle'],
	['full lung capacity', 'upper body', 'wrong', 'not the breathing muscle'],
	['full lung capacity', 'chest', 'wrong', 'chest breathing is what the practice replaces'],

	// "Name the muscle that presses on the oesophagus to help stop acid reflux."
	['acid reflux', 'diaphragm', 'right', 'the answer'],
	['acid reflux', 'DIAPHRAGM', 'right', 'capitals'],
	['acid reflux', 'Diaphragm muscle', 'right', 'with “muscle”'],
	['acid reflux', 'diafragm', 'right', 'spelt as it sounds'],
	['acid reflux', 'oesophagus', 'wrong', 'what it presses on'],
	['acid reflux', 'stomach', 'wrong', 'an organ'],
	['acid reflux', 'core', 'wrong', 'not it'],
	['acid reflux', 'abs', 'wrong', 'not it'],

	// Input that is no answer at all.
	['the glutes.', '', 'wrong', 'empty'],
	['in your buttocks', '   ', 'wrong', 'blank'],
	['lifts your leg', '\n\t', 'wrong', 'blank'],
	['the core.', '!!!', 'wrong', 'punctuation only'],
	['acid reflux', 'the', 'wrong', 'a filler word only'],
	['the hamstrings.', "I don't know", 'wrong', 'no answer'],
	['the quadriceps.', 'all of them', 'wrong', 'no answer'],
	['the core.', 'planks '.repeat(40), 'wrong', 'longer than any answer'],
	['in your buttocks', 'glutes'.repeat(1000), 'wrong', 'absurdly long'],
	['the upper body.', 'x'.repeat(100_000), 'wrong', 'absurdly long']
];

describe('typed answers, marked as a running coach would', () => {
	it('has at least 150 rows and asks every typed question the generator makes', () => {
		expect(TABLE.length).toBeGreaterThanOrEqual(150);
		const asked = new Set(TABLE.flatMap(([selector]) => questionsFor(selector).map((q) => q.prompt)));
		expect(PROMPTS.filter((p) => !asked.has(p))).toEqual([]);
	});

	it.each(TABLE)('%s ← %j: %s (%s)', (selector, text, verdict) => {
		for (const question of questionsFor(selector)) {
			expect(answer(question, text).correct, question.factId).toBe(verdict === 'right');
		}
	});
});

describe('typed "Name the muscle group"', () => {
	const groupQuestions = TYPED.filter((q) => q.kind === 'typed-group');

	it('accepts every name of a right group, in any case and spacing, and rejects every other', () => {
		expect(groupQuestions.length).toBeGreaterThan(0);
		for (const question of groupQuestions) {
			for (const form of question.accepted) {
				expect(answer(question, form).correct, `${question.factId}: ${form}`).toBe(true);
				expect(answer(question, `  ${form.toUpperCase()} `).correct, `${question.factId}: ${form}`).toBe(true);
			}
			for (const form of question.rejected) {
				expect(answer(question, form).correct, `${question.factId} ← ${form}`).toBe(false);
			}
		}
	});

	it('tells the learner when a typo was forgiven', () => {
		const [question] = questionsFor('back of the lower leg');
		expect(answer(question!, 'claves').note).toMatch(/Accepted, spelt/);
		expect(answer(question!, 'calves').note).toBeUndefined();
	});

	it('accepts, for a clue true of two groups, either of them, and lists both', () => {
		const twoGroup = groupQuestions.find((q) => q.answers.length === 2)!;
		expect(twoGroup).toBeDefined();
		for (const name of twoGroup.answers) expect(answer(twoGroup, name).correct).toBe(true);
		expect(answer(twoGroup, 'elbow').correctAnswer).toBe(twoGroup.answers.join(' or '));
	});

	it('is never asked of a clue with no right group ("cannot be overused")', () => {
		expect(PROMPTS.filter((p) => /overused/i.test(p))).toEqual([]);
		for (const question of TYPED) expect(question.answers.length, question.factId).toBeGreaterThan(0);
	});

	it('never crashes and never accepts random text that is far from every answer', () => {
		const [question] = questionsFor('full lung capacity');
		const oneAnswer = fc.string({ maxLength: 300 }).filter((s) => !/[,;/&+]|\b(and|or|plus|then)\b/i.test(s));
		fc.assert(
			fc.property(oneAnswer, (text) => {
				const result = answer(question!, text);
				const key = answerKey(text);
				const close = question!.accepted.some(
					(form) => key.length > 0 && Math.abs(key.length - answerKey(form).length) <= 3
				);
				if (!close) expect(result.correct).toBe(false);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('typed "Name an exercise"', () => {
	const exerciseQuestions = TYPED.filter((q) => q.kind === 'typed-exercise');

	it('accepts every form it lists as right, and rejects every form it lists as wrong', () => {
		expect(exerciseQuestions.length).toBeGreaterThan(0);
		for (const question of exerciseQuestions) {
			for (const form of [...question.accepted, ...(question.arguable ?? [])]) {
				expect(answer(question, form).correct, `${question.factId} ← ${form}`).toBe(true);
			}
			for (const form of question.rejected) {
				expect(answer(question, form).correct, `${question.factId} ← ${form}`).toBe(false);
			}
			expect(question.rejected.length, question.factId).toBeGreaterThan(0);
		}
	});

	it("lists the article's exercises after any right answer", () => {
		for (const question of exerciseQuestions.filter((q) => q.answers.length > 1)) {
			const note = answer(question, question.answers[0]!).note ?? '';
			for (const exercise of question.answers) expect(note, question.factId).toContain(exercise);
		}
	});

	it('never lets two exercises share a typed form: the judge could not tell them apart', () => {
		const owner = new Map<string, string>();
		for (const claim of DATASET.claims.filter((c) => c.shape === 'exercise')) {
			for (const form of [claim.option, ...(claim.synonyms ?? [])]) {
				const key = answerKey(form);
				expect(owner.get(key) ?? claim.id, `${form}`).toBe(claim.id);
				owner.set(key, claim.id);
			}
		}
	});

	it('never lets two groups share a typed name', () => {
		const owner = new Map<string, string>();
		for (const group of DATASET.groups) {
			for (const form of [group.name, ...group.aliases, ...group.partNames]) {
				const key = answerKey(form);
				expect(owner.get(key) ?? group.id, form).toBe(group.id);
				owner.set(key, group.id);
			}
		}
	});
});
