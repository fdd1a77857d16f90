/**
 * How the body map's shapes are written: each figure is drawn in its own 200-unit-wide frame,
 * symmetric about x = 100, so a shape is written once, for the figure's right side (the viewer's
 * left), and mirrored. Paths use absolute M/L/C commands only, so mirroring is flipping every x.
 */

type Point = readonly [number, number];
/** A cubic segment: its two control points and its end point, [x1, y1, x2, y2, x, y]. */
type Segment = readonly [number, number, number, number, number, number];

const AXIS = 100;
const flip = (x: number) => 2 * AXIS - x;
const fmt = (n: number) => String(Math.round(n * 100) / 100);
const pt = (x: number, y: number) => `${fmt(x)} ${fmt(y)}`;

/** The mirror image of a path (M/L/C/Z commands, absolute) about the figure's axis. */
export function mirrorPath(d: string): string {
	return d
		.replace(/([MLCZ])([^MLCZ]*)/g, (_, command: string, args: string) => {
			const numbers = args
				.trim()
				.split(/[\s,]+/)
				.filter(Boolean)
				.map(Number);
			const flipped = numbers.map((n, i) => fmt(i % 2 === 0 ? flip(n) : n));
			return [command, ...flipped].join(' ') + ' ';
		})
		.trim();
}

/** Both sides: the shape and its mirror image. */
export const pair = (d: string) => [d, mirrorPath(d)];

/** A closed shape from its start and cubic segments. */
export function shape([x0, y0]: Point, segments: readonly Segment[]): string {
	const curves = segments.map(([x1, y1, x2, y2, x, y]) => `C ${pt(x1, y1)} ${pt(x2, y2)} ${pt(x, y)}`);
	return `M ${pt(x0, y0)} ${curves.join(' ')} Z`;
}

/**
 * A shape symmetric about the axis, from its left half: `segments` run from `start` (on the
 * axis) down the left side to a point on the axis; the right half is that, mirrored and reversed.
 */
export function symmetric(start: Point, segments: readonly Segment[]): string {
	// Each segment starts where the one before it ends: reversed, that start is its end.
	const starts: Point[] = [start, ...segments.map(([, , , , x, y]): Point => [x, y])];
	const back = segments
		.map(([x1, y1, x2, y2], i): Segment => {
			const [x, y] = starts[i]!;
			return [flip(x2), y2, flip(x1), y1, flip(x), y];
		})
		.reverse();
	return shape(start, [...segments, ...back]);
}

/** A closed ellipse from four cubic arcs (k ≈ 0.5523). */
export function ellipse(cx: number, cy: number, rx: number, ry: number): string {
	const k = 0.5523;
	const [kx, ky] = [k * rx, k * ry];
	return shape(
		[cx, cy - ry],
		[
			[cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy],
			[cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry],
			[cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy],
			[cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry]
		]
	);
}
