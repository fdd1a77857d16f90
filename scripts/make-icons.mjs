// Draws Stride's app icons as PNG files (no dependencies: Node's zlib does the compression).
// Run `node scripts/make-icons.mjs` after changing the design; the output in static/icons is
// committed. The drawing matches static/icons/icon.svg: a teal tile with a white stride curve.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x0f, 0x76, 0x6e];
const WHITE = [0xff, 0xff, 0xff];
// The curve of icon.svg (viewBox 0 0 64 64): two cubic Béziers, stroke width 6, round caps.
const CURVES = [
	[
		[20, 46],
		[26, 44],
		[29, 38],
		[31, 32]
	],
	[
		[31, 32],
		[33, 26],
		[37, 20],
		[44, 18]
	]
];
const STROKE_HALF_WIDTH = 3;
const CORNER_RADIUS = 14;

function bezier([p0, p1, p2, p3], t) {
	const u = 1 - t;
	const a = u * u * u,
		b = 3 * u * u * t,
		c = 3 * u * t * t,
		d = t * t * t;
	return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
}

const POLYLINE = CURVES.flatMap((curve, i) =>
	Array.from({ length: 129 }, (_, k) => bezier(curve, k / 128)).slice(i === 0 ? 0 : 1)
);

function distanceToPolyline(x, y) {
	let best = Infinity;
	for (let i = 1; i < POLYLINE.length; i++) {
		const [ax, ay] = POLYLINE[i - 1];
		const [bx, by] = POLYLINE[i];
		const dx = bx - ax,
			dy = by - ay;
		const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
		best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
	}
	return best;
}

/** Signed distance (in icon units) from a point to the rounded tile; negative inside. */
function tileDistance(x, y, radius) {
	const qx = Math.abs(x - 32) - (32 - radius);
	const qy = Math.abs(y - 32) - (32 - radius);
	return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const clamp01 = (v) => Math.max(0, Math.min(1, v));

/** RGBA pixels of the icon at `size` px; `fullBleed` fills the square (maskable, Apple). */
function draw(size, fullBleed) {
	const scale = 64 / size;
	const pixels = Buffer.alloc(size * size * 4);
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			const x = (px + 0.5) * scale;
			const y = (py + 0.5) * scale;
			const tile = fullBleed ? 1 : clamp01(0.5 - tileDistance(x, y, CORNER_RADIUS) / scale);
			const stroke = clamp01(0.5 + (STROKE_HALF_WIDTH - distanceToPolyline(x, y)) / scale);
			const o = (py * size + px) * 4;
			for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(TEAL[c] * (1 - stroke) + WHITE[c] * stroke);
			pixels[o + 3] = Math.round(255 * tile);
		}
	}
	return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes) {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bits per channel
	header[9] = 6; // RGBA
	const rows = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		rows[y * (size * 4 + 1)] = 0; // filter: none
		pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const OUTPUTS = [
	{ file: 'icon-192.png', size: 192, fullBleed: false },
	{ file: 'icon-512.png', size: 512, fullBleed: false },
	{ file: 'icon-maskable-512.png', size: 512, fullBleed: true },
	{ file: 'apple-touch-icon.png', size: 180, fullBleed: true }
];

for (const { file, size, fullBleed } of OUTPUTS) {
	writeFileSync(new URL(`../static/icons/${file}`, import.meta.url), png(size, draw(size, fullBleed)));
	console.log(`static/icons/${file} (${size}×${size})`);
}
