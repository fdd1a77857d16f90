import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The web app manifest and its icons: what makes Stride installable. */
const manifest = JSON.parse(readFileSync('static/manifest.webmanifest', 'utf8')) as {
	name: string;
	short_name: string;
	start_url: string;
	scope: string;
	display: string;
	theme_color: string;
	background_color: string;
	icons: { src: string; sizes: string; type: string; purpose: string }[];
};
const appHtml = readFileSync('src/app.html', 'utf8');

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(path: string): { width: number; height: number } {
	const bytes = readFileSync(path);
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('web app manifest', () => {
	it('describes a standalone app starting at /', () => {
		expect(manifest).toMatchObject({ short_name: 'Stride', start_url: '/', scope: '/', display: 'standalone' });
		expect(manifest.name.length).toBeGreaterThan(0);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('uses the theme colour of the page', () => {
		expect(appHtml).toContain(`<meta name="theme-color" content="${manifest.theme_color}" />`);
	});

	it('is linked from every page, with an Apple touch icon', () => {
		expect(appHtml).toContain('<link rel="manifest" href="%sveltekit.assets%/manifest.webmanifest" />');
		expect(appHtml).toContain('<link rel="apple-touch-icon" href="%sveltekit.assets%/icons/apple-touch-icon.png" />');
		expect(pngSize('static/icons/apple-touch-icon.png')).toEqual({ width: 180, height: 180 });
	});

	it('lists icons that exist, at the sizes they claim: 192 and 512 px, maskable and SVG', () => {
		for (const icon of manifest.icons) {
			const path = `static${icon.src}`;
			if (icon.type === 'image/png') {
				const [width, height] = icon.sizes.split('x').map(Number);
				expect(pngSize(path), icon.src).toEqual({ width, height });
			} else {
				expect(icon.type).toBe('image/svg+xml');
				expect(readFileSync(path, 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
			}
		}
		const png = manifest.icons.filter((icon) => icon.type === 'image/png');
		expect(png.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
	});
});
