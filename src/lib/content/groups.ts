import type { MuscleGroup } from './types';

/**
 * The eight muscle groups of the source article ("What muscles are used when running?"),
 * in its order: five power muscles, then three supporting groups.
 */
export const MUSCLE_GROUPS: readonly MuscleGroup[] = [
	{
		id: 'quadriceps',
		name: 'Quadriceps',
		plural: true,
		aliases: ['quads', 'quadriceps femoris'],
		category: 'power',
		regions: ['thigh-front'],
		summary: 'Four muscles on the front of the thigh that drive you forward.',
		notes: ['Much of the energy of each stride starts here and is handed on to the hamstrings.']
	},
	{
		id: 'hamstrings',
		name: 'Hamstrings',
		plural: true,
		aliases: ['hammies', 'hams'],
		category: 'power',
		regions: ['thigh-back'],
		summary: 'The muscles that cross both the hip and the knee and bend the knee.',
		notes: [
			'Quadriceps and hamstrings work as a pair, so trainers try to keep them equally strong.'
		]
	},
	{
		id: 'glutes',
		name: 'Glutes',
		plural: true,
		aliases: ['gluteus', 'gluteals', 'gluteal muscles', 'buttocks', 'bum'],
		category: 'power',
		regions: ['buttocks'],
		summary: 'The muscles of the buttocks: the main source of running power.',
		notes: ['Strong glutes keep the hips steady, the knees aligned and the body upright.']
	},
	{
		id: 'hip-flexors',
		name: 'Hip flexors',
		plural: true,
		aliases: ['flexors'],
		category: 'power',
		regions: ['hip-front'],
		summary: 'Deep muscles just above the thighs that lift the leg.',
		notes: ['Every lift of the leg, in running, walking or jumping, starts with them.']
	},
	{
		id: 'calves',
		name: 'Calves',
		plural: true,
		aliases: ['calf muscles'],
		category: 'power',
		regions: ['lower-leg-back'],
		summary: 'The muscles at the back of the lower leg, below and behind the knee.',
		notes: ['Well-trained runners and cyclists often have visibly bulging calves.']
	},
	{
		id: 'diaphragm',
		name: 'Diaphragm',
		plural: false,
		aliases: ['diaphragm muscle'],
		category: 'supporting',
		regions: ['chest-deep'],
		summary: 'The breathing muscle between the chest cavity and the abdomen.',
		notes: [
			'Breathing technique is how you train it: practise using it to fill your lungs completely.'
		]
	},
	{
		id: 'core',
		name: 'Core',
		plural: false,
		aliases: ['core muscles', 'abs', 'abdominals', 'stomach muscles', 'trunk'],
		category: 'supporting',
		regions: ['trunk'],
		summary:
			'The abs, pelvic floor, obliques, multifidus and hip girdle muscles: the centre of the body.',
		notes: ['The source calls the core the heart of everything you do on a run.']
	},
	{
		id: 'upper-body',
		name: 'Upper body',
		plural: false,
		aliases: ['upper body muscles', 'arms', 'arms and shoulders'],
		category: 'supporting',
		regions: ['arms-shoulders-chest'],
		summary: 'The arms, shoulders, chest and biceps, which swing in time with the legs.',
		notes: ['The arms swing in rhythm with the legs; a stronger swing means a faster pace.']
	}
];
