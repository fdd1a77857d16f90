import type { MuscleGroupId } from '$lib/content/model';
import { ellipse, pair, shape, symmetric } from './body-map-paths';

/**
 * The body map's drawing: two figures (front, back) in one SVG, and the shapes of each muscle
 * group's region. Pure data, written as body-map-paths describes.
 */

export type View = 'front' | 'back';

/** How far right the back figure is drawn. */
const BACK_OFFSET = 160;

/** The SVG transform that places a shape of `view` in its figure: the back figure sits right of the front. */
export function viewTransform(view: View): string | undefined {
	return view === 'back' ? `translate(${BACK_OFFSET} 0)` : undefined;
}

export const VIEWBOX = { x: 24, y: 8, width: 312, height: 478 };
export const FIGURES: readonly { view: View; label: string }[] = [
	{ view: 'front', label: 'Front' },
	{ view: 'back', label: 'Back' }
];

const ARM = shape(
	[58, 89],
	[
		[48, 91, 42, 101, 42, 115],
		[41, 140, 40, 160, 40, 184],
		[38, 206, 34, 230, 34, 256],
		[30, 265, 30, 282, 36, 292],
		[40, 298, 46, 296, 47, 288],
		[49, 278, 49, 266, 46, 258],
		[49, 232, 52, 208, 54, 186],
		[56, 168, 59, 150, 61, 134],
		[60, 120, 63, 100, 58, 89]
	]
);

const LEG = shape(
	[61, 234],
	[
		[56, 262, 56, 296, 63, 330],
		[58, 348, 56, 368, 62, 392],
		[66, 406, 69, 418, 70, 428],
		[66, 436, 62, 444, 63, 449],
		[66, 453, 86, 453, 90, 450],
		[92, 446, 90, 436, 87, 428],
		[85, 410, 89, 392, 89, 372],
		[89, 356, 87, 344, 87, 332],
		[90, 306, 97, 282, 100, 262],
		[100, 250, 100, 240, 100, 234],
		[88, 234, 72, 234, 61, 234]
	]
);

const TORSO = symmetric(
	[100, 78],
	[
		[96, 78, 92, 78, 89, 78],
		[80, 84, 68, 86, 58, 89],
		[49, 92, 45, 101, 47, 112],
		[50, 124, 57, 128, 61, 134],
		[63, 156, 67, 176, 68, 196],
		[68, 210, 62, 222, 61, 236],
		[64, 252, 80, 262, 100, 264]
	]
);

const NECK = shape(
	[90, 54],
	[
		[96, 56, 104, 56, 110, 54],
		[110, 64, 111, 74, 112, 84],
		[104, 86, 96, 86, 88, 84],
		[89, 74, 90, 64, 90, 54]
	]
);

/** The silhouette, drawn the same for both views: head, neck, torso, arms, legs. */
export const SILHOUETTE: readonly string[] = [ellipse(100, 38, 19, 24), NECK, TORSO, ...pair(ARM), ...pair(LEG)];

/** Lines that make each view read as front or back: collarbones and knees; spine and blades. */
export const DETAILS: Record<View, readonly string[]> = {
	front: [
		...pair('M 96 86 C 86 84 74 86 62 90'),
		...pair(ellipse(75, 341, 6, 7)),
		...pair('M 80 421 C 82 425 84 426 86 426')
	],
	back: [
		'M 100 86 L 100 190',
		...pair(
			shape(
				[72, 100],
				[
					[80, 98, 90, 100, 92, 106],
					[92, 120, 87, 132, 79, 138],
					[75, 128, 72, 114, 72, 100]
				]
			)
		),
		...pair('M 66 336 C 72 339 81 339 87 336'),
		...pair('M 76 410 C 77 420 78 428 79 436')
	]
};

/** Lines drawn over a region to shape it (the abs), never catching a click. */
export const OVERLAYS: readonly { view: View; d: string }[] = [
	{ view: 'front', d: 'M 100 158 L 100 234' },
	...[176, 194, 212].map((y) => ({ view: 'front' as const, d: `M 88 ${y} C 94 ${y + 2} 106 ${y + 2} 112 ${y}` }))
];

interface RegionShape {
	view: View;
	d: string;
}

export interface MapRegion {
	groupId: MuscleGroupId;
	shapes: readonly RegionShape[];
	/** A deep muscle: drawn as a dashed outline where it lies, under the surface. */
	deep: boolean;
	/** Where the region's number goes in the heat map. */
	badge: { view: View; x: number; y: number };
}

const on = (view: View, paths: readonly string[]): RegionShape[] => paths.map((d) => ({ view, d }));

const DELTOID = shape(
	[58, 90],
	[
		[49, 92, 43, 101, 43, 114],
		[43, 122, 45, 128, 48, 132],
		[52, 122, 56, 110, 64, 100],
		[63, 95, 61, 91, 58, 90]
	]
);
const UPPER_ARM = shape(
	[46, 138],
	[
		[43, 152, 42, 168, 44, 182],
		[47, 186, 52, 186, 54, 182],
		[57, 168, 58, 152, 58, 140],
		[55, 134, 49, 134, 46, 138]
	]
);
const FOREARM = shape(
	[41, 194],
	[
		[38, 212, 36, 232, 37, 250],
		[40, 254, 45, 254, 47, 250],
		[49, 232, 51, 212, 52, 194],
		[49, 190, 44, 190, 41, 194]
	]
);

/** In the order a keyboard moves through them: the front figure top to bottom, then the back. */
export const REGIONS: readonly MapRegion[] = [
	{
		groupId: 'upper-body',
		deep: false,
		badge: { view: 'front', x: 80, y: 114 },
		shapes: [
			...on('front', [
				...pair(
					shape(
						[99, 96],
						[
							[90, 94, 74, 95, 66, 102],
							[62, 110, 62, 120, 66, 128],
							[74, 134, 90, 134, 99, 128],
							[99, 118, 99, 106, 99, 96]
						]
					)
				),
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
		badge: { view: 'front', x: 100, y: 146 },
		shapes: on('front', [
			symmetric(
				[100, 138],
				[
					[84, 138, 70, 148, 64, 162],
					[68, 166, 72, 166, 74, 164],
					[80, 154, 90, 149, 100, 149]
				]
			)
		])
	},
	{
		groupId: 'core',
		deep: false,
		badge: { view: 'front', x: 100, y: 203 },
		shapes: [
			...on('front', [
				symmetric(
					[100, 156],
					[
						[92, 156, 84, 158, 78, 166],
						[74, 172, 70, 180, 69, 194],
						[68, 204, 66, 212, 67, 220],
						[76, 226, 88, 234, 100, 238]
					]
				)
			]),
			...on('back', [
				symmetric(
					[100, 180],
					[
						[94, 182, 84, 186, 76, 190],
						[72, 200, 70, 210, 68, 220],
						[80, 224, 92, 226, 100, 226]
					]
				)
			])
		]
	},
	{
		groupId: 'hip-flexors',
		deep: true,
		badge: { view: 'front', x: 79, y: 244 },
		shapes: on(
			'front',
			pair(
				shape(
					[62, 232],
					[
						[63, 227, 69, 225, 73, 228],
						[80, 236, 88, 245, 98, 255],
						[100, 259, 98, 264, 94, 264],
						[92, 264, 90, 263, 89, 262],
						[80, 253, 72, 244, 63, 237],
						[61, 236, 61, 234, 62, 232]
					]
				)
			)
		)
	},
	{
		groupId: 'quadriceps',
		deep: false,
		badge: { view: 'front', x: 76, y: 300 },
		shapes: on(
			'front',
			pair(
				shape(
					[61, 254],
					[
						[70, 257, 82, 267, 93, 280],
						[93, 298, 89, 316, 85, 330],
						[80, 336, 71, 336, 66, 331],
						[60, 312, 57, 282, 61, 254]
					]
				)
			)
		)
	},
	{
		groupId: 'glutes',
		deep: false,
		badge: { view: 'back', x: 81, y: 253 },
		shapes: on(
			'back',
			pair(
				shape(
					[99, 232],
					[
						[88, 230, 72, 232, 64, 241],
						[58, 251, 59, 264, 68, 272],
						[77, 278, 92, 277, 99, 271],
						[99, 258, 99, 245, 99, 232]
					]
				)
			)
		)
	},
	{
		groupId: 'hamstrings',
		deep: false,
		badge: { view: 'back', x: 77, y: 306 },
		shapes: on(
			'back',
			pair(
				shape(
					[61, 284],
					[
						[71, 288, 85, 288, 96, 283],
						[95, 300, 90, 318, 85, 330],
						[80, 334, 71, 334, 66, 329],
						[59, 314, 57, 298, 61, 284]
					]
				)
			)
		)
	},
	{
		groupId: 'calves',
		deep: false,
		badge: { view: 'back', x: 74, y: 370 },
		shapes: on(
			'back',
			pair(
				shape(
					[63, 344],
					[
						[70, 339, 82, 339, 87, 344],
						[91, 360, 90, 380, 84, 398],
						[80, 405, 72, 405, 68, 398],
						[59, 380, 58, 360, 63, 344]
					]
				)
			)
		)
	}
];
