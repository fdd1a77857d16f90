import type { Cell, Claim, Correction, TruthRow } from './model';

/**
 * The truth table: every claim Stride can make of a muscle group, and for each of the eight
 * groups whether it is true. Reviewed like code: a cell decides which answers are right, which
 * wrong options may be offered and which typed answers count. `CONTENT-REVIEW.md` beside this
 * file maps every sentence of the article to its claims and explains each correction.
 *
 * - `article(slug)`: the article says it of this group; the fact `<group>.<facet>.<slug>`.
 * - `anatomy(why)`: the article doesn't, accepted running anatomy does. Never a wrong option;
 *   accepted when typed; named in the feedback as added anatomy.
 * - `no(why?)`: a coach would call it false. Only these cells make wrong options.
 * - `unclear(why?)`: defensible either way: never right, never offered as wrong.
 * - `corrected(…)`: the article says it, but it is wrong: false, and the fact teaches the fix.
 */

const article = (fact: string, statement?: string): Cell =>
	statement ? { truth: 'article', fact, statement } : { truth: 'article', fact };
const anatomy = (why: string): Cell => ({ truth: 'anatomy', why });
const no = (why?: string): Cell => (why ? { truth: 'false', why } : { truth: 'false' });
const unclear = (why?: string): Cell => (why ? { truth: 'unclear', why } : { truth: 'unclear' });
const corrected = (correction: Correction): Cell => ({ truth: 'false', correction });

const row = (cells: TruthRow): TruthRow => cells;

export const CLAIMS: readonly Claim[] = [
	// ── Location ────────────────────────────────────────────────────────────────────────────
	{
		id: 'location.front-of-thigh',
		facet: 'location',
		shape: 'place',
		option: 'On the front of the thigh',
		says: '{Group} {are} on the front of the thigh.',
		whichGroup: 'Which muscle group is on the front of the thigh?',
		nameGroup: 'Name the muscle group on the front of the thigh.',
		truth: row({
			quadriceps: article('front-of-thigh', 'The quadriceps are a group of four muscles on the front of the thigh.'),
			hamstrings: no('They are on the back of the thigh.'),
			glutes: no(),
			'hip-flexors': unclear('Two hip flexors (rectus femoris, sartorius) run down the front of the thigh.'),
			calves: no(),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'location.down-to-the-knee',
		facet: 'location',
		shape: 'place',
		option: 'Down the thigh as far as the knee',
		says: '{Group} run{s} down the thigh as far as the knee.',
		whichGroup: 'Which muscle group runs down the thigh as far as the knee?',
		truth: row({
			quadriceps: article('down-to-the-knee', 'The quadriceps run down the front of the thigh as far as the knee.'),
			hamstrings: anatomy('They run down the back of the thigh and cross the knee.'),
			glutes: no(),
			'hip-flexors': unclear('Most sit at the hip; two of them reach the knee.'),
			calves: no('They start at the knee and run down the lower leg.'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'location.span-hip-and-knee',
		facet: 'location',
		shape: 'place',
		option: 'Across both the hip and the knee joints',
		says: '{Group} span{s} both the hip and the knee joints.',
		whichGroup: 'Which muscle group spans both the hip and the knee joints?',
		truth: row({
			quadriceps: unclear('Only one of the four, the rectus femoris, crosses both joints.'),
			hamstrings: article('span-hip-and-knee'),
			glutes: no('They cross the hip only.'),
			'hip-flexors': unclear('The rectus femoris and sartorius cross both; the iliopsoas only the hip.'),
			calves: no('They cross the knee and the ankle, not the hip.'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'location.buttocks',
		facet: 'location',
		shape: 'place',
		option: 'In the buttocks',
		says: '{Group} {are} in the buttocks.',
		whichGroup: 'Which muscle group is in the buttocks?',
		nameGroup: 'Name the muscle group in your buttocks.',
		truth: row({
			quadriceps: no(),
			hamstrings: no('They start just below the buttocks, at the sitting bones.'),
			glutes: article('buttocks', 'The glutes are the muscles of your buttocks (your bum).'),
			'hip-flexors': no('They are at the front of the hip.'),
			calves: no(),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'location.front-of-hip',
		facet: 'location',
		shape: 'place',
		option: 'At the front of the hip, just above the thigh',
		says: '{Group} {are} at the front of the hip, just above the thigh.',
		whichGroup: 'Which muscle group sits at the front of the hip, just above the thigh?',
		truth: row({
			quadriceps: no('They start at the hip but lie along the thigh.'),
			hamstrings: no(),
			glutes: no('They are at the back of the hip.'),
			'hip-flexors': article(
				'just-above-the-thighs',
				'The hip flexors sit at the front of the hip, just above the thighs.'
			),
			calves: no(),
			diaphragm: no(),
			core: unclear('The iliopsoas is sometimes counted as a deep core muscle.'),
			'upper-body': no()
		})
	},
	{
		id: 'location.back-of-lower-leg',
		facet: 'location',
		shape: 'place',
		option: 'At the back of the lower leg, behind the knee',
		says: '{Group} {are} at the back of the lower leg, behind the knee.',
		whichGroup: 'Which muscle group is at the back of the lower leg, behind the knee?',
		nameGroup: 'Name the muscle group at the back of the lower leg.',
		truth: row({
			quadriceps: no(),
			hamstrings: no('They are at the back of the thigh, above the knee.'),
			glutes: no(),
			'hip-flexors': no(),
			calves: article('back-of-lower-leg'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'location.between-chest-and-abdomen',
		facet: 'location',
		shape: 'place',
		option: 'Between the chest cavity and the abdomen',
		says: '{Group} separate{s} the chest cavity from the abdomen.',
		whichGroup: 'Which muscle separates the chest cavity from the abdomen?',
		nameGroup: 'Name the muscle that separates the chest cavity from the abdomen.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: article('between-chest-and-abdomen'),
			core: unclear('Some coaches count the diaphragm as the roof of the core.'),
			'upper-body': no()
		})
	},
	{
		id: 'location.around-the-middle',
		facet: 'location',
		shape: 'place',
		option: 'Around your middle: belly, sides, lower back and pelvis',
		says: '{Group} wrap{s} around your middle: belly, sides, lower back and pelvis.',
		whichGroup: 'Which muscle group wraps around your middle: belly, sides, lower back and pelvis?',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no('They sit behind the pelvis, not around the middle.'),
			'hip-flexors': unclear('The iliopsoas runs from the lower spine through the pelvis.'),
			calves: no(),
			diaphragm: no('It lies across the body under the ribs.'),
			core: article(
				'abs-to-hip-girdle',
				'The core wraps around your middle: the abs, pelvic floor, obliques, multifidus and hip girdle muscles.'
			),
			'upper-body': no()
		})
	},
	{
		id: 'location.arms-shoulders-chest',
		facet: 'location',
		shape: 'place',
		option: 'In the arms, shoulders and chest',
		says: '{Group} {are} made up of the arms, shoulders, chest muscles and biceps.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no('It lies under the chest, not in it.'),
			core: no(),
			'upper-body': article(
				'arms-shoulders-chest',
				'The upper body muscles are the arms, shoulders, chest muscles and biceps.'
			)
		})
	},

	// ── Category (the article's two classes) ────────────────────────────────────────────────
	{
		id: 'function.power-muscle',
		facet: 'function',
		shape: 'category',
		option: 'One of the power muscles',
		says: '{Group} {are} among the five power muscles of running.',
		truth: row({
			quadriceps: article('power-muscle'),
			hamstrings: article('power-muscle'),
			glutes: article('power-muscle'),
			'hip-flexors': article('power-muscle'),
			calves: article('power-muscle'),
			diaphragm: no('The article counts it among the supporting muscles.'),
			core: no('The article counts it among the supporting muscles.'),
			'upper-body': no('The article counts it among the supporting muscles.')
		})
	},
	{
		id: 'function.supporting-muscle',
		facet: 'function',
		shape: 'category',
		option: 'One of the supporting muscles',
		says: '{Group} {are} among the supporting muscles, which help the power muscles and support the whole body.',
		truth: row({
			quadriceps: no('The article counts them among the power muscles.'),
			hamstrings: no('The article counts them among the power muscles.'),
			glutes: no('The article counts them among the power muscles.'),
			'hip-flexors': no('The article counts them among the power muscles.'),
			calves: no('The article counts them among the power muscles.'),
			diaphragm: article('supports-power-muscles'),
			core: article('supports-power-muscles'),
			'upper-body': article('supports-power-muscles')
		})
	},

	// ── Jobs in the stride ──────────────────────────────────────────────────────────────────
	{
		id: 'function.propel-forward',
		facet: 'function',
		shape: 'job',
		option: 'Propel you forward and keep you moving',
		says: '{Group} propel{s} you forward and keep{s} you moving.',
		truth: row({
			quadriceps: article('propel-forward'),
			hamstrings: anatomy('They extend the hip, driving you forward; the article says the power switches to them.'),
			glutes: anatomy('The article calls them the main source of running power.'),
			'hip-flexors': unclear('They swing the leg forward rather than push the body.'),
			calves: anatomy('Their push-off drives every stride.'),
			diaphragm: no(),
			core: no('It steadies the body; the legs move it.'),
			'upper-body': unclear('A strong arm swing helps the pace, but the arms do not push you.')
		})
	},
	{
		id: 'function.pass-energy-to-hamstrings',
		facet: 'function',
		shape: 'job',
		option: 'Pass the energy they make on to the hamstrings',
		says: 'The energy {group} generate{s} is passed on to the hamstrings.',
		truth: row({
			quadriceps: article('pass-energy-to-hamstrings'),
			hamstrings: unclear('The claim names them.'),
			glutes: unclear(),
			'hip-flexors': unclear(),
			calves: unclear(),
			diaphragm: no(),
			core: unclear('The core passes force between the legs and the upper body.'),
			'upper-body': no()
		})
	},
	{
		id: 'function.bend-the-knee',
		facet: 'function',
		shape: 'job',
		option: 'Bend the knee as you move forward',
		says: '{Group} bend{s} the knee as you move forward.',
		whichGroup: 'Which muscle group bends the knee as you move forward?',
		truth: row({
			quadriceps: no('They straighten the knee, the opposite movement.'),
			hamstrings: article('bend-the-knee'),
			glutes: no('They move the hip, not the knee.'),
			'hip-flexors': unclear('The sartorius, one of them, helps bend the knee.'),
			calves: anatomy('The gastrocnemius crosses the back of the knee and helps bend it.'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'function.free-the-foot',
		facet: 'function',
		shape: 'job',
		option: 'Bend the knee so the foot can swing back and up',
		says: 'By bending the knee, {group} let{s} the foot swing back and up.',
		whichGroup: 'Which muscle group bends the knee so the foot can swing back and up?',
		truth: row({
			quadriceps: no('They straighten the knee, the opposite movement.'),
			hamstrings: article('free-the-foot'),
			glutes: no('They move the hip, not the knee.'),
			'hip-flexors': unclear('The sartorius, one of them, helps bend the knee.'),
			calves: unclear('The gastrocnemius helps bend the knee, but the hamstrings swing the foot back.'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'function.take-over-from-quadriceps',
		facet: 'function',
		shape: 'job',
		option: 'Take over the power from the quadriceps as you move',
		says: 'As you move, the power of the stride switches from the quadriceps to {group}.',
		truth: row({
			quadriceps: unclear('The claim names them.'),
			hamstrings: article('take-over-from-quadriceps'),
			glutes: unclear('The glutes and hamstrings extend the hip together.'),
			'hip-flexors': unclear(),
			calves: unclear(),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'function.main-power-source',
		facet: 'function',
		shape: 'job',
		option: 'Provide most of your power when running',
		says: '{Group} {are} the main source of your power when running.',
		whichGroup: 'Which muscle group does the article call the main source of running power?',
		truth: row({
			quadriceps: unclear('Which leg muscle gives the most power depends on speed and slope.'),
			hamstrings: unclear('Which leg muscle gives the most power depends on speed and slope.'),
			glutes: article('main-power-source', 'The article calls the glutes the main source of your power when running.'),
			'hip-flexors': unclear('At a sprint they give much of the power.'),
			calves: unclear('At running speeds the calves do much of the work.'),
			diaphragm: no(),
			core: no('It steadies the body; the legs power it.'),
			'upper-body': no('The arms balance and set rhythm; the legs give the power.')
		})
	},
	{
		id: 'function.stabilise-hips-and-legs',
		facet: 'function',
		shape: 'job',
		option: 'Keep your hips and legs stable',
		says: '{Group} keep{s} your hips and legs stable.',
		truth: row({
			quadriceps: unclear(),
			hamstrings: unclear(),
			glutes: article('stabilise-hips-and-legs'),
			'hip-flexors': anatomy('The article says they stabilise the hip joints.'),
			calves: unclear('They steady the ankle, at the far end of the leg.'),
			diaphragm: no(),
			core: anatomy('The core holds the pelvis steady for the legs to work from.'),
			'upper-body': no()
		})
	},
	{
		id: 'function.upright-posture',
		facet: 'function',
		shape: 'job',
		option: 'Keep your posture upright',
		says: '{Group} help{s} keep your posture upright.',
		whichGroup: 'Which muscle group helps keep your posture upright, by the article?',
		truth: row({
			quadriceps: no(),
			hamstrings: unclear('They help hold the pelvis level.'),
			glutes: article('upright-posture'),
			'hip-flexors': unclear('Tight hip flexors tip you forward; strong ones do not hold you up.'),
			calves: unclear('The calves keep you balanced over your feet, which helps you stand tall.'),
			diaphragm: no(),
			core: anatomy('The article says a good core stops you leaning forward.'),
			'upper-body': unclear('The upper back holds the shoulders up.')
		})
	},
	{
		id: 'function.knee-alignment',
		facet: 'function',
		shape: 'job',
		option: 'Keep your knees in line',
		says: '{Group} help{s} keep your knees in line.',
		truth: row({
			quadriceps: anatomy('The inner quadriceps help the kneecap track straight.'),
			hamstrings: unclear(),
			glutes: article('knee-alignment'),
			'hip-flexors': unclear(),
			calves: no(),
			diaphragm: no(),
			core: unclear(),
			'upper-body': no()
		})
	},
	{
		id: 'function.lift-the-leg',
		facet: 'function',
		shape: 'job',
		option: 'Lift your leg when you run, walk or jump',
		says: '{Group} lift{s} your leg when you run, walk or jump.',
		whichGroup: 'Which muscle group lifts your leg when you run, walk or jump?',
		nameGroup: 'Name a muscle group that lifts your leg when you run, walk or jump.',
		truth: row({
			quadriceps: anatomy('One of the four, the rectus femoris, also lifts the thigh.'),
			hamstrings: no('They pull the leg back, the opposite movement.'),
			glutes: no('They pull the leg back, the opposite movement.'),
			'hip-flexors': article(
				'lift-the-leg',
				'The hip flexors lift your leg: they are pivotal for running, walking and jumping.'
			),
			calves: no(),
			diaphragm: no(),
			core: no('The abs steady the pelvis while the hip flexors lift the leg.'),
			'upper-body': no()
		})
	},
	{
		id: 'function.stabilise-hip-joints',
		facet: 'function',
		shape: 'job',
		option: 'Stabilise your hip joints',
		says: '{Group} stabilise{s} your hip joints.',
		truth: row({
			quadriceps: unclear(),
			hamstrings: unclear(),
			glutes: anatomy('The article says they keep the hips stable.'),
			'hip-flexors': article('stabilise-hip-joints'),
			calves: no(),
			diaphragm: no(),
			core: anatomy('The article counts the hip girdle muscles in the core.'),
			'upper-body': no()
		})
	},
	{
		id: 'function.team-with-hamstrings-and-quadriceps',
		facet: 'function',
		shape: 'job',
		option: 'Work as a team with the hamstrings and quadriceps',
		says: '{Group} work{s} as a team with the hamstrings and quadriceps.',
		truth: row({
			quadriceps: unclear('The claim names them.'),
			hamstrings: unclear('The claim names them.'),
			glutes: unclear('Every leg muscle works with the others.'),
			'hip-flexors': article('team-with-hamstrings-and-quadriceps'),
			calves: unclear('Every leg muscle works with the others.'),
			diaphragm: no(),
			core: unclear(),
			'upper-body': no()
		})
	},
	{
		id: 'function.push-off',
		facet: 'function',
		shape: 'job',
		option: 'Push your feet off the ground',
		says: '{Group} help{s} your feet push off the ground.',
		whichGroup: 'Which muscle group helps your feet push off the ground?',
		truth: row({
			quadriceps: unclear('They straighten the knee as you push off.'),
			hamstrings: unclear('They extend the hip as you push off.'),
			glutes: unclear('They extend the hip as you push off.'),
			'hip-flexors': no('They swing the leg forward after the push.'),
			calves: article('push-off'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'function.landing',
		facet: 'function',
		shape: 'job',
		option: 'Help your feet land',
		says: '{Group} help{s} your feet land.',
		whichGroup: 'Which muscle group helps your feet land, by the article?',
		truth: row({
			quadriceps: anatomy('They take much of the load as the knee bends on landing.'),
			hamstrings: unclear(),
			glutes: unclear(),
			'hip-flexors': no(),
			calves: article('landing'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'function.balance',
		facet: 'function',
		shape: 'job',
		option: 'Keep your balance',
		says: '{Group} help{s} you keep your balance.',
		truth: row({
			quadriceps: unclear(),
			hamstrings: unclear(),
			glutes: anatomy('The side glutes hold you steady on one leg.'),
			'hip-flexors': unclear(),
			calves: article('balance'),
			diaphragm: no(),
			core: anatomy('A strong core keeps the body balanced over the feet.'),
			'upper-body': anatomy('The article says the arms keep rhythm with the legs so you don’t fall over.')
		})
	},
	{
		id: 'function.reduce-impact',
		facet: 'function',
		shape: 'job',
		option: 'Soften the shock of each landing',
		says: '{Group} help{s} soften the shock of each landing.',
		truth: row({
			quadriceps: anatomy('They absorb the landing as the knee bends.'),
			hamstrings: unclear(),
			glutes: unclear(),
			'hip-flexors': no(),
			calves: article('reduce-impact'),
			diaphragm: no(),
			core: unclear(),
			'upper-body': no()
		})
	},
	{
		id: 'function.breathing',
		facet: 'function',
		shape: 'job',
		option: 'Help you breathe',
		says: '{Group} help{s} you breathe.',
		whichGroup: 'Which muscle helps you breathe?',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: article('breathing', 'The diaphragm is the muscle that helps you breathe.'),
			core: unclear('The abs help you breathe out hard.'),
			'upper-body': unclear('Chest and neck muscles help you breathe in hard.')
		})
	},
	{
		id: 'function.full-lung-capacity',
		facet: 'function',
		shape: 'job',
		option: 'Let you use your full lung capacity, with practice',
		says: 'Practising with {group} helps you breathe with your full lung capacity.',
		whichGroup: 'Which muscle can you practise using to breathe with your full lung capacity?',
		nameGroup: 'Name the muscle you practise using to breathe with your full lung capacity.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: article('full-lung-capacity'),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'function.oxygen-in-carbon-dioxide-out',
		facet: 'function',
		shape: 'job',
		option: 'Draw air into your lungs and push carbon dioxide out',
		says: '{Group} draw{s} oxygen into your lungs and push{es} carbon dioxide out.',
		whichGroup: 'Which muscle draws oxygen into your lungs and pushes carbon dioxide out?',
		nameGroup: 'Name the muscle that draws oxygen into your lungs and pushes carbon dioxide out.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: article('oxygen-in-carbon-dioxide-out'),
			core: unclear('The abs help push air out in hard breathing.'),
			'upper-body': unclear('Chest and neck muscles help draw air in during hard breathing.')
		})
	},
	{
		id: 'function.prevent-acid-reflux',
		facet: 'function',
		shape: 'job',
		option: 'Press on the oesophagus to help stop acid reflux',
		says: '{Group} press{es} on the oesophagus, which helps stop acid reflux.',
		whichGroup: 'Which muscle presses on the oesophagus to help stop acid reflux?',
		nameGroup: 'Name the muscle that presses on the oesophagus to help stop acid reflux.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: article('prevent-acid-reflux'),
			core: no('Tight abs raise the pressure in the belly, if anything.'),
			'upper-body': no()
		})
	},
	{
		id: 'function.whole-body-stability',
		facet: 'function',
		shape: 'job',
		option: 'Keep your whole body stable as you run',
		says: '{Group} keep{s} your whole body stable as you run.',
		whichGroup: 'Which muscle group keeps your whole body stable as you run?',
		truth: row({
			quadriceps: no('They move and steady the knee, not the whole body.'),
			hamstrings: no('They move the hip and knee, not the whole body.'),
			glutes: unclear('They steady the hips and legs.'),
			'hip-flexors': unclear(),
			calves: no('They steady the ankle and help balance, not the whole body.'),
			diaphragm: unclear('Breathing in braces the trunk.'),
			core: article('whole-body-stability'),
			'upper-body': unclear()
		})
	},
	{
		id: 'function.stop-leaning-forward',
		facet: 'function',
		shape: 'job',
		option: 'Stop you leaning forward and straining your back',
		says: '{Group} stop{s} you leaning forward and straining your back.',
		whichGroup: 'Which muscle group stops you leaning forward and straining your back?',
		truth: row({
			quadriceps: no(),
			hamstrings: unclear('They help hold the pelvis level.'),
			glutes: anatomy('They hold the hips and trunk upright; the article says they keep your posture upright.'),
			'hip-flexors': unclear(),
			calves: no(),
			diaphragm: no(),
			core: article('stop-leaning-forward'),
			'upper-body': unclear('The upper back holds the shoulders back.')
		})
	},
	{
		id: 'function.rhythm-with-legs',
		facet: 'function',
		shape: 'job',
		option: 'Keep a rhythm with your legs so you don’t fall over',
		says: '{Group} keep{s} a rhythm with your legs so you don’t fall over.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: unclear('The trunk turns against the legs with each stride.'),
			'upper-body': article('rhythm-with-legs')
		})
	},
	{
		id: 'function.arm-swing-pace',
		facet: 'function',
		shape: 'job',
		option: 'Drive the arm swing that helps you hold your pace',
		says: 'Strength in {group} keeps your arm swing strong, which helps you hold your pace.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: no(),
			'upper-body': article('arm-swing-pace')
		})
	},

	// ── Named problems ──────────────────────────────────────────────────────────────────────
	{
		id: 'injury.lower-back-pain',
		facet: 'injury',
		shape: 'condition',
		option: 'Lower back pain',
		says: 'Trouble with {group} can lead to lower back pain.',
		truth: row({
			quadriceps: no(),
			hamstrings: unclear('Tight hamstrings are often blamed for back pain.'),
			glutes: article('lower-back-pain', 'An injury to the glutes can lead to lower back pain.'),
			'hip-flexors': anatomy('Tight hip flexors tilt the pelvis and load the lower back.'),
			calves: no(),
			diaphragm: no(),
			core: anatomy(
				'A weak core is a well-known cause of lower back pain; the article says a good core keeps the load off your back.'
			),
			'upper-body': no()
		})
	},
	{
		id: 'injury.knee-strain',
		facet: 'injury',
		shape: 'condition',
		option: 'Knee strain',
		says: 'An injury to {group} can lead to knee strain.',
		truth: row({
			quadriceps: anatomy('Weak or tight quadriceps are a classic cause of knee trouble.'),
			hamstrings: unclear(),
			glutes: article('knee-strain'),
			'hip-flexors': unclear('The article links weak hip flexors to knee pain, not strain.'),
			calves: unclear(),
			diaphragm: no(),
			core: unclear(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.knee-pain',
		facet: 'injury',
		shape: 'condition',
		option: 'Knee pain',
		says: 'When {group} {are} relatively weak, knee pain is more likely.',
		truth: row({
			quadriceps: anatomy('Weak quadriceps are a classic cause of runner’s knee.'),
			hamstrings: unclear(),
			glutes: anatomy(
				'Weak glutes let the knee cave in, a common cause of runner’s knee; the article links glute injury to knee strain.'
			),
			'hip-flexors': article('weakness-knee-pain', 'Relatively weak hip flexors make knee pain more likely.'),
			calves: unclear(),
			diaphragm: no(),
			core: unclear(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.hip-problems',
		facet: 'injury',
		shape: 'condition',
		option: 'Problems with your hips',
		says: 'An injury to {group} can lead to problems with your hips.',
		truth: row({
			quadriceps: unclear(),
			hamstrings: unclear(),
			glutes: article('hip-problems'),
			'hip-flexors': anatomy('The article says hip issues and knee problems go hand in hand for them.'),
			calves: no(),
			diaphragm: no(),
			core: unclear('The article counts the hip girdle muscles in the core.'),
			'upper-body': no()
		})
	},
	{
		id: 'injury.shin-splints',
		facet: 'injury',
		shape: 'condition',
		option: 'Shin splints',
		says: '{Group} {are} linked to shin splints.',
		whichGroup: 'Which muscle group is linked to shin splints?',
		nameGroup: 'Name the muscle group linked to shin splints.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: article('shin-splints', 'The calves are linked to shin splints, one of their running injuries.'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.muscle-strain',
		facet: 'injury',
		shape: 'condition',
		option: 'Muscle strains from running',
		says: '{Group} {are} prone to muscle strains from running.',
		truth: row({
			quadriceps: anatomy('Quadriceps strains are common in sprinting and kicking.'),
			hamstrings: anatomy('Hamstring strains are among the commonest running injuries.'),
			glutes: unclear(),
			'hip-flexors': unclear(),
			calves: article('calf-strain', 'The calves are prone to strains from running (calf strains).'),
			diaphragm: no(),
			core: unclear(),
			'upper-body': unclear()
		})
	},
	{
		id: 'injury.plantar-fasciitis',
		facet: 'injury',
		shape: 'condition',
		option: 'Plantar fasciitis',
		says: '{Group} {are} linked to plantar fasciitis.',
		whichGroup: 'Which muscle group is linked to plantar fasciitis?',
		nameGroup: 'Name the muscle group linked to plantar fasciitis.',
		truth: row({
			quadriceps: no(),
			hamstrings: unclear('Tight hamstrings are sometimes linked to it.'),
			glutes: no(),
			'hip-flexors': no(),
			calves: article('plantar-fasciitis', 'Plantar fasciitis is one of the running injuries linked to the calves.'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.achilles-tendonitis',
		facet: 'injury',
		shape: 'condition',
		option: 'Achilles tendonitis',
		says: '{Group} {are} linked to Achilles tendonitis.',
		whichGroup: 'Which muscle group is linked to Achilles tendonitis?',
		nameGroup: 'Name the muscle group linked to Achilles tendonitis.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: article(
				'achilles-tendonitis',
				'Achilles tendonitis is one of the running injuries linked to the calves: the Achilles tendon joins them to the heel.'
			),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},

	// ── Sentences about injury ──────────────────────────────────────────────────────────────
	{
		id: 'injury.most-injury-prone',
		facet: 'injury',
		shape: 'risk',
		option: '{They} get{s} more running injuries than nearly any other group',
		says: '{Group} {are} more prone to running injuries than nearly any other muscle group.',
		truth: row({
			quadriceps: no('Quadriceps injuries are less common in runners than calf and hamstring ones.'),
			hamstrings: unclear('Hamstring strains are common too.'),
			glutes: no(),
			'hip-flexors': no(),
			calves: article('most-injury-prone'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.stronger-than-hamstrings',
		facet: 'injury',
		shape: 'risk',
		option: 'When {they} {are} much stronger than the hamstrings, the hamstrings get injured',
		says: 'When {group} {are} much stronger than the hamstrings, the hamstrings can get injured.',
		truth: row({
			quadriceps: article(
				'stronger-than-hamstrings',
				'Quadriceps much stronger than the hamstrings can lead to hamstring injuries.'
			),
			hamstrings: unclear('The claim names them.'),
			glutes: unclear('Weak glutes, not strong ones, overload the hamstrings.'),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.as-strong-as-quadriceps',
		facet: 'injury',
		shape: 'risk',
		option: 'Trainers try to make {them} as strong as the quadriceps',
		says: 'Trainers try to make {group} as strong as the quadriceps.',
		truth: row({
			quadriceps: unclear('The claim names them.'),
			hamstrings: corrected({
				fact: 'imbalance-with-quadriceps',
				articleSays:
					'The article says trainers work the whole leg to make the hamstrings and quadriceps as equal as possible.',
				right:
					'Healthy hamstrings are weaker than the quadriceps, about two-thirds as strong. Trainers work the whole leg so the hamstrings do not fall too far behind, not to make the two equal.'
			}),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.hip-and-knee-linked',
		facet: 'injury',
		shape: 'risk',
		option: 'Hip issues that go hand in hand with knee problems',
		says: 'With {group}, hip issues and knee problems go hand in hand.',
		truth: row({
			quadriceps: unclear(),
			hamstrings: unclear(),
			glutes: anatomy('The article says an injured glute can lead to knee strain and hip issues.'),
			'hip-flexors': article(
				'hip-and-knee-linked',
				'With the hip flexors, hip issues and knee problems go hand in hand.'
			),
			calves: no(),
			diaphragm: no(),
			core: unclear(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.cannot-be-overused',
		facet: 'injury',
		shape: 'risk',
		option: '{They} cannot be overused or tired out',
		says: 'You cannot overuse or tire out {group}.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: corrected({
				fact: 'cannot-be-overused',
				articleSays: 'The article says you cannot overuse the diaphragm.',
				right:
					'The diaphragm is a working muscle like any other: it can tire in long, hard efforts, which is why breathing training helps. Injuring it by overuse is rare.'
			}),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'injury.falling-on-your-side',
		facet: 'injury',
		shape: 'risk',
		option: '{They} can be hurt by a fall on your side',
		says: 'You can hurt {group} by falling on your side, so run carefully.',
		truth: row({
			quadriceps: unclear('A fall can hurt any muscle.'),
			hamstrings: unclear('A fall can hurt any muscle.'),
			glutes: unclear('A fall can hurt any muscle.'),
			'hip-flexors': unclear('A fall can hurt any muscle.'),
			calves: unclear('A fall can hurt any muscle.'),
			diaphragm: article(
				'falling-on-your-side',
				'You can hurt the diaphragm by falling on your side, so run carefully (a fall more often bruises a rib).'
			),
			core: unclear('A fall can hurt any muscle.'),
			'upper-body': unclear('A fall can hurt any muscle.')
		})
	},
	{
		id: 'injury.weak-core-injury-risk',
		facet: 'injury',
		shape: 'risk',
		option: 'When weak, {they} put{s} you at risk of injury from your legs to your shoulders',
		says: 'When {group} {are} weak, {they} put{s} you at risk of injury anywhere from your legs to your shoulders.',
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: unclear('Weak glutes cause trouble from the back to the knee.'),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: article(
				'weak-core-injury-risk',
				'A weak core puts you at risk of injury anywhere from your legs to your shoulders.'
			),
			'upper-body': no()
		})
	},
	{
		id: 'injury.hard-to-rest',
		facet: 'injury',
		shape: 'risk',
		option: 'When injured, {they} {are} hard to rest because {they} {are} used all day',
		says: 'An injury to {group} is hard to rest, because {they} {are} used all day, and it can stop you running while it heals.',
		truth: row({
			quadriceps: unclear('Legs are used all day too.'),
			hamstrings: unclear('Legs are used all day too.'),
			glutes: unclear('Legs are used all day too.'),
			'hip-flexors': unclear('Legs are used all day too.'),
			calves: unclear('Legs are used all day too.'),
			diaphragm: anatomy('It works every minute of the day and night.'),
			core: unclear('It holds you up all day.'),
			'upper-body': article('hard-to-rest')
		})
	},

	// ── Exercises ───────────────────────────────────────────────────────────────────────────
	{
		id: 'exercise.leg-extension',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Leg extensions',
		says: 'Leg extensions strengthen {group}.',
		whichGroup: 'Which muscle group do leg extensions strengthen?',
		nameGroup: 'Name the muscle group that leg extensions strengthen.',
		synonyms: [
			'leg extension',
			'knee extensions',
			'seated leg extensions',
			'machine leg extensions',
			'quad extensions'
		],
		truth: row({
			quadriceps: article('leg-extension'),
			hamstrings: no('Leg extensions straighten the knee against a pad: the quadriceps’ job.'),
			glutes: no('Leg extensions straighten the knee against a pad: the quadriceps’ job.'),
			'hip-flexors': no('The hip stays still through the lift.'),
			calves: no(),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.leg-lift',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Leg lifts',
		says: 'Leg lifts strengthen {group}.',
		synonyms: ['leg raises', 'leg raise', 'straight leg raises', 'straight leg lifts', 'lying leg raises', 'leg lift'],
		truth: row({
			quadriceps: article('leg-lift'),
			hamstrings: no('Lifting the leg is the opposite of their movement.'),
			glutes: no('Lifting the leg is the opposite of their movement.'),
			'hip-flexors': anatomy('Lifting a straight leg is hip flexion, their own job.'),
			calves: no(),
			diaphragm: no(),
			core: anatomy('Lying leg raises are a classic abs exercise.'),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.squat',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Squats',
		says: 'Squats strengthen {group}.',
		synonyms: [
			'squat',
			'bodyweight squats',
			'air squats',
			'back squats',
			'front squats',
			'goblet squats',
			'sumo squats'
		],
		truth: row({
			quadriceps: article('squat', 'Squats strengthen the quadriceps (and the glutes).'),
			hamstrings: unclear('They work in a squat, but squat training barely grows them (Kubo 2019).'),
			glutes: article('squat', 'Squats strengthen the glutes (and the quadriceps).'),
			'hip-flexors': no('They only lower you into the squat; it trains the muscles that stand you up.'),
			calves: no('The calves only hold the ankle steady: squats are not a calf exercise.'),
			diaphragm: no(),
			core: anatomy('The core braces the trunk through every squat.'),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.deadlift',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Deadlifts',
		says: 'Deadlifts strengthen {group}.',
		synonyms: [
			'deadlift',
			'romanian deadlifts',
			'romanian deadlift',
			'rdl',
			'rdls',
			'stiff leg deadlifts',
			'single leg deadlifts',
			'single leg rdls'
		],
		truth: row({
			quadriceps: unclear('They help break the bar from the floor; Romanian deadlifts barely use them.'),
			hamstrings: article('deadlift'),
			glutes: anatomy('The glutes drive the hips forward at the top of every deadlift.'),
			'hip-flexors': no('They do the opposite movement.'),
			calves: no(),
			diaphragm: no(),
			core: anatomy('The lower back and abs hold the trunk rigid; the article counts the multifidus in the core.'),
			'upper-body': anatomy('The grip, shoulders and upper back hold the bar.')
		})
	},
	{
		id: 'exercise.lying-leg-curl',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Lying leg curls',
		says: 'Lying leg curls strengthen {group}.',
		whichGroup: 'Which muscle group do lying leg curls strengthen?',
		synonyms: [
			'leg curls',
			'leg curl',
			'hamstring curls',
			'hamstring curl',
			'lying hamstring curls',
			'prone leg curls',
			'seated leg curls'
		],
		truth: row({
			quadriceps: no('Curling the heel up bends the knee: the opposite of their job.'),
			hamstrings: article('lying-leg-curl'),
			glutes: no('The hip stays still through the curl.'),
			'hip-flexors': no(),
			calves: unclear('The gastrocnemius helps bend the knee, but leg curls are not a calf exercise.'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.hamstring-push-up',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Hamstring push-ups',
		says: 'Hamstring push-ups strengthen {group}.',
		synonyms: ['hamstring press-ups'],
		truth: row({
			quadriceps: no(),
			hamstrings: article('hamstring-push-up'),
			glutes: anatomy('The glutes hold the hips up while the hamstrings work.'),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: unclear('The trunk is held straight through the move.'),
			'upper-body': no('Despite the name, it is a leg exercise: push-ups are the upper-body one.')
		})
	},
	{
		id: 'exercise.walking-lunge',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Walking lunges',
		says: 'Walking lunges strengthen {group}.',
		synonyms: ['walking lunge', 'lunges', 'lunge', 'forward lunges', 'reverse lunges'],
		truth: row({
			quadriceps: anatomy('The front leg’s quadriceps do much of the work of a lunge.'),
			hamstrings: anatomy('The hamstrings help extend the hip of the front leg.'),
			glutes: article('walking-lunge'),
			'hip-flexors': unclear('The back leg’s hip flexors are stretched more than worked.'),
			calves: unclear('The back foot pushes off from the toes.'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.glute-bridge',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Glute bridges',
		says: 'Glute bridges strengthen {group}.',
		synonyms: [
			'glute bridge',
			'bridges',
			'bridge',
			'hip bridges',
			'hip bridge',
			'bum bridges',
			'single leg bridges',
			'single leg glute bridges',
			'hip raises'
		],
		truth: row({
			quadriceps: no(),
			hamstrings: anatomy('The hamstrings help lift the hips in a bridge.'),
			glutes: article('glute-bridge'),
			'hip-flexors': no('They are stretched at the top of a bridge, not worked.'),
			calves: no(),
			diaphragm: no(),
			core: anatomy('The abs and lower back hold the trunk straight at the top.'),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.weighted-hip-extension',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Weighted hip extensions',
		says: 'Weighted hip extensions strengthen {group}.',
		whichGroup: 'Which muscle group do weighted hip extensions strengthen?',
		synonyms: ['weighted hip extension', 'hip extensions', 'hip extension', 'hip thrusts'],
		truth: row({
			quadriceps: no('Hip extension is the hamstrings’ and glutes’ movement.'),
			hamstrings: anatomy('Extending the hip is one of their two jobs.'),
			glutes: anatomy('Extending the hip is their main job.'),
			'hip-flexors': corrected({
				fact: 'weighted-hip-extension',
				articleSays: 'The article lists weighted hip extensions as a hip-flexor exercise.',
				right:
					'Weighted hip extensions do not strengthen the hip flexors: extending the hip is the opposite movement. They work the glutes and hamstrings; leg lifts are the way to work the hip flexors.'
			}),
			calves: no(),
			diaphragm: no(),
			core: unclear(
				'The back-extension version works the lower back, which the article counts in the core (multifidus).'
			),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.runners-lunge',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Runners’ lunges',
		says: 'Runners’ lunges work {group}.',
		synonyms: ["runner's lunge", 'low lunges'],
		truth: row({
			quadriceps: anatomy('The front leg’s quadriceps hold the lunge.'),
			hamstrings: unclear('The front leg’s hamstrings help hold the lunge.'),
			glutes: anatomy('The front leg’s glutes hold the lunge.'),
			'hip-flexors': article('runners-lunge', 'Runners’ lunges work the hip flexors (and stretch the back leg’s).'),
			calves: no(),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.seated-butterfly-stretch',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Seated butterfly stretch',
		says: 'The seated butterfly stretch strengthens {group}.',
		synonyms: ['butterfly stretch', 'butterfly stretches', 'butterfly', 'seated butterfly', 'butterfly pose'],
		truth: row({
			quadriceps: no('It is a stretch: it strengthens nothing.'),
			hamstrings: no('It is a stretch: it strengthens nothing.'),
			glutes: no('It is a stretch: it strengthens nothing.'),
			'hip-flexors': corrected({
				fact: 'seated-butterfly-stretch',
				articleSays: 'The article lists the seated butterfly stretch as a hip-flexor exercise.',
				right:
					'The seated butterfly stretch does not strengthen the hip flexors: it is a stretch, and it stretches the inner thighs (the adductors), not the hip flexors.'
			}),
			calves: no('It is a stretch: it strengthens nothing.'),
			diaphragm: no('It is a stretch: it strengthens nothing.'),
			core: no('It is a stretch: it strengthens nothing.'),
			'upper-body': no('It is a stretch: it strengthens nothing.')
		})
	},
	{
		id: 'exercise.calf-raise',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Calf raises',
		says: 'Calf raises strengthen {group}.',
		synonyms: [
			'calf raise',
			'heel raises',
			'heel raise',
			'standing calf raises',
			'seated calf raises',
			'toe raises',
			'calf rises',
			'single leg calf raises'
		],
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: article('calf-raise'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.toe-lunge',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Toe lunges',
		says: 'Toe lunges strengthen {group}.',
		synonyms: ['toe lunge', 'lunges on your toes', 'tiptoe lunges'],
		truth: row({
			quadriceps: anatomy('It is still a lunge: the front leg’s quadriceps do much of the work.'),
			hamstrings: anatomy('It is still a lunge: the hamstrings help extend the hip.'),
			glutes: anatomy('It is still a lunge: the glutes help extend the hip.'),
			'hip-flexors': unclear('The back leg’s hip flexors are stretched more than worked.'),
			calves: article('toe-lunge'),
			diaphragm: no(),
			core: no(),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.dumbbell-jump-squat',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Dumbbell jump squats',
		says: 'Dumbbell jump squats strengthen {group}.',
		synonyms: ['jump squats', 'jump squat', 'dumbbell jump squat', 'weighted jump squats', 'squat jumps', 'squat jump'],
		truth: row({
			quadriceps: anatomy('Every jump squat is a squat: the quadriceps do much of the work.'),
			hamstrings: unclear('They help extend the hip, but the quadriceps and glutes do most of the work.'),
			glutes: anatomy('Every jump squat is a squat: the glutes drive it.'),
			'hip-flexors': no(),
			calves: article('dumbbell-jump-squat'),
			diaphragm: no(),
			core: anatomy('The core braces the trunk with the weights held.'),
			'upper-body': no('The arms only hold the dumbbells.')
		})
	},
	{
		id: 'exercise.breathing-techniques',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Breathing techniques',
		says: 'Breathing techniques train {group}.',
		whichGroup: 'Which muscle do breathing techniques train?',
		nameGroup: 'Name the muscle that breathing techniques train.',
		synonyms: [
			'breathing exercises',
			'breathing exercise',
			'breathing technique',
			'breathing',
			'belly breathing',
			'diaphragmatic breathing',
			'deep breathing',
			'breathing drills',
			'breathwork',
			'diaphragm breathing',
			'box breathing',
			'rhythmic breathing'
		],
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: article('breathing-techniques', 'The diaphragm is trained with breathing techniques for running.'),
			core: unclear('Belly breathing drills also teach the abs to brace.'),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.plank',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Planks',
		says: 'Planks strengthen {group}.',
		whichGroup: 'Which muscle group do planks strengthen?',
		nameGroup: 'Name a muscle group that planks strengthen.',
		synonyms: ['plank', 'front plank', 'front planks', 'side plank', 'side planks', 'forearm plank', 'planking'],
		truth: row({
			quadriceps: no('They only keep the knees straight.'),
			hamstrings: no(),
			glutes: no('They only help hold the hips level.'),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: article('plank'),
			'upper-body': anatomy('The shoulders and chest hold you up in a plank.')
		})
	},
	{
		id: 'exercise.russian-twist',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Russian twists',
		says: 'Russian twists strengthen {group}.',
		whichGroup: 'Which muscle group do Russian twists strengthen?',
		nameGroup: 'Name a muscle group that Russian twists strengthen.',
		synonyms: ['russian twist', 'seated twists', 'twists'],
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': anatomy('They hold the legs up in the raised-feet version.'),
			calves: no(),
			diaphragm: no(),
			core: article('russian-twist'),
			'upper-body': no('The arms only hold the weight.')
		})
	},
	{
		id: 'exercise.crunch',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Crunches',
		says: 'Crunches strengthen {group}.',
		whichGroup: 'Which muscle group do crunches strengthen?',
		nameGroup: 'Name the muscle group that crunches strengthen.',
		synonyms: ['crunch', 'ab crunches', 'abdominal crunches', 'stomach crunches', 'bicycle crunches'],
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no('A crunch curls the trunk; the hips stay still.'),
			calves: no(),
			diaphragm: no(),
			core: article('crunch'),
			'upper-body': no()
		})
	},
	{
		id: 'exercise.pilates',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Pilates',
		says: 'Pilates strengthens {group}.',
		synonyms: ['pilates exercises', 'pilates class', 'mat pilates'],
		truth: row({
			quadriceps: unclear('Pilates centres on the core, but some moves load the legs.'),
			hamstrings: unclear('Pilates centres on the core, but some moves load the legs.'),
			glutes: anatomy('Bridges and leg work in Pilates load the glutes.'),
			'hip-flexors': anatomy('Leg lifts and the hundred work the hip flexors.'),
			calves: no('Pilates centres on the core; little of it loads the calves.'),
			diaphragm: anatomy('Pilates trains deep, controlled breathing.'),
			core: article('pilates'),
			'upper-body': unclear('Pilates centres on the core, but planks and push-up moves load the arms.')
		})
	},
	{
		id: 'exercise.push-up',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Push-ups',
		says: 'Push-ups strengthen {group}.',
		whichGroup: 'Which muscle group do push-ups strengthen?',
		nameGroup: 'Name a muscle group that push-ups strengthen.',
		synonyms: ['press-ups'],
		truth: row({
			quadriceps: no(),
			hamstrings: no('Push-ups work the chest and arms; hamstring push-ups are another exercise.'),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: anatomy('A push-up is a moving plank: the core holds the body straight.'),
			'upper-body': article('push-up')
		})
	},
	{
		id: 'exercise.bicep-curl',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Bicep curls',
		says: 'Bicep curls strengthen {group}.',
		whichGroup: 'Which muscle group do bicep curls strengthen?',
		nameGroup: 'Name the muscle group that bicep curls strengthen.',
		synonyms: ['bicep curl', 'biceps curls', 'biceps curl', 'dumbbell curls', 'arm curls', 'hammer curls', 'curls'],
		truth: row({
			quadriceps: no(),
			hamstrings: no('Leg curls work the hamstrings; bicep curls the arms.'),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: no(),
			'upper-body': article('bicep-curl')
		})
	},
	{
		id: 'exercise.pull-up',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Pull-ups',
		says: 'Pull-ups strengthen {group}.',
		whichGroup: 'Which muscle group do pull-ups strengthen?',
		nameGroup: 'Name a muscle group that pull-ups strengthen.',
		synonyms: ['chin-ups'],
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: anatomy('The abs keep the body from swinging.'),
			'upper-body': article('pull-up')
		})
	},
	{
		id: 'exercise.shoulder-press',
		facet: 'exercise',
		shape: 'exercise',
		option: 'Shoulder presses',
		says: 'Shoulder presses strengthen {group}.',
		whichGroup: 'Which muscle group do shoulder presses strengthen?',
		synonyms: [
			'shoulder press',
			'overhead press',
			'overhead presses',
			'military press',
			'dumbbell shoulder press',
			'ohp'
		],
		truth: row({
			quadriceps: no(),
			hamstrings: no(),
			glutes: no(),
			'hip-flexors': no(),
			calves: no(),
			diaphragm: no(),
			core: unclear('Pressing standing up asks the core to brace.'),
			'upper-body': article('shoulder-press')
		})
	}
];
