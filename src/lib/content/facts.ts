import type { Facet, GeneralFact, GroupFact, MuscleGroupId } from './types';

type FactFields = Omit<GroupFact, 'id' | 'groupId' | 'facet'>;

/** Builds a group fact with its stable id `<group>.<facet>.<slug>`. */
function fact(groupId: MuscleGroupId, facet: Facet, slug: string, fields: FactFields): GroupFact {
	return { id: `${groupId}.${facet}.${slug}`, groupId, facet, ...fields };
}

/** Every group is either one of the five power muscles or one of the supporting groups. */
function roleFact(groupId: MuscleGroupId, subject: string, category: 'power' | 'supporting') {
	return category === 'power'
		? fact(groupId, 'function', 'power-muscle', {
				answer: 'Act as one of the power muscles of running',
				statement: `${subject} one of the five power muscles of running.`,
				clue: 'acts as one of the power muscles of running',
				overlaps: ['power-muscle']
			})
		: fact(groupId, 'function', 'supports-power-muscles', {
				answer: 'Support the power muscles on a run',
				statement: `${subject} a supporting group: it helps the power muscles and supports the body as a whole.`,
				clue: 'supports the power muscles on a run',
				overlaps: ['supporting-muscle']
			});
}

/**
 * Every claim of the source article as an atomic fact, in our own words. `overlaps` tags and
 * `alsoTrueOf` / `mentions` lists keep the generator from offering a wrong option that a knowledgeable
 * runner could defend (see GroupFact.overlaps).
 */
export const GROUP_FACTS: readonly GroupFact[] = [
	// Quadriceps
	fact('quadriceps', 'location', 'front-of-thigh', {
		answer: 'Four muscles on the front of the thigh',
		statement: 'The quadriceps are a group of four muscles on the front of the thigh.',
		clue: 'is a group of four muscles on the front of the thigh',
		overlaps: ['thigh-front']
	}),
	fact('quadriceps', 'location', 'down-to-the-knee', {
		answer: 'Down the thigh as far as the knee',
		statement: 'The quadriceps run down the thigh as far as the knee.',
		clue: 'runs down the front of the thigh as far as the knee',
		overlaps: ['thigh-front', 'knee']
	}),
	roleFact('quadriceps', 'The quadriceps are', 'power'),
	fact('quadriceps', 'function', 'propel-forward', {
		answer: 'Propel you forward and keep you moving',
		statement: 'The quadriceps propel you forward and keep you moving throughout a run.',
		clue: 'propels you forward and keeps you moving throughout a run',
		overlaps: ['propulsion', 'power-source']
	}),
	fact('quadriceps', 'function', 'pass-energy-to-hamstrings', {
		answer: 'Pass the energy they generate on to the hamstrings',
		statement: 'The energy the quadriceps generate is passed on to the hamstrings.',
		clue: 'passes the energy it generates on to the hamstrings',
		overlaps: ['quad-hamstring-handoff', 'leg-teamwork'],
		mentions: ['hamstrings']
	}),
	fact('quadriceps', 'injury', 'stronger-than-hamstrings', {
		answer: 'Being stronger than the hamstrings, which can injure the hamstrings',
		statement:
			'Quadriceps that are stronger than the hamstrings can lead to injuries in the hamstrings.',
		clue: 'can lead to hamstring injuries when it is stronger than the hamstrings',
		overlaps: ['quad-hamstring-imbalance'],
		mentions: ['hamstrings']
	}),
	fact('quadriceps', 'exercise', 'leg-extension', {
		answer: 'Leg extensions',
		statement: 'Leg extensions strengthen the quadriceps.',
		clue: 'is strengthened by leg extensions',
		overlaps: ['leg-extension']
	}),
	fact('quadriceps', 'exercise', 'leg-lift', {
		answer: 'Leg lifts',
		statement: 'Leg lifts strengthen the quadriceps.',
		clue: 'is strengthened by leg lifts',
		overlaps: ['leg-lift'],
		// Lifting a straight leg also works the hip flexors and the abs.
		alsoTrueOf: ['hip-flexors', 'core']
	}),
	fact('quadriceps', 'exercise', 'squat', {
		answer: 'Squats',
		statement: 'Squats strengthen the quadriceps (and the glutes).',
		clue: 'is strengthened by squats',
		overlaps: ['squat'],
		alsoTrueOf: ['hamstrings', 'core']
	}),

	// Hamstrings
	fact('hamstrings', 'location', 'span-hip-and-knee', {
		answer: 'Across both the hip and the knee joints',
		statement: 'The hamstrings span both the hip and the knee joints.',
		clue: 'spans both the hip and the knee joints',
		overlaps: ['knee', 'hip-and-knee'],
		// One of the four quadriceps (rectus femoris) crosses both joints too.
		alsoTrueOf: ['quadriceps']
	}),
	roleFact('hamstrings', 'The hamstrings are', 'power'),
	fact('hamstrings', 'function', 'bend-the-knee', {
		answer: 'Bend the knee as you move forward',
		statement: 'The hamstrings bend the knee as you move forward.',
		clue: 'bends the knee as you move forward',
		overlaps: ['knee-bend'],
		alsoTrueOf: ['calves']
	}),
	fact('hamstrings', 'function', 'take-over-from-quadriceps', {
		answer: 'Take over the power from the quadriceps in each stride',
		statement: 'As you move, the power of the stride switches from the quadriceps to the hamstrings.',
		clue: 'takes over the power from the quadriceps in each stride',
		overlaps: ['quad-hamstring-handoff', 'leg-teamwork'],
		mentions: ['quadriceps']
	}),
	fact('hamstrings', 'function', 'free-the-foot', {
		answer: 'Let the foot swing back and up by bending the knee',
		statement: 'By bending the knee, the hamstrings leave the foot free to move back and upwards.',
		clue: 'bends the knee so the foot is free to move back and up',
		overlaps: ['knee-bend'],
		alsoTrueOf: ['calves']
	}),
	fact('hamstrings', 'injury', 'imbalance-with-quadriceps', {
		answer: 'An imbalance with the quadriceps, which trainers try to even out',
		statement:
			'Strength can be out of balance between the hamstrings and quadriceps, so trainers work the whole leg to keep them as equal as possible.',
		clue: 'is trained alongside the quadriceps so the two stay as equal as possible',
		overlaps: ['quad-hamstring-imbalance'],
		mentions: ['quadriceps']
	}),
	fact('hamstrings', 'exercise', 'deadlift', {
		answer: 'Deadlifts',
		statement: 'Deadlifts strengthen the hamstrings.',
		clue: 'is strengthened by deadlifts',
		overlaps: ['deadlift'],
		alsoTrueOf: ['glutes', 'core']
	}),
	fact('hamstrings', 'exercise', 'lying-leg-curl', {
		answer: 'Lying leg curls',
		statement: 'Lying leg curls strengthen the hamstrings.',
		clue: 'is strengthened by lying leg curls',
		overlaps: ['leg-curl']
	}),
	fact('hamstrings', 'exercise', 'hamstring-push-up', {
		answer: 'Hamstring push-ups',
		statement: 'Hamstring push-ups strengthen the hamstrings.',
		clue: 'is strengthened by hamstring push-ups',
		overlaps: ['push-up'],
		alsoTrueOf: ['glutes', 'core']
	}),

	// Glutes
	fact('glutes', 'location', 'buttocks', {
		answer: 'In the buttocks',
		statement: 'The glutes are the muscles of your buttocks (your bum).',
		clue: 'is located in the buttocks',
		overlaps: ['buttocks', 'above-thigh']
	}),
	roleFact('glutes', 'The glutes are', 'power'),
	fact('glutes', 'function', 'main-power-source', {
		answer: 'Provide most of your power when running',
		statement: 'The glutes are the main source of your power when running.',
		clue: 'is the main source of your power when running',
		overlaps: ['power-source', 'propulsion']
	}),
	fact('glutes', 'function', 'stabilise-hips-and-legs', {
		answer: 'Keep the hips and legs stable',
		statement: 'The glutes keep your hips and legs stable.',
		clue: 'keeps the hips and legs stable',
		overlaps: ['hip-stability', 'stability']
	}),
	fact('glutes', 'function', 'upright-posture', {
		answer: 'Keep your posture upright',
		statement: 'The glutes help keep your posture upright.',
		clue: 'helps keep your posture upright',
		overlaps: ['posture']
	}),
	fact('glutes', 'function', 'knee-alignment', {
		answer: 'Keep the knees in line',
		statement: 'The glutes help keep your knees properly aligned.',
		clue: 'helps keep your knees aligned',
		overlaps: ['knee-alignment']
	}),
	fact('glutes', 'injury', 'lower-back-pain', {
		answer: 'Lower back pain',
		statement: 'An injury to the glutes can lead to lower back pain.',
		clue: 'can lead to lower back pain when injured',
		overlaps: ['back']
	}),
	fact('glutes', 'injury', 'knee-strain', {
		answer: 'Knee strain',
		statement: 'An injury to the glutes can lead to knee strain.',
		clue: 'can lead to knee strain when injured',
		overlaps: ['knee']
	}),
	fact('glutes', 'injury', 'hip-problems', {
		answer: 'Problems with the hips',
		statement: 'An injury to the glutes can lead to problems with your hips.',
		clue: 'can lead to problems with the hips when injured',
		overlaps: ['hip']
	}),
	fact('glutes', 'exercise', 'squat', {
		answer: 'Squats',
		statement: 'Squats strengthen the glutes (and the quadriceps).',
		clue: 'is strengthened by squats',
		overlaps: ['squat'],
		alsoTrueOf: ['hamstrings', 'core']
	}),
	fact('glutes', 'exercise', 'walking-lunge', {
		answer: 'Walking lunges',
		statement: 'Walking lunges strengthen the glutes.',
		clue: 'is strengthened by walking lunges',
		overlaps: ['lunge'],
		alsoTrueOf: ['quadriceps', 'hamstrings']
	}),
	fact('glutes', 'exercise', 'glute-bridge', {
		answer: 'Glute bridges',
		statement: 'Glute bridges strengthen the glutes.',
		clue: 'is strengthened by glute bridges',
		overlaps: ['bridge'],
		alsoTrueOf: ['hamstrings', 'core']
	}),

	// Hip flexors
	fact('hip-flexors', 'location', 'just-above-the-thighs', {
		answer: 'Just above the thighs',
		statement: 'The hip flexors sit just above the thighs.',
		clue: 'sits just above the thighs',
		overlaps: ['above-thigh', 'hip-front']
	}),
	roleFact('hip-flexors', 'The hip flexors are', 'power'),
	fact('hip-flexors', 'function', 'lift-the-leg', {
		answer: 'Lift your leg when you run, walk or jump',
		statement: 'The hip flexors are pivotal for every movement that lifts the leg: running, walking, jumping.',
		clue: 'is pivotal for every movement that lifts your leg',
		overlaps: ['leg-lift']
	}),
	fact('hip-flexors', 'function', 'stabilise-hip-joints', {
		answer: 'Stabilise the hip joints',
		statement: 'The hip flexors stabilise your hip joints.',
		clue: 'stabilises the hip joints',
		overlaps: ['hip-stability', 'stability']
	}),
	fact('hip-flexors', 'function', 'team-with-hamstrings-and-quadriceps', {
		answer: 'Work as a team with the hamstrings and quadriceps',
		statement: 'The hip flexors work as a team with the hamstrings and quadriceps.',
		clue: 'works as a team with the hamstrings and quadriceps',
		overlaps: ['leg-teamwork'],
		mentions: ['hamstrings', 'quadriceps']
	}),
	fact('hip-flexors', 'injury', 'weakness-knee-pain', {
		answer: 'Knee pain, when they are relatively weak',
		statement: 'Relatively weak hip flexors make knee pain more likely.',
		clue: 'makes knee pain more likely when it is relatively weak',
		overlaps: ['knee', 'weakness']
	}),
	fact('hip-flexors', 'injury', 'hip-and-knee-linked', {
		answer: 'Hip issues that go hand in hand with knee problems',
		statement: 'Hip issues and knee problems go hand in hand.',
		clue: 'has hip issues that go hand in hand with knee problems',
		overlaps: ['hip', 'knee']
	}),
	fact('hip-flexors', 'exercise', 'weighted-hip-extension', {
		answer: 'Weighted hip extensions',
		statement: 'Weighted hip extensions strengthen the hip flexors.',
		clue: 'is strengthened by weighted hip extensions',
		overlaps: ['hip-extension'],
		// Extending the hip is the glutes' and hamstrings' job as much as anyone's.
		alsoTrueOf: ['glutes', 'hamstrings']
	}),
	fact('hip-flexors', 'exercise', 'runners-lunge', {
		answer: "Runners' lunges",
		statement: "Runners' lunges strengthen the hip flexors.",
		clue: "is strengthened by runners' lunges",
		overlaps: ['lunge'],
		alsoTrueOf: ['quadriceps', 'hamstrings']
	}),
	fact('hip-flexors', 'exercise', 'seated-butterfly-stretch', {
		answer: 'Seated butterfly stretch',
		statement: 'The seated butterfly stretch works the hip flexors.',
		clue: 'is worked by the seated butterfly stretch',
		overlaps: ['butterfly-stretch']
	}),

	// Calves
	fact('calves', 'location', 'back-of-lower-leg', {
		answer: 'At the back of the lower leg, behind the knee',
		statement: 'The calves are at the back of the lower leg, behind the knees.',
		clue: 'is at the back of the lower leg, behind the knee',
		overlaps: ['lower-leg', 'knee']
	}),
	roleFact('calves', 'The calves are', 'power'),
	fact('calves', 'function', 'push-off', {
		answer: 'Push your feet off the ground',
		statement: 'The calves help your feet push off the ground.',
		clue: 'helps your feet push off the ground',
		overlaps: ['push-off', 'propulsion']
	}),
	fact('calves', 'function', 'landing', {
		answer: 'Help your feet land',
		statement: 'The calves help your feet land.',
		clue: 'helps your feet land',
		overlaps: ['landing', 'shock']
	}),
	fact('calves', 'function', 'balance', {
		answer: 'Keep your balance',
		statement: 'The calves help you keep your balance.',
		clue: 'helps you keep your balance',
		overlaps: ['balance']
	}),
	fact('calves', 'function', 'reduce-impact', {
		answer: 'Reduce the shock of impact',
		statement: 'The calves help reduce the shock of each impact.',
		clue: 'helps reduce the shock of each impact',
		overlaps: ['shock']
	}),
	fact('calves', 'injury', 'most-injury-prone', {
		answer: 'More running injuries than almost any other group',
		statement: 'The calves are more prone to running injuries than nearly any other muscle group.',
		clue: 'is more prone to running injuries than nearly any other group',
		overlaps: ['most-prone']
	}),
	fact('calves', 'injury', 'shin-splints', {
		answer: 'Shin splints',
		statement: 'Shin splints are one of the running injuries of the calves.',
		clue: 'is linked to shin splints',
		overlaps: ['shin']
	}),
	fact('calves', 'injury', 'calf-strain', {
		answer: 'Calf strains',
		statement: 'Calf strains are one of the running injuries of the calves.',
		clue: 'can suffer strains from running',
		overlaps: ['calf-strain']
	}),
	fact('calves', 'injury', 'plantar-fasciitis', {
		answer: 'Plantar fasciitis',
		statement: 'Plantar fasciitis is one of the running injuries linked to the calves.',
		clue: 'is linked to plantar fasciitis',
		overlaps: ['foot']
	}),
	fact('calves', 'injury', 'achilles-tendonitis', {
		answer: 'Achilles tendonitis',
		statement: 'Achilles tendonitis is one of the running injuries linked to the calves.',
		clue: 'is linked to Achilles tendonitis',
		overlaps: ['achilles']
	}),
	fact('calves', 'exercise', 'calf-raise', {
		answer: 'Calf raises',
		statement: 'Calf raises strengthen the calves.',
		clue: 'is strengthened by calf raises',
		overlaps: ['calf-raise']
	}),
	fact('calves', 'exercise', 'toe-lunge', {
		answer: 'Toe lunges',
		statement: 'Toe lunges strengthen the calves.',
		clue: 'is strengthened by toe lunges',
		overlaps: ['lunge'],
		alsoTrueOf: ['quadriceps', 'hamstrings']
	}),
	fact('calves', 'exercise', 'dumbbell-jump-squat', {
		answer: 'Dumbbell jump squats',
		statement: 'Dumbbell jump squats strengthen the calves.',
		clue: 'is strengthened by dumbbell jump squats',
		overlaps: ['squat'],
		alsoTrueOf: ['hamstrings', 'core']
	}),

	// Diaphragm
	fact('diaphragm', 'location', 'between-chest-and-abdomen', {
		answer: 'Between the chest cavity and the abdomen',
		statement: 'The diaphragm separates the abdomen from the chest cavity.',
		clue: 'separates the abdomen from the chest cavity',
		overlaps: ['chest', 'abdomen']
	}),
	roleFact('diaphragm', 'The diaphragm is', 'supporting'),
	fact('diaphragm', 'function', 'breathing', {
		answer: 'Help you breathe',
		statement: 'The diaphragm is the muscle that helps you breathe.',
		clue: 'is the muscle that helps you breathe',
		overlaps: ['breathing']
	}),
	fact('diaphragm', 'function', 'full-lung-capacity', {
		answer: 'Let you use your full lung capacity, with practice',
		statement: 'Practising using the diaphragm helps you breathe with your full lung capacity.',
		clue: 'can be practised to use your full lung capacity',
		overlaps: ['breathing']
	}),
	fact('diaphragm', 'function', 'oxygen-in-carbon-dioxide-out', {
		answer: 'Pull oxygen into the lungs and push carbon dioxide out',
		statement: 'The diaphragm pulls oxygen into your lungs and expels carbon dioxide.',
		clue: 'pulls oxygen into the lungs and expels carbon dioxide',
		overlaps: ['breathing']
	}),
	fact('diaphragm', 'function', 'prevent-acid-reflux', {
		answer: 'Press on the oesophagus to stop acid reflux',
		statement: 'The diaphragm puts pressure on the oesophagus, which stops acid reflux.',
		clue: 'puts pressure on the oesophagus to stop acid reflux',
		overlaps: ['reflux']
	}),
	fact('diaphragm', 'injury', 'cannot-be-overused', {
		answer: 'No risk of overuse',
		statement: 'You cannot overuse the diaphragm.',
		clue: 'cannot be overused',
		overlaps: ['overuse']
	}),
	fact('diaphragm', 'injury', 'falling-on-your-side', {
		answer: 'Hurt by falling on your side',
		statement: 'You can hurt the diaphragm by falling on your side, so run carefully.',
		clue: 'can be hurt by falling on your side',
		overlaps: ['fall']
	}),
	fact('diaphragm', 'exercise', 'breathing-techniques', {
		answer: 'Breathing techniques',
		statement: 'The diaphragm is trained with breathing techniques for running.',
		clue: 'is trained with breathing techniques',
		overlaps: ['breathing']
	}),

	// Core
	fact('core', 'location', 'abs-to-hip-girdle', {
		answer: 'The abs, pelvic floor, obliques, multifidus and hip girdle',
		statement:
			'The core is a group of muscles that includes the abs, pelvic floor, obliques, multifidus and the hip girdle muscle.',
		clue: 'includes the abs, pelvic floor, obliques, multifidus and hip girdle muscle',
		overlaps: ['abdomen', 'pelvis', 'hip-front']
	}),
	roleFact('core', 'The core is', 'supporting'),
	fact('core', 'function', 'whole-body-stability', {
		answer: 'Keep the whole body stable as you run',
		statement: 'The core provides stability for the whole body when you run.',
		clue: 'provides stability for the whole body when you run',
		overlaps: ['stability', 'balance']
	}),
	fact('core', 'function', 'stop-leaning-forward', {
		answer: 'Stop you leaning forward and loading your back',
		statement:
			'Good core muscles stop you leaning forward, which would put pressure on your back.',
		clue: 'stops you leaning forward and putting pressure on your back',
		overlaps: ['posture', 'back']
	}),
	fact('core', 'injury', 'weak-core-injury-risk', {
		answer: 'When weak, injury anywhere from the legs to the shoulders',
		statement: 'A weak core puts you at risk of injury anywhere from your legs to your shoulders.',
		clue: 'puts you at risk of injury anywhere from your legs to your shoulders when weak',
		overlaps: ['weakness', 'whole-body-injury', 'back']
	}),
	fact('core', 'exercise', 'plank', {
		answer: 'Planks',
		statement: 'Planks strengthen the core.',
		clue: 'is strengthened by planks',
		overlaps: ['plank'],
		alsoTrueOf: ['upper-body']
	}),
	fact('core', 'exercise', 'russian-twist', {
		answer: 'Russian twists',
		statement: 'Russian twists strengthen the core.',
		clue: 'is strengthened by Russian twists',
		overlaps: ['twist']
	}),
	fact('core', 'exercise', 'crunch', {
		answer: 'Crunches',
		statement: 'Crunches strengthen the core.',
		clue: 'is strengthened by crunches',
		overlaps: ['crunch']
	}),
	fact('core', 'exercise', 'pilates', {
		answer: 'Pilates',
		statement: 'Pilates strengthens the core.',
		clue: 'is strengthened by Pilates',
		// Pilates is whole-body work with a strong focus on breathing.
		overlaps: ['pilates', 'breathing'],
		alsoTrueOf: ['glutes', 'hip-flexors', 'upper-body']
	}),

	// Upper body
	fact('upper-body', 'location', 'arms-shoulders-chest', {
		answer: 'The arms, shoulders, chest and biceps',
		statement: 'The upper body muscles are the arms, shoulders, chest muscles and biceps.',
		clue: 'is made up of the arms, shoulders, chest and biceps',
		overlaps: ['chest', 'arms']
	}),
	roleFact('upper-body', 'The upper body is', 'supporting'),
	fact('upper-body', 'function', 'rhythm-with-legs', {
		answer: "Keep a rhythm with the legs so you don't fall over",
		statement:
			"The upper body muscles work together to keep a good rhythm with your legs so you don't fall over.",
		clue: "keeps a rhythm with the legs so you don't fall over",
		overlaps: ['rhythm', 'balance']
	}),
	fact('upper-body', 'function', 'arm-swing-pace', {
		answer: 'Drive the arm swing that sets your pace',
		statement:
			'A strong upper body increases your arm swing, and a bigger swing increases your pace.',
		clue: 'drives the arm swing, which increases your pace',
		overlaps: ['arm-swing']
	}),
	fact('upper-body', 'injury', 'hard-to-rest', {
		answer: 'Injuries that are hard to rest, which can stop you running',
		statement:
			'An upper-body injury can stop you running while it heals, and it is hard to rest because these muscles are used all day.',
		clue: 'has injuries that are hard to rest because it is used all day',
		overlaps: ['rest', 'overuse']
	}),
	fact('upper-body', 'exercise', 'push-up', {
		answer: 'Push-ups',
		statement: 'Push-ups strengthen the upper body.',
		clue: 'is strengthened by push-ups',
		overlaps: ['push-up'],
		alsoTrueOf: ['core']
	}),
	fact('upper-body', 'exercise', 'bicep-curl', {
		answer: 'Bicep curls',
		statement: 'Bicep curls strengthen the upper body.',
		clue: 'is strengthened by bicep curls',
		overlaps: ['curl']
	}),
	fact('upper-body', 'exercise', 'pull-up', {
		answer: 'Pull-ups',
		statement: 'Pull-ups strengthen the upper body.',
		clue: 'is strengthened by pull-ups',
		overlaps: ['pull-up'],
		alsoTrueOf: ['core']
	}),
	fact('upper-body', 'exercise', 'shoulder-press', {
		answer: 'Shoulder presses',
		statement: 'Shoulder presses strengthen the upper body.',
		clue: 'is strengthened by shoulder presses',
		overlaps: ['press']
	})
];

/** The article's advice for running as a whole. */
export const GENERAL_FACTS: readonly GeneralFact[] = [
	{
		id: 'general.advice.whole-body-workout',
		groupId: 'general',
		facet: 'advice',
		prompt: 'Which muscles does running work?',
		answer: 'The whole body, not only the legs',
		statement: 'Running is a whole-body workout, not only a workout for the legs.',
		wrongAnswers: ['Only the legs', 'Only the heart and lungs', 'Only the thighs and calves']
	},
	{
		id: 'general.advice.uphill-downhill',
		groupId: 'general',
		facet: 'advice',
		prompt: 'What changes which muscle groups work hardest on a run?',
		answer: 'Whether you are running uphill or downhill',
		statement: 'Some muscle groups work harder than others depending on whether you run uphill or downhill.',
		wrongAnswers: [
			'Nothing: every group always works equally hard',
			'Only the shoes you wear',
			'Only the time of day you run'
		]
	},
	{
		id: 'general.advice.warm-up-before',
		groupId: 'general',
		facet: 'advice',
		prompt: 'When should you warm up?',
		answer: 'Before you start running',
		statement: 'Warm up before you start running to keep your muscles strong and supple.',
		wrongAnswers: ['After you finish running', 'Halfway through your run', 'Never: it wastes energy']
	},
	{
		id: 'general.advice.stretch-and-cool-down-after',
		groupId: 'general',
		facet: 'advice',
		prompt: 'When should you stretch and cool down?',
		answer: 'After you finish running',
		statement: 'Stretch and cool down after you finish running.',
		wrongAnswers: ['Before you warm up', 'Halfway through your run', 'Never: it wastes energy']
	},
	{
		id: 'general.advice.stretching-benefits',
		groupId: 'general',
		facet: 'advice',
		prompt: 'What is stretching shown to help with?',
		answer: 'Aches and pains, cramps and lactic acid build-up',
		statement: 'Stretching is shown to ease aches and pains and to prevent cramps and lactic acid build-up.',
		wrongAnswers: [
			'Nothing: it is only a habit',
			'Making your muscles bulge',
			'Replacing strength training'
		]
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
			'Nothing until the power muscles are tired',
			'They only work when you sprint',
			'They rest while you run'
		]
	},
	{
		id: 'general.advice.supporting-as-important',
		groupId: 'general',
		facet: 'advice',
		prompt: 'How important are the supporting muscles compared with the power muscles?',
		answer: 'Just as important',
		statement: 'The supporting muscles are just as important as the power muscles.',
		wrongAnswers: ['Much less important', 'Only important for sprinters', 'Not important at all']
	},
	{
		id: 'general.advice.strength-in-training',
		groupId: 'general',
		facet: 'advice',
		prompt: 'Where does strength work for your running muscles belong?',
		answer: 'In your regular training, alongside your running',
		statement:
			'Keeping your muscles strong is part of a training routine: do strengthening exercises alongside your running.',
		wrongAnswers: ['Only after an injury', 'Nowhere: running alone is enough', 'Only on race day']
	}
];
