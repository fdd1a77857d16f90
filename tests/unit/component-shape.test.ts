import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The house rule for Svelte files, held by a test: small components with a typed contract.
 * Styles are left out of the count (a map's CSS is long and says nothing about its logic).
 */
const MAX_LINES = 150;

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

const files = svelteFiles('src').map((path) => ({ path, source: readFileSync(path, 'utf8') }));

const withProps = files.filter((file) => file.source.includes('$props()'));
const isRoute = (path: string) => path.startsWith(join('src', 'routes'));
const linesOutsideStyles = (source: string) => source.replace(/<style[\s\S]*?<\/style>/g, '').split('\n').length;

describe('Svelte components and pages', () => {
	test('the tree has components to check', () => {
		expect(files.length).toBeGreaterThan(20);
	});

	test(`each has at most ${MAX_LINES} lines of script and markup`, () => {
		const long = files.filter((file) => linesOutsideStyles(file.source) > MAX_LINES).map((file) => file.path);
		expect(long).toEqual([]);
	});

	test('each component declares its props as a Props type', () => {
		const untyped = withProps
			.filter((file) => !isRoute(file.path) && !/: Props = \$props\(\)/.test(file.source))
			.map((file) => file.path);
		expect(untyped).toEqual([]);
	});

	test("each page takes SvelteKit's generated props type", () => {
		const untyped = withProps
			.filter((file) => isRoute(file.path) && !/: (Page|Layout)Props = \$props\(\)/.test(file.source))
			.map((file) => file.path);
		expect(untyped).toEqual([]);
	});
});
