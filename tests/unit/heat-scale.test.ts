import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEAT_GRADIENT, heatColour } from '$lib/components/heat-scale';
import { percent } from '$lib/format';

/** A #rrggbb colour in OKLab (Björn Ottosson's), where distance is the difference seen. */
function oklab(hex: string): [number, number, number] {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
	const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
	const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
	return [
		0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
		1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
		0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s
	];
}
/** ΔE in OKLab; about 0.02 is the smallest difference most people notice. */
const deltaE = (a: string, b: string) => Math.hypot(...oklab(a).map((v, i) => v - oklab(b)[i]!));
const scale = Array.from({ length: 101 }, (_, i) => heatColour(i / 100));

describe('heat scale', () => {
	it('runs from viridis’ dark purple at 0 % to its yellow at 100 %, out-of-range values clamped', () => {
		expect(heatColour(0)).toBe('#440154');
		expect(heatColour(1)).toBe('#fde725');
		expect(heatColour(-0.2)).toBe('#440154');
		expect(heatColour(1.3)).toBe('#fde725');
	});

	it('tells apart values a runner would compare: 80 % and 95 %, and every 5 points', () => {
		expect(deltaE(heatColour(0.8), heatColour(0.95))).toBeGreaterThan(0.1);
		for (let p = 0; p < 100; p += 5) {
			expect(deltaE(heatColour(p / 100), heatColour((p + 5) / 100)), `${p}% and ${p + 5}%`).toBeGreaterThan(0.02);
		}
	});

	it('is sequential: lightness rises with every percentage point', () => {
		const lightness = scale.map((c) => oklab(c)[0]);
		for (let p = 1; p <= 100; p++) expect(lightness[p]!, `${p}%`).toBeGreaterThan(lightness[p - 1]!);
	});

	it('agrees with the rounded percentage printed beside it', () => {
		for (const value of [0.794, 0.795, 0.804, 0.9449, 0.945, 0.3333]) {
			expect(heatColour(value), `${value} printed as ${percent(value)}`).toBe(
				heatColour(parseInt(percent(value)) / 100)
			);
		}
		expect(heatColour(0.794)).not.toBe(heatColour(0.795));
	});

	it('draws its legend bar from the same colours', () => {
		for (const p of [0, 50, 100]) expect(HEAT_GRADIENT).toContain(heatColour(p / 100));
	});

	it('never uses the colour of a region not studied yet, in light or dark', () => {
		const unseen = [...readFileSync('src/app.css', 'utf8').matchAll(/--unseen:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!);
		expect(unseen).toHaveLength(2);
		for (const colour of unseen) {
			const nearest = Math.min(...scale.map((c) => deltaE(c, colour)));
			expect(nearest, colour).toBeGreaterThan(0.1);
		}
	});
});
