import { describe, expect, it } from 'vitest';
import { DATASET, MUSCLE_GROUP_IDS } from '$lib/content';
import { placeOf, REGION_PLACES } from '$lib/content/regions';
import { REGIONS, SILHOUETTE } from '$lib/components/body-map';
import { pair, smooth } from '$lib/components/body-map-paths';

/** Every number in a path, as [x, y] pairs (paths use absolute M/L/C commands only). */
function points(d: string): [number, number][] {
	const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
	return numbers.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1]!] as [number, number]] : []));
}

describe('body map geometry', () => {
	it('draws one region per muscle group, each with at least one shape', () => {
		expect(REGIONS.map((r) => r.groupId).sort()).toEqual([...MUSCLE_GROUP_IDS].sort());
		for (const region of REGIONS) expect(region.shapes.length, region.groupId).toBeGreaterThan(0);
	});

	it('draws the deep muscles (diaphragm, hip flexors) as deep, and only those', () => {
		expect(
			REGIONS.filter((r) => r.deep)
				.map((r) => r.groupId)
				.sort()
		).toEqual(['diaphragm', 'hip-flexors']);
	});

	it('keeps every shape inside its figure, and only absolute M/L/C/Z commands', () => {
		for (const d of [...SILHOUETTE, ...REGIONS.flatMap((r) => r.shapes.map((s) => s.d))]) {
			expect(d).toMatch(/^M [\d. MLCZ-]+Z$/);
			for (const [x, y] of points(d)) {
				expect(x).toBeGreaterThanOrEqual(24);
				expect(x).toBeLessThanOrEqual(176);
				expect(y).toBeGreaterThanOrEqual(8);
				expect(y).toBeLessThanOrEqual(460);
			}
		}
	});

	it('draws a smooth closed curve through every point, and mirrors it about the figure’s axis', () => {
		const shape = [60, 10, 90, 20, 70, 40];
		const d = smooth(shape);
		expect(d).toMatch(/^M 60 10 C .* 90 20 C .* 70 40 C .* 60 10 Z$/);
		const [left, right] = pair(shape);
		expect(left).toBe(d);
		expect(points(right!)).toEqual(points(left!).map(([x, y]) => [200 - x, y]));
		expect(smooth(shape, false)).not.toContain('Z');
	});

	it('points each region’s heat label at the region, from the side of the margin it sits in', () => {
		for (const region of REGIONS) {
			const { view, x, y } = region.anchor;
			// The front's labels sit in the left margin, the back's in the right: the anchor is on that side.
			expect(view === 'front' ? x < 100 : x > 100, region.groupId).toBe(true);
			const inside = region.shapes
				.filter((s) => s.view === view)
				.some((s) => {
					const [xs, ys] = [0, 1].map((k) => points(s.d).map((p) => p[k]!));
					return x > Math.min(...xs!) && x < Math.max(...xs!) && y > Math.min(...ys!) && y < Math.max(...ys!);
				});
			expect(inside, region.groupId).toBe(true);
		}
	});
});

describe('region places', () => {
	it('names every region of every group, each place distinct', () => {
		for (const group of DATASET.groups) expect(placeOf(group), group.id).toMatch(/^[A-Z]/);
		const places = DATASET.groups.map(placeOf);
		expect(new Set(places).size).toBe(places.length);
		expect(Object.keys(REGION_PLACES).sort()).toEqual(DATASET.groups.flatMap((g) => g.regions).sort());
	});
});
