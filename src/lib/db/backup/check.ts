import * as v from 'valibot';
import {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	MAX_FILE_BYTES,
	upgradeToCurrent,
	type Backup,
	type CheckedBackup
} from './file-format';
import { formatSchema, show } from './file-schema';

/**
 * Import treats the file as hostile. `parseBackup` checks the whole file — size before
 * parsing, JSON syntax, prototype-polluting keys, format version, then every field of every
 * row with the valibot schema, then duplicate ids — and only a file that passes all of it can
 * reach `replaceProgress`. A bad file gets one clear message naming the first problems, and
 * nothing is written.
 */

/** A real backup nests four levels (file → reviews → row → card state → field). */
const MAX_DEPTH = 6;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type BackupCheck = { ok: true; backup: Backup } | { ok: false; message: string };

/** Checks a file the learner chose: its size first, so a huge file is never even read. */
export async function readBackupFile(file: Pick<Blob, 'size' | 'text'>): Promise<BackupCheck> {
	if (file.size > MAX_FILE_BYTES) return refuse(tooLarge(file.size));
	if (file.size === 0) return refuse('This file is empty, so it is not a Stride backup.');
	let content: string;
	try {
		content = await file.text();
	} catch (error) {
		return refuse(`The file could not be read (${describe(error)}). Choose it again.`);
	}
	return parseBackup(content);
}

/** Validates a whole backup file's text. Writes nothing. */
export function parseBackup(content: string): BackupCheck {
	// A character is at least one byte, so this refuses anything too large before parsing.
	if (content.length > MAX_FILE_BYTES) return refuse(tooLarge(content.length));
	const json = content.replace(/^\uFEFF/, '');
	if (json.trim() === '') return refuse('This file is empty, so it is not a Stride backup.');

	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		return refuse(`This file is not valid JSON, so it is not a Stride backup (${clip(describe(error), 120)}).`);
	}

	const unsafe = findUnsafeStructure(data);
	if (unsafe) return refuse(unsafe);

	if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
		return refuse(`This is not a Stride backup: it lacks "format": "${BACKUP_FORMAT}".`);
	}
	const version = data.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refuse(`This backup has no valid format version ("formatVersion" is ${show(version)}).`);
	}
	if (version > BACKUP_FORMAT_VERSION) {
		return refuse(
			`This backup was made by a newer version of Stride (format ${version}); this version reads format ` +
				`${BACKUP_FORMAT_VERSION}. Reload Stride while online to update it, then import again.`
		);
	}

	const result = v.safeParse(formatSchema(version), data);
	if (!result.success) return refuse(describeIssues(result.issues));

	const backup = upgradeToCurrent(result.output as unknown as CheckedBackup);
	const duplicate = findDuplicate(backup);
	if (duplicate) return refuse(duplicate);
	return { ok: true, backup };
}

// ── the checks ──────────────────────────────────────────────────────────────────────────

function refuse(message: string): BackupCheck {
	return { ok: false, message };
}

function tooLarge(bytes: number): string {
	const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
	return `This file is ${mb(bytes)}; a Stride backup is at most ${mb(MAX_FILE_BYTES)}. It was not read.`;
}

/**
 * Walks the parsed value once: refuses keys that could pollute prototypes if some later code
 * merged the object, and nesting deeper than a backup ever has.
 */
export function findUnsafeStructure(
	root: unknown,
	{ subject, kind }: { subject: string; kind: string } = { subject: 'This file', kind: 'a Stride backup' }
): string | null {
	const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
	while (stack.length > 0) {
		const { value, path, depth } = stack.pop()!;
		if (typeof value !== 'object' || value === null) continue;
		if (depth >= MAX_DEPTH) return `${subject} nests data deeper than ${kind} does (at ${path}).`;
		if (Array.isArray(value)) {
			value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }));
			continue;
		}
		for (const key of Object.keys(value)) {
			const at = path ? `${path}.${key}` : key;
			if (FORBIDDEN_KEYS.has(key)) {
				return `${subject} contains the key "${key}" (at ${clip(at, 80)}), which ${kind} never has; it was refused for safety.`;
			}
			stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
		}
	}
	return null;
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	const shown = issues.slice(0, 3).map(describeIssue);
	const more = issues.length - shown.length;
	return (
		`This backup has ${issues.length === 1 ? 'a problem' : 'problems'}, so nothing was imported: ` +
		shown.join('; ') +
		(more > 0 ? `; and ${more} more.` : '.')
	);
}

export function describeIssue(issue: v.BaseIssue<unknown>): string {
	const where = pathOf(issue) || 'the file';
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		return `${where} is not a field of a Stride backup`;
	}
	if (issue.kind === 'schema' && issue.received === 'undefined' && issue.expected?.startsWith('"')) {
		return `${where} is missing`;
	}
	return `${where} ${issue.message}`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		out += typeof key === 'number' ? `[${key}]` : out ? `.${clip(String(key), 40)}` : clip(String(key), 40);
	}
	return out;
}

function findDuplicate(backup: Backup): string | null {
	return (
		firstDuplicate(backup.reviews, (row) => row.id, 'reviews', 'answers') ??
		firstDuplicate(backup.sessions, (row) => row.id, 'sessions', 'sessions') ??
		firstDuplicate(backup.cards, (card) => card.factId, 'cards', 'cards')
	);
}

function firstDuplicate<T>(items: readonly T[], key: (item: T) => string, list: string, noun: string): string | null {
	const seen = new Map<string, number>();
	for (const [index, item] of items.entries()) {
		const value = key(item);
		const first = seen.get(value);
		if (first !== undefined) {
			return (
				`This backup has a problem, so nothing was imported: ${list}[${first}] and ${list}[${index}] ` +
				`share the id ${show(value)}; two ${noun} cannot have the same id.`
			);
		}
		seen.set(value, index);
	}
	return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
