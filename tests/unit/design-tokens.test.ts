import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One visual language (issue 15): colours and the type scale are custom properties in
 * src/app.css, and components use them, so a colour or a size is changed in one place and dark
 * mode is defined beside light. SVG drawings may size their text in px: those are the
 * drawing's own units, which scale with it.
 */

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

const styles = svelteFiles('src').map((file) => {
	const source = readFileSync(file, 'utf8');
	return { file, css: /<style>([\s\S]*?)<\/style>/.exec(source)?.[1] ?? '' };
});

describe('components take colours and type sizes from app.css', () => {
	it('reads every component with a style block', () => {
		expect(styles.filter((s) => s.css.length > 0).length).toBeGreaterThan(30);
	});

	it('no component writes a colour literal: it uses a custom property', () => {
		const literals = styles.flatMap(({ file, css }) =>
			[...css.matchAll(/#[0-9a-fA-F]{3,8}\b|\b(?:rgb|rgba|hsl|hsla|oklch)\(/g)].map((m) => `${file}: ${m[0]}`)
		);
		expect(literals).toEqual([]);
	});

	it('every font size is a step of the type scale (or relative, or an SVG drawing’s own px)', () => {
		const sizes = styles.flatMap(({ file, css }) =>
			[...css.matchAll(/font-size:\s*([^;]+);/g)]
				.map((m) => m[1]!.trim())
				.filter((size) => !/^var\(--text-(xs|sm|md|lg|xl|2xl)\)$|^[\d.]+(em|%|px)$|^inherit$/.test(size))
				.map((size) => `${file}: ${size}`)
		);
		expect(sizes).toEqual([]);
	});

	it('the scale and the colours are defined once, for light and for dark', () => {
		const css = readFileSync('src/app.css', 'utf8');
		for (const step of ['xs', 'sm', 'md', 'lg', 'xl', '2xl']) expect(css).toContain(`--text-${step}:`);
		const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
		// Every colour the light scheme defines has its dark counterpart.
		const light = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
		const colours = [...light.matchAll(/(--[a-z0-9-]+):\s*#[0-9a-fA-F]{3,8};/g)].map((m) => m[1]!);
		expect(colours.length).toBeGreaterThan(15);
		expect(colours.filter((name) => !dark.includes(`${name}:`))).toEqual([]);
	});
});
