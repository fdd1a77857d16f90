/**
 * How the body map's shapes are written: each figure is drawn in its own 200-unit-wide frame,
 * symmetric about x = 100, so a shape is written once, for the figure's right side (the viewer's
 * left), and mirrored. A shape is a list of points [x0, y0, x1, y1, …] that a smooth curve
 * passes through (Catmull-Rom, written as cubic Béziers): bodies and muscles have no corners,
 * and a point costs two numbers where a hand-written curve costs six, which keeps the map light.
 * Mirroring a shape is flipping the x of its points.
 */

const AXIS = 100;
const flip = (x: number) => 2 * AXIS - x;
const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The mirror image of a shape's points about the figure's axis. */
const mirror = (flat: readonly number[]) => flat.map((n, i) => (i % 2 === 0 ? flip(n) : n));

/** Both sides: the curve through the points (see `smooth`) and its mirror image. */
export const pair = (flat: readonly number[], closed = true) => [smooth(flat, closed), smooth(mirror(flat), closed)];

/**
 * A smooth curve through the points (flat [x, y, …]); `closed` joins the last back to the first.
 * Each segment's control points follow the neighbouring points (Catmull-Rom, tension ½).
 */
export function smooth(flat: readonly number[], closed = true): string {
	const n = flat.length / 2;
	const at = (i: number): [number, number] => {
		const j = closed ? (i + n) % n : Math.min(n - 1, Math.max(0, i));
		return [flat[2 * j]!, flat[2 * j + 1]!];
	};
	let d = `M ${fmt(flat[0]!)} ${fmt(flat[1]!)}`;
	for (let i = 0; i < (closed ? n : n - 1); i++) {
		const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
		const c = [x1 + (x2 - x0) / 6, y1 + (y2 - y0) / 6, x2 - (x3 - x1) / 6, y2 - (y3 - y1) / 6, x2, y2];
		d += ` C ${c.map(fmt).join(' ')}`;
	}
	return closed ? `${d} Z` : d;
}

/**
 * A closed shape symmetric about the axis, from its left half: the points run from a point on
 * the axis down the left side to another point on the axis; the right half is their mirror.
 */
export function symmetric(flat: readonly number[]): string {
	const back: number[] = [];
	for (let i = flat.length - 4; i >= 2; i -= 2) back.push(flip(flat[i]!), flat[i + 1]!);
	return smooth([...flat, ...back]);
}
