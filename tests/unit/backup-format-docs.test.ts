import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, MAX_CARDS, MAX_REVIEWS, MAX_SESSIONS } from '$lib/db/backup';
import { CARD_RULES, REVIEW_RULES, SESSION_RULES } from '$lib/db/rows';
import { DEFAULT_SETTINGS } from '$lib/db/settings';

/** The README's "Backup file format" must describe what the code reads: its version, every field, its limits. */
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Backup file format'), readme.indexOf('## Scripts'));
const row = (name: string) => section.split('\n').find((line) => line.startsWith(`| \`${name}\``)) ?? '';
const fieldsIn = (line: string) => new Set([...line.matchAll(/`([a-zA-Z]+)`/g)].map((match) => match[1]));

describe('the README’s backup format', () => {
	it('names the current format version', () => {
		expect(section).toContain(`**Format version ${BACKUP_FORMAT_VERSION}**`);
		expect(section).toContain(`"formatVersion": ${BACKUP_FORMAT_VERSION},`);
	});

	it.each([
		['cards', CARD_RULES],
		['reviews', REVIEW_RULES],
		['sessions', SESSION_RULES],
		['settings', DEFAULT_SETTINGS]
	])('lists every field of %s the code reads', (table, rules) => {
		const documented = fieldsIn(row(table));
		for (const field of Object.keys(rules)) expect(documented, field).toContain(field);
	});

	it('states the limits the code enforces', () => {
		const numbers = (n: number) => n.toLocaleString('en-US');
		expect(section).toContain(`at most ${numbers(MAX_REVIEWS)} answers, ${numbers(MAX_SESSIONS)}`);
		expect(section).toContain(`sessions and ${numbers(MAX_CARDS)} cards`);
	});
});
