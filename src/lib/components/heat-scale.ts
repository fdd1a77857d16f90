/**
 * The heat map's colour scale, shared by the body map, its legend and the mastery bars: a value
 * of 0–1 is rounded to a whole percentage, then coloured on a continuous scale, so the colour
 * always agrees with the percentage printed beside it, and 80 % and 95 % look different.
 */

/**
 * Viridis (sequential, colour-blind safe, lightness rising with the value) sampled at nine
 * evenly spaced points; a value between two samples is mixed between them in sRGB. The samples
 * are close enough that the mix stays on the perceptually uniform curve.
 */
const STOPS = ['440154', '472d7b', '3b528b', '2c728e', '21918c', '28ae80', '5ec962', 'addc30', 'fde725'].map((hex) =>
	[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))
);

const channel = (n: number) => Math.round(n).toString(16).padStart(2, '0');

export function heatColour(value: number): string {
	const t = (Math.min(100, Math.max(0, Math.round(value * 100))) / 100) * (STOPS.length - 1);
	const i = Math.min(STOPS.length - 2, Math.floor(t));
	const [from, to] = [STOPS[i]!, STOPS[i + 1]!];
	return '#' + from.map((c, k) => channel(c + (to[k]! - c) * (t - i))).join('');
}

/** The legend's bar: the same scale as a CSS gradient, a stop every 10 %. */
export const HEAT_GRADIENT = `linear-gradient(to right, ${Array.from({ length: 11 }, (_, i) => heatColour(i / 10)).join(', ')})`;
