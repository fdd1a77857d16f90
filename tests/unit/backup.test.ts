import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATASET } from '$lib/content';
import {
	BACKUP_FORMAT_VERSION,
	BACKUP_TABLES,
	DERIVED_TABLES,
	SET_ASIDE_TABLES,
	SYNC_TABLES,
	MAX_FILE_BYTES,
	MAX_REVIEWS,
	backupFileName,
	exportBackup,
	parseBackup,
	readBackupFile,
	replaceProgress,
	serializeBackup,
	summarizeBackup,
	type Backup
} from '$lib/db/backup';
import { YourData } from '$lib/state/your-data.svelte';
import { DAY, SETTINGS, T0, dropAll, freshDatabase, seedProgress, snapshot, tables } from './helpers/progress';
import { failWrites, quotaExceeded } from './fault-injection';

afterEach(dropAll);

const NOW = T0 + 30 * DAY;

/** A valid backup file of a seeded database, and its parsed form, made once. */
let validText: string;
let valid: Backup;
beforeAll(async () => {
	const source = freshDatabase();
	await seedProgress(source);
	valid = await exportBackup(source, { now: NOW, appVersion: '0.1.0' });
	validText = serializeBackup(valid);
});

/** A variation of the valid file, changed as parsed JSON. */
function changed(edit: (file: Record<string, any>) => void): string {
	const file = JSON.parse(validText) as Record<string, any>;
	edit(file);
	return JSON.stringify(file);
}

/** A database with progress of its own (different from the file's), to import into. */
async function targetDatabase() {
	const db = freshDatabase();
	await seedProgress(db, { start: T0 - 5 * DAY, idPrefix: 'b' });
	return db;
}

describe('export', () => {
	it('holds every row of every table, the versions and the time of export', async () => {
		const db = freshDatabase();
		await seedProgress(db);
		const backup = await exportBackup(db, { now: NOW, appVersion: '0.1.0' });
		const stored = await tables(db);

		expect(backup).toMatchObject({
			format: 'stride-backup',
			formatVersion: BACKUP_FORMAT_VERSION,
			appVersion: '0.1.0',
			schemaVersion: db.verno,
			exportedAt: new Date(NOW).toISOString(),
			settings: SETTINGS
		});
		expect(backup.reviews).toHaveLength(24);
		expect(backup.reviews).toHaveLength(stored.reviews.length);
		expect(backup.cards).toHaveLength(stored.cards.length);
		expect(backup.sessions).toHaveLength(3);
		expect(backup.sessions.filter((s) => s.finishedAt === null)).toHaveLength(1);
		const times = backup.reviews.map((r) => r.reviewedAt);
		expect(times).toEqual([...times].sort((a, b) => a - b));
	});

	it('writes valid JSON with one row per line, the same bytes every time', async () => {
		const db = freshDatabase();
		await seedProgress(db);
		const text = await snapshot(db);
		expect(JSON.parse(text)).toEqual(await exportBackup(db, { now: NOW, appVersion: '0.1.0' }));
		expect(text.split('\n').filter((line) => line.startsWith('\t\t{"id":')).length).toBe(24 + 3);
		expect(await snapshot(db)).toBe(text);
	});

	it('exports an empty database as a valid, empty backup', async () => {
		const db = freshDatabase();
		const backup = await exportBackup(db, { now: NOW, appVersion: '0.1.0' });
		expect(backup).toMatchObject({ settings: null, cards: [], reviews: [], sessions: [] });
		expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
	});

	it('names the file after the day of export', () => {
		expect(backupFileName(NOW)).toBe('stride-backup-2026-02-09.json');
	});

	it('covers every table of the database but those rebuilt from the others, the set-aside rows and sync’s own', async () => {
		const db = freshDatabase();
		expect(db.tables.map((t) => t.name).sort()).toEqual(
			[...BACKUP_TABLES, ...DERIVED_TABLES, ...SET_ASIDE_TABLES, ...SYNC_TABLES].sort()
		);
	});
});

describe('round trip: export → wipe → import', () => {
	it('restores every row deep-equal, unicode, markup-like text and null dates included', async () => {
		const source = freshDatabase();
		await seedProgress(source);
		const original = await tables(source);
		const text = await snapshot(source);
		expect(original.reviews.map((r) => r.given)).toEqual(
			expect.arrayContaining(['Ischiocrurale — 大腿二頭筋 🏃‍♀️', '<img src=x onerror=alert(1)>', ''])
		);
		expect(original.reviews.some((r) => r.before.lastReview === null)).toBe(true);

		await source.delete();
		const restored = freshDatabase(source.name);
		expect(await restored.reviews.count()).toBe(0);

		const check = await readBackupFile(new Blob([text]));
		if (!check.ok) throw new Error(check.message);
		await replaceProgress(restored, check.backup);

		const after = await tables(restored);
		expect(after.cards).toEqual(original.cards);
		expect(after.sessions).toEqual(original.sessions);
		expect(after.settings).toEqual(original.settings);
		const byId = (rows: typeof after.reviews) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
		expect(byId(after.reviews)).toEqual(byId(original.reviews));
		// And the restored database exports to the very same file.
		expect(await snapshot(restored)).toBe(text);
		restored.close();
	});

	it('replaces progress that was there: nothing of the old progress remains', async () => {
		const db = await targetDatabase();
		const oldIds = (await db.reviews.toArray()).map((r) => r.id);
		expect(oldIds).toHaveLength(24);
		await replaceProgress(db, valid);
		expect(await snapshot(db)).toBe(validText);
		for (const id of oldIds) expect(await db.reviews.get(id)).toBeUndefined();
	});

	it('an empty backup clears all progress, settings included', async () => {
		const db = await targetDatabase();
		const empty = await exportBackup(freshDatabase(), { now: NOW, appVersion: '0.1.0' });
		await replaceProgress(db, empty);
		expect(await tables(db)).toEqual({ cards: [], reviews: [], sessions: [], settings: [] });
	});

	it('imports a format 2 file written before session kinds, learn-ahead and rest days', () => {
		const older = changed((f) => {
			delete f.settings.learnAheadMinutes;
			delete f.settings.restDays;
			for (const session of f.sessions) delete session.kind;
		});
		const check = parseBackup(older);
		if (!check.ok) throw new Error(check.message);
		expect(check.backup.settings).toMatchObject({ learnAheadMinutes: 20, restDays: [] });
		expect(check.backup.sessions.every((session) => session.kind === undefined)).toBe(true);
	});

	it('summarizes what a file holds', () => {
		expect(summarizeBackup(valid)).toEqual({
			answers: 24,
			facts: 12,
			sessions: 3,
			exportedAt: new Date(NOW).toISOString(),
			appVersion: '0.1.0',
			lastAnswerAt: Math.max(...valid.reviews.map((r) => r.reviewedAt))
		});
	});
});

/**
 * Every kind of bad file, each through the page's own import steps (choose, then confirm):
 * the message names the problem, nothing is offered for import, and a full export of the
 * database before and after is byte-identical.
 */
const BAD_FILES: { name: string; file: () => File; message: string | (() => string) }[] = [
	{ name: 'an empty file', file: () => new File([''], 'empty.json'), message: 'This file is empty' },
	{
		name: 'broken JSON',
		file: () => new File([validText.slice(0, 200)], 'cut.json'),
		message: 'This file is not valid JSON'
	},
	{
		name: 'JSON that is not a backup',
		file: () => new File([JSON.stringify({ hello: 'world' })], 'other.json'),
		message: 'This is not a Stride backup: it lacks "format": "stride-backup"'
	},
	{
		name: 'a backup from a newer format version',
		file: () => new File([changed((f) => (f.formatVersion = 3))], 'newer.json'),
		message: 'made by a newer version of Stride (format 3); this version reads format 2'
	},
	{
		name: 'a format version that is not a number',
		file: () => new File([changed((f) => (f.formatVersion = '1'))], 'version.json'),
		message: 'This backup has no valid format version ("formatVersion" is "1")'
	},
	{
		name: 'markup as a fact id',
		file: () => new File([changed((f) => (f.reviews[3].factId = 'glutes"><script>'))], 'fact.json'),
		message: 'reviews[3].factId must be an id of letters, digits and - . _ :, not "glutes\\"><script>"'
	},
	{
		name: 'a prototype-polluting __proto__ key',
		file: () => new File([validText.replace('{"id":', '{"__proto__":{"polluted":true},"id":')], 'proto.json'),
		message: 'This file contains the key "__proto__" (at reviews[0].__proto__)'
	},
	{
		// The settings page refuses retention below 80%; a backup must not restore what it discards.
		name: 'a desired retention outside the settings page’s range',
		file: () => new File([changed((f) => (f.settings.desiredRetention = 0.6))], 'retention.json'),
		message: 'settings.desiredRetention must be at least 0.8, not 0.6'
	},
	{
		name: 'more new facts a day than the settings page allows',
		file: () => new File([changed((f) => (f.settings.newPerDay = 500))], 'new-per-day.json'),
		message: 'settings.newPerDay must be at most 100, not 500'
	},
	{
		// Parameters outside FSRS's ranges would schedule nonsense once restored.
		name: 'memory-model parameters outside FSRS’s ranges',
		file: () => new File([changed((f) => (f.settings.memoryModel.parameters[20] = 3))], 'decay.json'),
		message: 'settings.memoryModel Parameter w20 must be between 0.1 and 0.8, not 3.'
	},
	{
		name: 'a memory model with too few parameters',
		file: () => new File([changed((f) => f.settings.memoryModel.parameters.splice(4))], 'short.json'),
		message: 'The memory model needs 21 parameters, not 4.'
	},
	{
		name: 'a constructor key',
		file: () => new File([changed((f) => (f.settings.constructor = { prototype: {} }))], 'ctor.json'),
		message: 'This file contains the key "constructor" (at settings.constructor)'
	},
	{
		name: 'two answers with the same id',
		file: () => new File([changed((f) => (f.reviews[5].id = f.reviews[2].id))], 'dup.json'),
		message: () => `reviews[2] and reviews[5] share the id "${valid.reviews[2]!.id}"`
	},
	{
		name: 'two cards for one fact',
		file: () => new File([changed((f) => f.cards.push({ ...f.cards[0] }))], 'dupcard.json'),
		message: () => `cards[0] and cards[12] share the id "${valid.cards[0]!.factId}"`
	},
	{
		name: 'an impossible date',
		file: () => new File([changed((f) => (f.sessions[1].day = '2026-02-30'))], 'date.json'),
		message: 'sessions[1].day must be a date as YYYY-MM-DD, not "2026-02-30"'
	},
	{
		name: 'a time given as text',
		file: () => new File([changed((f) => (f.reviews[0].reviewedAt = '2026-01-10'))], 'time.json'),
		message: 'reviews[0].reviewedAt must be a time in epoch milliseconds, not "2026-01-10"'
	},
	{
		name: 'an infinite number',
		file: () => new File([validText.replace(/"stability":[0-9.]+/, '"stability":1e999')], 'inf.json'),
		message: 'cards[0].stability must be a finite number, not Infinity'
	},
	{
		name: 'a negative count',
		file: () => new File([changed((f) => (f.reviews[1].after.reps = -3))], 'neg.json'),
		message: 'reviews[1].after.reps must be at least 0, not -3'
	},
	{
		name: 'text longer than its limit',
		file: () => new File([changed((f) => (f.reviews[4].given = 'x'.repeat(1001)))], 'long.json'),
		message: 'reviews[4].given is longer than 1000 characters (1001)'
	},
	{
		name: 'markup as a session id',
		file: () => new File([changed((f) => (f.reviews[0].sessionId = '<img src=x onerror=alert(1)>'))], 'xss.json'),
		message: 'reviews[0].sessionId must be an id of letters, digits and - . _ :, not "<img src=x onerror=alert(1)>"'
	},
	{
		name: 'markup as an unknown settings field',
		file: () => new File([changed((f) => (f.settings['<img src=x onerror=alert(1)>'] = 1))], 'field.json'),
		message: 'settings.<img src=x onerror=alert(1)> is not a field of a Stride backup'
	},
	{
		name: 'a missing field',
		file: () => new File([changed((f) => delete f.reviews[7].grade)], 'missing.json'),
		message: 'reviews[7].grade is missing'
	},
	{
		name: 'a card state of another fact inside an answer',
		file: () => new File([changed((f) => (f.reviews[2].after.factId = f.reviews[3].factId))], 'mixed.json'),
		message: 'reviews[2].after.factId must be the card of the answer’s own fact'
	},
	{
		name: 'a setting out of range',
		file: () => new File([changed((f) => (f.settings.dayStartHour = 24))], 'hour.json'),
		message: 'settings.dayStartHour must be at most 23, not 24'
	},
	{
		name: 'rest days on every day of the week',
		file: () => new File([changed((f) => (f.settings.restDays = [0, 1, 2, 3, 4, 5, 6]))], 'rest.json'),
		message: 'settings.restDays must leave at least one study day a week'
	},
	{
		name: 'rest days out of week order',
		file: () => new File([changed((f) => (f.settings.restDays = [4, 0]))], 'rest-order.json'),
		message: 'settings.restDays must list each weekday once, in week order'
	},
	{
		name: 'a session of an unknown kind',
		file: () => new File([changed((f) => (f.sessions[0].kind = 'marathon'))], 'kind.json'),
		message: 'sessions[0].kind must be one of today, drill, missed, extra, not "marathon"'
	},
	{
		name: 'nesting deeper than a backup',
		file: () => new File([changed((f) => (f.sessions[0].day = [[[[[['2026-01-10']]]]]]))], 'deep.json'),
		message: 'This file nests data deeper than a Stride backup does'
	},
	{
		name: 'a 130 MB file',
		file: () => new File([new Uint8Array(130 * 1000 * 1000)], 'huge.json'),
		message: 'This file is 124.0 MB; a Stride backup is at most 120.0 MB. It was not read.'
	}
];

describe('import refuses a bad file and changes nothing', () => {
	it.each(BAD_FILES)('$name', async ({ file, message }) => {
		const db = await targetDatabase();
		const before = await snapshot(db);
		const page = new YourData(db, { download: () => undefined });

		await page.choose(file());
		const expected = typeof message === 'string' ? message : message();
		expect(page.importNote).toEqual({ kind: 'error', text: expect.stringContaining(expected) });
		expect(page.pending).toBeNull();
		await page.confirmImport();

		expect(await snapshot(db)).toBe(before);
	});

	it('tests at least twelve kinds of bad file', () => {
		expect(BAD_FILES.length).toBeGreaterThanOrEqual(12);
	});

	it('lists the first three problems and counts the rest', () => {
		const text = changed((f) => {
			for (const row of f.reviews.slice(0, 5)) row.grade = 'easy';
		});
		const check = parseBackup(text);
		expect(check).toEqual({
			ok: false,
			message: expect.stringContaining('reviews[0].grade must be one of again, good, reset, unsuspend, not "easy"')
		});
		expect(!check.ok && check.message).toContain('reviews[2].grade');
		expect(!check.ok && check.message).toContain('; and 2 more.');
	});

	it('refuses a 130 MB file before reading or parsing it', async () => {
		const parse = vi.spyOn(JSON, 'parse');
		const text = vi.fn(async () => '');
		const started = performance.now();
		expect(await readBackupFile({ size: 130_000_000, text })).toEqual({
			ok: false,
			message: expect.stringContaining('at most 120.0 MB')
		});
		expect(parseBackup(' '.repeat(130_000_000))).toEqual({
			ok: false,
			message: expect.stringContaining('at most 120.0 MB')
		});
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(text).not.toHaveBeenCalled();
		expect(parse).not.toHaveBeenCalled();
		parse.mockRestore();
	});

	it('never lets a __proto__ key reach an object prototype', () => {
		parseBackup('{"__proto__": {"polluted": true}, "format": "stride-backup"}');
		parseBackup(validText.replace('"settings": {', '"settings": {"__proto__": {"polluted": true},'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('accepts the largest history a backup may hold, and refuses one answer more', () => {
		const row = valid.reviews[0]!;
		const many = (count: number) =>
			JSON.stringify({
				...valid,
				reviews: Array.from({ length: count }, (_, i) => ({ ...row, id: `r${i}`, sessionId: 's' }))
			});
		const atLimit = many(MAX_REVIEWS);
		expect(atLimit.length).toBeLessThan(MAX_FILE_BYTES);
		expect(parseBackup(atLimit).ok).toBe(true);
		expect(parseBackup(many(MAX_REVIEWS + 1))).toEqual({
			ok: false,
			message: expect.stringContaining(
				`reviews holds ${MAX_REVIEWS + 1} answers; a backup holds at most ${MAX_REVIEWS}`
			)
		});
	}, 60_000);
});

describe('import of a good file', () => {
	it('offers a backup of the current progress first, then replaces it', async () => {
		const db = await targetDatabase();
		const current = await snapshot(db);
		const downloads: { name: string; text: string }[] = [];
		const page = new YourData(db, { clock: () => NOW, download: (name, text) => downloads.push({ name, text }) });

		await page.choose(new File([validText], 'stride-backup-2026-02-09.json'));
		expect(page.importNote).toBeNull();
		expect(page.pending).toEqual({ fileName: 'stride-backup-2026-02-09.json', summary: summarizeBackup(valid) });
		expect(await snapshot(db)).toBe(current);

		await page.exportNow();
		expect(downloads).toHaveLength(1);
		expect(downloads[0]!.text).toBe(current);
		expect(page.pending).not.toBeNull();

		await page.confirmImport();
		expect(page.importNote).toEqual({
			kind: 'success',
			text: 'Imported: your progress is now the backup’s 24 answers on 12 facts.'
		});
		expect(page.pending).toBeNull();
		expect(await snapshot(db)).toBe(validText);
	});

	it('leaves the old progress whole when writing the new one fails midway', async () => {
		const db = await targetDatabase();
		const before = await snapshot(db);
		const page = new YourData(db, { download: () => undefined });
		await page.choose(new File([validText], 'backup.json'));
		expect(page.pending).not.toBeNull();

		// Reviews and cards are written, then the sessions write hits a full disk.
		const fullDisk = failWrites(db, 'sessions', (request) => (request.type === 'deleteRange' ? null : quotaExceeded()));
		db.close();
		await db.open();
		await page.confirmImport();

		expect(page.importNote).toEqual({
			kind: 'error',
			text: 'The import failed and nothing was changed: your device is out of storage space; free some space, then try again.'
		});
		// Space freed: what is stored now is what was there before the import.
		fullDisk.enabled = false;
		db.close();
		await db.open();
		expect(await snapshot(db)).toBe(before);
	});

	it('imports markup-like answer text as plain data (shown as text by the pages)', async () => {
		const db = freshDatabase();
		await replaceProgress(db, valid);
		const given = (await db.reviews.toArray()).map((r) => r.given);
		expect(given).toContain('<img src=x onerror=alert(1)>');
	});

	it('knows every fact id of the dataset', () => {
		const file = changed((f) => {
			f.reviews[0].factId = DATASET.facts.at(-1)!.id;
			f.reviews[0].before.factId = DATASET.facts.at(-1)!.id;
			f.reviews[0].after.factId = DATASET.facts.at(-1)!.id;
		});
		expect(parseBackup(file).ok).toBe(true);
	});

	it('accepts a file with a byte-order mark, as some editors save it', () => {
		expect(parseBackup(`\uFEFF${validText}`).ok).toBe(true);
	});
});
