import { describe, expect, it } from 'vitest';
import { HEAT_STEPS, heatColour } from '$lib/components/heat-scale';
import { percent } from '$lib/format';

/** The legend step whose range holds a printed percentage ("40%" is in "40–59%"). */
function legendStepOf(printed: string) {
	const value = parseInt(printed, 10);
	return HEAT_STEPS.find(({ range }) => {
		const [low, high] = range.match(/\d+/g)!.map(Number);
		return value >= low! && value <= high!;
	});
}

describe('heat scale', () => {
	it('has five viridis steps, one per fifth of the percentages', () => {
		expect(HEAT_STEPS.map((step) => step.range)).toEqual(['0–19%', '20–39%', '40–59%', '60–79%', '80–100%']);
		expect(HEAT_STEPS.map((step) => step.colour)).toEqual(['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725']);
	});

	it('colours a value by the step it falls in, out-of-range values clamped to the ends', () => {
		const colours = HEAT_STEPS.map((step) => step.colour);
		expect([-0.1, 0, 0.2, 0.4, 0.64, 0.8, 1, 1.2].map(heatColour)).toEqual([
			colours[0],
			colours[0],
			colours[1],
			colours[2],
			colours[3],
			colours[4],
			colours[4],
			colours[4]
		]);
	});

	it('agrees with the rounded percentage printed beside it, at every step boundary', () => {
		for (const value of [0.194, 0.195, 0.394, 0.395, 0.594, 0.595, 0.794, 0.795, 0.999]) {
			const printed = percent(value);
			expect(heatColour(value), `${value} printed as ${printed}`).toBe(legendStepOf(printed)?.colour);
		}
	});
});
