import type { MuscleGroup } from './model';

/**
 * The eight muscle groups of the source article ("What muscles are used when running?"),
 * in its order: five power muscles, then three supporting groups.
 */
export const MUSCLE_GROUPS: readonly MuscleGroup[] = [
	{
		id: 'quadriceps',
		name: 'Quadriceps',
		plural: true,
		aliases: ['quads', 'quad', 'quadriceps femoris', 'quadricep'],
		partNames: [],
		category: 'power',
		regions: ['thigh-front'],
		neighbours: ['hamstrings', 'glutes', 'hip-flexors', 'calves'],
		summary: 'Four muscles on the front of the thigh that drive you forward.',
		notes: ['They work first in each stride; the article says the energy they make is passed on to the hamstrings.']
	},
	{
		id: 'hamstrings',
		name: 'Hamstrings',
		plural: true,
		aliases: ['hammies', 'hams', 'hamstring muscles'],
		partNames: ['back of the thigh'],
		category: 'power',
		regions: ['thigh-back'],
		neighbours: ['quadriceps', 'glutes', 'hip-flexors', 'calves'],
		summary: 'The muscles that cross both the hip and the knee and bend the knee.',
		notes: [
			'Quadriceps and hamstrings work in turn in every stride, so trainers work both and keep the hamstrings from falling far behind.'
		]
	},
	{
		id: 'glutes',
		name: 'Glutes',
		plural: true,
		aliases: ['glute', 'gluteus', 'gluteals', 'gluteal muscles', 'glute muscles', 'gluteus maximus', 'gluteus medius'],
		partNames: ['buttocks', 'bum', 'butt', 'bum muscles', 'butt muscles'],
		category: 'power',
		regions: ['buttocks'],
		neighbours: ['quadriceps', 'hamstrings', 'hip-flexors', 'calves', 'core'],
		summary: 'The muscles of the buttocks, which the article calls the main source of running power.',
		notes: ['Strong glutes keep the hips steady, the knees aligned and the body upright.']
	},
	{
		id: 'hip-flexors',
		name: 'Hip flexors',
		plural: true,
		aliases: ['hip flexor muscles', 'iliopsoas'],
		partNames: ['psoas'],
		category: 'power',
		regions: ['hip-front'],
		neighbours: ['quadriceps', 'hamstrings', 'glutes', 'calves', 'core'],
		summary: 'Deep muscles just above the thighs that lift the leg.',
		notes: ['Every lift of the leg, in running, walking or jumping, starts with them.']
	},
	{
		id: 'calves',
		name: 'Calves',
		plural: true,
		aliases: ['calf muscles'],
		partNames: ['gastrocnemius', 'soleus'],
		category: 'power',
		regions: ['lower-leg-back'],
		neighbours: ['quadriceps', 'hamstrings', 'glutes', 'hip-flexors'],
		summary: 'The muscles at the back of the lower leg, below and behind the knee.',
		notes: ['Well-trained runners and cyclists often have visibly bulging calves.']
	},
	{
		id: 'diaphragm',
		name: 'Diaphragm',
		plural: false,
		aliases: ['diaphragm muscle'],
		partNames: [],
		category: 'supporting',
		regions: ['chest-deep'],
		neighbours: ['core', 'upper-body'],
		summary: 'The breathing muscle between the chest cavity and the abdomen.',
		notes: ['Breathing technique is how you train it: practise using it to fill your lungs completely.']
	},
	{
		id: 'core',
		name: 'Core',
		plural: false,
		aliases: ['core muscles', 'abs', 'abdominals', 'abdominal muscles'],
		partNames: ['stomach muscles', 'stomach', 'trunk', 'obliques'],
		category: 'supporting',
		regions: ['trunk'],
		neighbours: ['glutes', 'hip-flexors', 'diaphragm', 'upper-body'],
		summary: 'The abs, pelvic floor, obliques, multifidus and hip girdle muscles: the centre of the body.',
		notes: ['The source calls the core the heart of everything you do on a run.']
	},
	{
		id: 'upper-body',
		name: 'Upper body',
		plural: false,
		aliases: ['upper body muscles'],
		partNames: ['arms', 'arm muscles', 'shoulders', 'shoulder muscles'],
		category: 'supporting',
		regions: ['arms-shoulders-chest'],
		neighbours: ['core', 'diaphragm'],
		summary: 'The arms, shoulders, chest and biceps, which swing in time with the legs.',
		notes: ['The arms swing in rhythm with the legs, balancing every stride.']
	}
];
