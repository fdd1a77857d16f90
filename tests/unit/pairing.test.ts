import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupOfFact, pairedCount, startPairing, tap, type Pairing, type Side } from '$lib/quiz';

/** Taps tiles in turn, as "g0" (group 0) or "f2" (fact 2). */
function taps(...tiles: string[]): Pairing {
	return tiles.reduce((pairing, tile) => tap(pairing, toTile(tile)).pairing, startPairing(4));
}
const toTile = (tile: string) => ({ side: (tile[0] === 'g' ? 'group' : 'fact') as Side, index: Number(tile.slice(1)) });

describe('tap-to-pair', () => {
	it('starts with no pair and nothing selected', () => {
		expect(startPairing(4)).toEqual({ picks: [null, null, null, null], selected: null });
	});

	it('pairs a group then its fact', () => {
		const first = tap(startPairing(4), toTile('g1'));
		expect(first.event).toEqual({ type: 'selected', tile: toTile('g1') });
		const second = tap(first.pairing, toTile('f3'));
		expect(second.pairing).toEqual({ picks: [null, 3, null, null], selected: null });
		expect(second.event).toEqual({ type: 'paired', group: 1, fact: 3, moved: null });
	});

	it('pairs a fact then its group, the same way', () => {
		expect(taps('f3', 'g1')).toEqual(taps('g1', 'f3'));
	});

	it('uses each fact once: pairing a used fact moves it to the new group', () => {
		const before = taps('g0', 'f2');
		const moved = tap(tap(before, toTile('g3')).pairing, toTile('f2'));
		expect(moved.pairing.picks).toEqual([null, null, null, 2]);
		expect(moved.event).toEqual({ type: 'paired', group: 3, fact: 2, moved: 0 });
	});

	it('gives a paired group a new fact, freeing its old one', () => {
		expect(taps('g0', 'f2', 'f1', 'g0').picks).toEqual([1, null, null, null]);
	});

	it('unpairs a paired tile tapped with nothing selected, from either side', () => {
		const paired = taps('g0', 'f2', 'g1', 'f0');
		const byGroup = tap(paired, toTile('g0'));
		expect(byGroup.pairing.picks).toEqual([null, 0, null, null]);
		expect(byGroup.event).toEqual({ type: 'unpaired', group: 0, fact: 2 });
		expect(tap(paired, toTile('f0')).pairing.picks).toEqual([2, null, null, null]);
	});

	it('deselects a tile tapped twice, and moves the selection within a side', () => {
		expect(tap(taps('g2'), toTile('g2')).event).toEqual({ type: 'deselected', tile: toTile('g2') });
		expect(taps('g2', 'g2').selected).toBeNull();
		expect(taps('g2', 'g3').selected).toEqual(toTile('g3'));
		// A paired tile of the selected side is selected, not unpaired: the learner is choosing.
		expect(taps('g0', 'f1', 'g2', 'g0')).toEqual({ picks: [1, null, null, null], selected: toTile('g0') });
	});

	it('never pairs a fact with two groups, whatever the taps', () => {
		const tile = fc.record({ side: fc.constantFrom<Side>('group', 'fact'), index: fc.integer({ min: 0, max: 3 }) });
		fc.assert(
			fc.property(fc.array(tile, { maxLength: 40 }), (tiles) => {
				const { picks } = tiles.reduce((pairing, t) => tap(pairing, t).pairing, startPairing(4));
				const used = picks.filter((pick) => pick !== null);
				expect(new Set(used).size).toBe(used.length);
				expect(pairedCount(picks)).toBe(used.length);
				for (const [row, pick] of picks.entries()) if (pick !== null) expect(groupOfFact(picks, pick)).toBe(row);
			})
		);
	});
});
