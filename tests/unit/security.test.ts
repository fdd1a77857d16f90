import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

describe('no raw HTML', () => {
	it('no component renders a string as HTML ({@html}) or sets innerHTML', () => {
		const offenders = filesUnder('src')
			.filter((path) => /\.(svelte|ts|js)$/.test(path))
			.filter((path) => /\{@html|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(path, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
