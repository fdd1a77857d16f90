import type { GeneralFact } from './model';

/**
 * The article's advice for running as a whole: facts about no one muscle group, asked as
 * "prompt → answer" with authored wrong answers, each clearly false.
 */
export const GENERAL_FACTS: readonly GeneralFact[] = [
	{
		id: 'general.advice.whole-body-workout',
		groupId: 'general',
		facet: 'advice',
		prompt: 'Which muscles does running work?',
		answer: 'The whole body, not only the legs',
		statement: 'Running is a whole-body workout, not only a workout for the legs.',
		wrongAnswers: [
			{ answer: 'Only the legs', statement: 'Running works only the legs.' },
			{ answer: 'Only the heart and lungs', statement: 'Running works only the heart and lungs, not the muscles.' },
			{ answer: 'Only the thighs and calves', statement: 'Running works only the thighs and calves.' }
		]
	},
	{
		id: 'general.advice.uphill-downhill',
		groupId: 'general',
		facet: 'advice',
		prompt: 'What changes which muscle groups work hardest on a run?',
		answer: 'Whether you are running uphill or downhill',
		statement: 'Some muscle groups work harder than others depending on whether you run uphill or downhill.',
		wrongAnswers: [
			{
				answer: 'Nothing: every group always works equally hard',
				statement: 'Every muscle group always works equally hard, whatever the slope.'
			},
			{
				answer: 'Only the shoes you wear',
				statement: 'Only the shoes you wear change which muscle groups work hardest.'
			},
			{
				answer: 'Only the time of day you run',
				statement: 'Only the time of day changes which muscle groups work hardest.'
			}
		]
	},
	{
		id: 'general.advice.warm-up-before',
		groupId: 'general',
		facet: 'advice',
		prompt: 'When should you warm up?',
		answer: 'Before you start running',
		statement: 'Warm up before you start running.',
		wrongAnswers: [
			{ answer: 'After you finish running', statement: 'Warm up after you finish running.' },
			{ answer: 'Halfway through your run', statement: 'Warm up halfway through your run.' },
			{ answer: 'Never: it wastes energy', statement: 'Never warm up: it wastes energy.' }
		]
	},
	{
		id: 'general.advice.stretch-and-cool-down-after',
		groupId: 'general',
		facet: 'advice',
		prompt: 'When should you stretch and cool down?',
		answer: 'After you finish running',
		statement: 'Stretch and cool down after you finish running.',
		wrongAnswers: [
			{ answer: 'Before you warm up', statement: 'Stretch and cool down before you warm up.' },
			{ answer: 'Halfway through your run', statement: 'Stretch and cool down halfway through your run.' },
			{ answer: 'Never: it wastes energy', statement: 'Never stretch or cool down: it wastes energy.' }
		]
	},
	{
		id: 'general.advice.stretching-benefits',
		groupId: 'general',
		facet: 'advice',
		prompt: 'What does stretching after a run do for your muscles?',
		answer: 'Keeps them supple',
		statement: 'Stretching after a run helps keep your muscles supple.',
		wrongAnswers: [
			{
				answer: 'Stops lactic acid building up',
				statement: 'Stretching after a run stops lactic acid building up in your muscles.'
			},
			{ answer: 'Makes them bulge', statement: 'Stretching after a run makes your muscles bulge.' },
			{
				answer: 'Does the job of strength training',
				statement: 'Stretching after a run does the job of strength training.'
			}
		],
		correction: {
			articleSays:
				'The article says stretching is proven to aid aches and pains and to prevent cramps and lactic acid build-up.',
			right:
				'Stretching keeps muscles supple and can ease a cramp, but it does not prevent lactic acid build-up: lactate is cleared within an hour or so whatever you do, and it is not what makes muscles sore the next day. Studies find stretching does little for that soreness either.'
		}
	},
	{
		id: 'general.advice.supporting-muscles-help',
		groupId: 'general',
		facet: 'advice',
		prompt: 'What do the supporting muscles do on a run?',
		answer: 'Help the power muscles and support the body as a whole',
		statement:
			'The supporting muscles help the power muscles and support the body as a whole, often without you noticing them.',
		wrongAnswers: [
			{
				answer: 'Nothing until the power muscles are tired',
				statement: 'The supporting muscles do nothing until the power muscles are tired.'
			},
			{ answer: 'They only work when you sprint', statement: 'The supporting muscles only work when you sprint.' },
			{ answer: 'They rest while you run', statement: 'The supporting muscles rest while you run.' }
		]
	},
	{
		id: 'general.advice.supporting-as-important',
		groupId: 'general',
		facet: 'advice',
		prompt: 'How important are the supporting muscles compared with the power muscles?',
		answer: 'Just as important',
		statement: 'The supporting muscles are just as important as the power muscles.',
		wrongAnswers: [
			{
				answer: 'Much less important',
				statement: 'The supporting muscles are much less important than the power muscles.'
			},
			{ answer: 'Only important for sprinters', statement: 'The supporting muscles only matter for sprinters.' },
			{ answer: 'Not important at all', statement: 'The supporting muscles are not important for running.' }
		]
	},
	{
		id: 'general.advice.strength-in-training',
		groupId: 'general',
		facet: 'advice',
		prompt: 'Where does strength work for your running muscles belong?',
		answer: 'In your regular training, alongside your running',
		statement:
			'Keeping your muscles strong is part of a training routine: do strengthening exercises alongside your running.',
		wrongAnswers: [
			{ answer: 'Only after an injury', statement: 'Strength work belongs only after an injury.' },
			{
				answer: 'Nowhere: running alone is enough',
				statement: 'Running alone keeps your muscles strong enough: strength work has no place in training.'
			},
			{ answer: 'Only on race day', statement: 'Strength work belongs only on race day.' }
		]
	}
];
