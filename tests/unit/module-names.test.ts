import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A module's name says its job, once: no two files under src/lib share a name, whatever layer
 * they sit in (a `history.ts` in storage and another in the domain make a reader guess which
 * one an import means). Index barrels are named by their folder, so they are left out; a name
 * is compared without its extensions, so `today.ts` and `today.svelte.ts` clash too.
 */
const moduleName = (path: string) =>
	path
		.split('/')
		.at(-1)!
		.replace(/(\.svelte)?\.[a-z]+$/, '');

function modulesByName(root: string): Map<string, string[]> {
	const byName = new Map<string, string[]>();
	const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	for (const file of files) {
		if (file.name === 'index.ts') continue;
		const path = `${file.parentPath}/${file.name}`;
		const name = moduleName(path);
		byName.set(name, [...(byName.get(name) ?? []), path]);
	}
	return byName;
}

describe('module names under src/lib', () => {
	it('are unique across layers, index barrels aside', () => {
		const shared = [...modulesByName('src/lib')].filter(([, paths]) => paths.length > 1);
		expect(Object.fromEntries(shared)).toEqual({});
	});
});
