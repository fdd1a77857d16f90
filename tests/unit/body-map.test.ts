import { describe, expect, it } from 'vitest';
import { DATASET, MUSCLE_GROUP_IDS } from '$lib/content';
import { placeOf, REGION_PLACES } from '$lib/content/regions';
import { REGIONS, SILHOUETTE } from '$lib/components/body-map';
import { mirrorPath } from '$lib/components/body-map-paths';

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

	it('mirrors a path about the figure’s axis, and back again', () => {
		expect(mirrorPath('M 60 10 L 90 20 C 10 0 20 5 100 7 Z')).toBe('M 140 10 L 110 20 C 190 0 180 5 100 7 Z');
		const arm = SILHOUETTE[3]!;
		expect(mirrorPath(mirrorPath(arm))).toBe(arm);
	});

	it('puts each region’s number where the region is drawn', () => {
		for (const region of REGIONS) {
			expect(
				region.shapes.some((s) => s.view === region.badge.view),
				region.groupId
			).toBe(true);
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
