import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../security-headers.js';
import viteConfig from '../../vite.config';

/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on a line of its own, then
 * that path's headers as indented `Name: value` lines; `#` starts a comment line.
 */
function parseHeadersFile(text: string): Map<string, [string, string][]> {
	const rules = new Map<string, [string, string][]>();
	let current: [string, string][] | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = [];
			rules.set(line.trim(), current);
			continue;
		}
		const match = /^\s+([^:\s]+):\s*(.*?)\s*$/.exec(line);
		if (!match || !current) throw new Error(`Not a header line under a path: ${JSON.stringify(line)}`);
		current.push([match[1]!, match[2]!]);
	}
	return rules;
}

describe('hosting headers', () => {
	it('forbid framing: frame-ancestors none and X-Frame-Options DENY', () => {
		expect(SECURITY_HEADERS['Content-Security-Policy']).toBe("frame-ancestors 'none'");
		expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
	});

	it('static/_headers sends exactly security-headers.js, on every path', () => {
		const rules = parseHeadersFile(readFileSync('static/_headers', 'utf8'));
		expect([...rules.keys()]).toEqual(['/*']);
		expect(rules.get('/*')).toEqual(Object.entries(SECURITY_HEADERS));
	});

	it('the preview server sends exactly security-headers.js', () => {
		expect(viteConfig.preview?.headers).toEqual(SECURITY_HEADERS);
	});
});
