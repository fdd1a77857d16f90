import type { MuscleGroupId } from '$lib/content/model';
import { pair, smooth, symmetric } from './body-map-paths';

/**
 * The body map's drawing: two figures (front, back) in one SVG, and the shapes of each muscle
 * group's region. Pure data, written as body-map-paths describes. The figures keep a runner's
 * proportions: 7.5 heads tall (the head is 59 of 444 units), shoulders two heads wide, a
 * tapered waist at the navel (3 heads down), the knee at 5.5 heads.
 */

export type View = 'front' | 'back';

/** How far right the back figure is drawn. */
export const BACK_OFFSET = 160;

/** The SVG transform that places a shape of `view` in its figure: the back figure sits right of the front. */
export function viewTransform(view: View): string | undefined {
	return view === 'back' ? `translate(${BACK_OFFSET} 0)` : undefined;
}

/** The two figures and their captions. */
export const VIEWBOX = { x: 20, y: 6, width: 320, height: 486 };
/**
 * The heat map's numbers go in margins either side of the figures (never on a region, where a
 * badge would hide a small one): as wide as a label and its gap.
 */
export const LABEL_MARGIN = 64;
export const FIGURES: readonly { view: View; label: string }[] = [
	{ view: 'front', label: 'Front' },
	{ view: 'back', label: 'Back' }
];

const ARM = [
	52, 93, 43, 103, 40, 122, 38, 146, 36, 172, 34, 192, 30, 216, 28, 240, 27, 256, 25, 270, 26, 286, 31, 295, 37, 289,
	38, 274, 38, 258, 42, 236, 46, 214, 49, 194, 53, 172, 55, 150, 59, 130, 61, 110
];
const LEG = [
	59, 226, 54, 252, 55, 280, 58, 306, 62, 328, 63, 342, 60, 358, 60, 378, 64, 400, 68, 420, 69, 434, 63, 446, 66, 455,
	80, 457, 90, 452, 88, 440, 86, 430, 86, 412, 89, 392, 91, 370, 89, 352, 88, 340, 92, 318, 96, 294, 99, 270, 100, 252,
	88, 238
];
const TORSO = symmetric([
	100, 80, 86, 81, 70, 86, 56, 91, 47, 99, 45, 113, 50, 127, 57, 136, 61, 152, 65, 172, 68, 192, 65, 212, 59, 230, 60,
	248, 76, 258, 100, 262
]);
const HEAD = symmetric([100, 12, 88, 14, 80, 27, 79, 44, 83, 58, 91, 68, 100, 71]);
const NECK = symmetric([100, 58, 90, 60, 90, 74, 84, 86, 100, 90]);

/** The silhouette, drawn the same for both views: head, neck, torso, arms, legs. */
export const SILHOUETTE: readonly string[] = [HEAD, NECK, TORSO, ...pair(ARM), ...pair(LEG)];

const line = (flat: readonly number[]) => smooth(flat, false);

/** Lines that make each view read as front or back, under the regions: bones and creases. */
export const DETAILS: Record<View, readonly string[]> = {
	front: [
		// Collarbones, kneecaps, shins, the navel.
		...pair([97, 92, 80, 90, 62, 96], false),
		...pair([74, 334, 80, 342, 74, 352, 68, 342]),
		...pair([80, 362, 79, 390, 80, 420], false),
		smooth([100, 194, 102, 197, 100, 200, 98, 197])
	],
	back: [
		// The spine, shoulder blades and trapezius, the lats, the creases behind the knees, the Achilles tendons.
		line([100, 84, 100, 182]),
		...pair([90, 74, 74, 86, 56, 92], false),
		...pair([62, 98, 80, 126, 100, 176], false),
		...pair([70, 104, 88, 108, 86, 128, 76, 138]),
		...pair([58, 136, 68, 168, 86, 188], false),
		...pair([66, 342, 76, 344, 88, 341], false),
		...pair([76, 402, 77, 420, 78, 438], false)
	]
};

/** Lines drawn over the regions to shape their muscles (heads, bellies, the abs), never catching a click. */
export const OVERLAYS: Record<View, readonly string[]> = {
	front: [
		line([100, 160, 100, 248]),
		...[176, 194, 212].flatMap((y) => pair([88, y, 94, y + 2, 100, y + 1], false)),
		...pair([88, 160, 86, 200, 90, 246], false),
		...pair([66, 260, 70, 296, 74, 330], false),
		...pair([89, 292, 82, 318, 80, 334], false)
	],
	back: [
		...pair([78, 292, 78, 312, 76, 336], false),
		...pair([77, 350, 77, 372, 78, 394], false),
		line([100, 238, 100, 282])
	]
};

interface RegionShape {
	view: View;
	d: string;
}

export interface MapRegion {
	groupId: MuscleGroupId;
	shapes: readonly RegionShape[];
	/** A deep muscle: drawn translucent with a dashed outline where it lies, under the surface. */
	deep: boolean;
	/** The point of the region the heat map's label points at, on the viewer's outer side. */
	anchor: { view: View; x: number; y: number };
}

const on = (view: View, paths: readonly string[]): RegionShape[] => paths.map((d) => ({ view, d }));

const DELTOID = [62, 96, 52, 95, 44, 104, 41, 120, 44, 138, 50, 130, 56, 116, 63, 104];
const UPPER_ARM = [46, 136, 40, 152, 39, 172, 44, 188, 51, 184, 55, 166, 57, 148, 53, 136];
const FOREARM = [36, 196, 31, 218, 29, 246, 34, 254, 40, 236, 46, 214, 49, 198, 42, 192];

/** In the order a keyboard moves through them: the front figure top to bottom, then the back. */
export const REGIONS: readonly MapRegion[] = [
	{
		groupId: 'upper-body',
		deep: false,
		anchor: { view: 'front', x: 47, y: 118 },
		shapes: [
			...on('front', [
				...pair([98, 97, 84, 95, 66, 100, 59, 112, 64, 126, 80, 134, 98, 131, 99, 114]),
				...pair(DELTOID),
				...pair(UPPER_ARM),
				...pair(FOREARM)
			]),
			...on('back', [...pair(DELTOID), ...pair(UPPER_ARM), ...pair(FOREARM)])
		]
	},
	{
		groupId: 'diaphragm',
		deep: true,
		// A dome under the lower ribs, between the chest and the belly.
		anchor: { view: 'front', x: 66, y: 160 },
		shapes: on('front', [
			symmetric([100, 130, 84, 133, 70, 141, 62, 155, 62, 168, 69, 171, 77, 162, 88, 157, 100, 156])
		])
	},
	{
		groupId: 'core',
		deep: false,
		anchor: { view: 'front', x: 71, y: 200 },
		shapes: [
			...on('front', [
				symmetric([100, 157, 88, 158, 76, 164, 68, 174, 69, 192, 68, 210, 67, 224, 76, 236, 88, 247, 100, 252])
			]),
			...on('back', [symmetric([100, 182, 90, 184, 80, 192, 72, 206, 68, 222, 78, 230, 90, 232, 100, 234])])
		]
	},
	{
		groupId: 'hip-flexors',
		deep: true,
		// The iliopsoas: from beside the lower spine and the inside of the pelvis, through the groin to the inner thigh.
		anchor: { view: 'front', x: 72, y: 230 },
		shapes: on(
			'front',
			pair([94, 204, 97, 222, 95, 246, 89, 266, 84, 280, 78, 271, 75, 254, 69, 236, 66, 222, 76, 211])
		)
	},
	{
		groupId: 'quadriceps',
		deep: false,
		anchor: { view: 'front', x: 62, y: 300 },
		shapes: on(
			'front',
			pair([62, 246, 72, 254, 83, 268, 90, 288, 90, 310, 87, 328, 80, 337, 70, 335, 63, 322, 59, 296, 58, 268])
		)
	},
	{
		groupId: 'glutes',
		deep: false,
		anchor: { view: 'back', x: 134, y: 258 },
		shapes: on('back', pair([99, 238, 86, 234, 70, 238, 61, 250, 60, 266, 67, 279, 82, 285, 96, 281, 99, 262]))
	},
	{
		groupId: 'hamstrings',
		deep: false,
		anchor: { view: 'back', x: 134, y: 312 },
		shapes: on('back', pair([62, 290, 76, 292, 92, 290, 93, 308, 89, 328, 82, 338, 72, 338, 64, 326, 59, 306]))
	},
	{
		groupId: 'calves',
		deep: false,
		anchor: { view: 'back', x: 132, y: 372 },
		shapes: on('back', pair([64, 348, 76, 344, 87, 348, 89, 366, 88, 384, 83, 398, 78, 392, 72, 394, 65, 384, 62, 366]))
	}
];
