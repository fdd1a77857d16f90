/**
 * Tap-to-pair, as a pure state machine: a matching question is answered by tapping a muscle
 * group and then its fact, or a fact and then its group. The result is the matching response's
 * `picks` (picks[row] is the fact paired with group `row`), so grading is unchanged.
 * - Each fact is used once: pairing a fact already paired moves it to the new group.
 * - Until checked, every pair can be undone: tapping a paired tile, with nothing selected, unpairs it.
 */

export type Side = 'group' | 'fact';

export interface Tile {
	side: Side;
	index: number;
}

export interface Pairing {
	/** picks[row]: the fact paired with group `row`, or null while it has none. */
	picks: readonly (number | null)[];
	/** The tile tapped first, waiting for its partner from the other side. */
	selected: Tile | null;
}

/** What a tap did, for the live region to say. */
export type PairingEvent =
	| { type: 'selected'; tile: Tile }
	| { type: 'deselected'; tile: Tile }
	/** `moved`: the group that had this fact before and has none now. */
	| { type: 'paired'; group: number; fact: number; moved: number | null }
	| { type: 'unpaired'; group: number; fact: number };

export function startPairing(groups: number): Pairing {
	return { picks: Array.from({ length: groups }, () => null), selected: null };
}

/** The group paired with `fact`, or null. */
export function groupOfFact(picks: readonly (number | null)[], fact: number): number | null {
	const row = picks.indexOf(fact);
	return row === -1 ? null : row;
}

export function pairedCount(picks: readonly (number | null)[]): number {
	return picks.filter((pick) => pick !== null).length;
}

const sameTile = (a: Tile | null, b: Tile) => a !== null && a.side === b.side && a.index === b.index;

/** The group and fact of a tile's pair, or null when the tile is unpaired. */
function pairOf(picks: readonly (number | null)[], tile: Tile): { group: number; fact: number } | null {
	if (tile.side === 'group') {
		const fact = picks[tile.index];
		return fact === null || fact === undefined ? null : { group: tile.index, fact };
	}
	const group = groupOfFact(picks, tile.index);
	return group === null ? null : { group, fact: tile.index };
}

export function tap(pairing: Pairing, tile: Tile): { pairing: Pairing; event: PairingEvent } {
	const { picks, selected } = pairing;
	if (sameTile(selected, tile)) return { pairing: { picks, selected: null }, event: { type: 'deselected', tile } };
	if (selected && selected.side !== tile.side) {
		const [group, fact] = tile.side === 'group' ? [tile.index, selected.index] : [selected.index, tile.index];
		const had = groupOfFact(picks, fact);
		const next = picks.map((pick, row) => (row === group ? fact : pick === fact ? null : pick));
		return {
			pairing: { picks: next, selected: null },
			event: { type: 'paired', group, fact, moved: had !== null && had !== group ? had : null }
		};
	}
	// Nothing waiting (or a tile of the same side): a paired tile comes apart, another is selected.
	const pair = selected ? null : pairOf(picks, tile);
	if (pair) {
		const next = picks.map((pick, row) => (row === pair.group ? null : pick));
		return { pairing: { picks: next, selected: null }, event: { type: 'unpaired', ...pair } };
	}
	return { pairing: { picks, selected: tile }, event: { type: 'selected', tile } };
}
