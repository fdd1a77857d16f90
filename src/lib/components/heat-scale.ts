/**
 * The heat map's colour scale, shared by the body map, its legend and the mastery bars: a value
 * of 0–1 falls in one of five steps, each a colour and a range of whole percentages.
 */

/** Sequential and colour-blind safe: viridis in five steps. */
const COLOURS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;
const STEP_WIDTH = 20;

/**
 * The step (0–4) a value of 0–1 falls in: 0–19 %, 20–39 %, … 80–100 %. The value is rounded to a
 * whole percentage first, so the colour always agrees with the percentage printed beside it.
 */
function heatStep(value: number): number {
	return Math.min(COLOURS.length - 1, Math.max(0, Math.floor(Math.round(value * 100) / STEP_WIDTH)));
}

export function heatColour(value: number): string {
	return COLOURS[heatStep(value)]!;
}

/** The legend: each step's colour and range, "0–19%" … "80–100%". */
export const HEAT_STEPS: readonly { colour: string; range: string }[] = COLOURS.map((colour, i) => {
	const low = i * STEP_WIDTH;
	const high = i === COLOURS.length - 1 ? 100 : low + STEP_WIDTH - 1;
	return { colour, range: `${low}–${high}%` };
});
