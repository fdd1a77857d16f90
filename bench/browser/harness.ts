import { expect, type Page } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import type { CardRow, ReviewRow, SessionRow, SettingsRow } from '../../src/lib/db/database';
import { syntheticHistory } from '../synthetic-history';

const ALL_HISTORIES = [
	{ name: 'empty', reviews: 0, days: 1 },
	{ name: '1 year', reviews: 10_000, days: 365 },
	{ name: '5 years', reviews: 100_000, days: 5 * 365 }
] as const;

export type HistorySize = (typeof ALL_HISTORIES)[number];

/**
 * The history sizes every browser benchmark runs at: all three, or those BENCH_HISTORIES
 * names (comma-separated, e.g. `BENCH_HISTORIES=empty` for a quick look while working).
 */
export const HISTORIES: readonly HistorySize[] = process.env.BENCH_HISTORIES
	? ALL_HISTORIES.filter((size) => process.env.BENCH_HISTORIES!.split(',').includes(size.name))
	: ALL_HISTORIES;

/** How many times each measurement is repeated; the report gives the median run. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const DAY_MS = 24 * 60 * 60 * 1000;

/** Settings that let one day's session hold every fact, so 200 answers need few sessions. */
const BENCH_SETTINGS: SettingsRow = {
	key: 'settings',
	desiredRetention: 0.9,
	newPerDay: 100,
	reviewsPerDay: 9999,
	dayStartHour: 4
};

const histories = new Map<string, ReturnType<typeof syntheticHistory>>();

/** The seeded history of a size, generated once per worker with the real scheduler. */
function historyOf(size: HistorySize, now: number) {
	let history = histories.get(size.name);
	if (!history) {
		// The history fills whole days of `perDay` answers, so it can end days before `now`: it is
		// shifted to end yesterday, or today's quiz would be a learner's first day back from a
		// break, capped at a few reviews (WELCOME_BACK_REVIEWS).
		const perDay = Math.max(1, Math.ceil(size.reviews / size.days));
		const end = now + (size.days - Math.ceil(size.reviews / perDay)) * DAY_MS;
		history = syntheticHistory({ reviews: size.reviews, days: size.days, now: end });
		histories.set(size.name, history);
	}
	return history;
}

/**
 * Timing hooks, installed before any page script: they note when the learner last pressed a
 * key or the pointer (the event's own timestamp) and, watching the DOM, when the answer's
 * verdict appeared in the live region and when the next question's number appeared. Each
 * sample is taken twice: when the DOM holds the change, and at the next animation frame
 * (when the browser is about to paint it). Nothing in the app is instrumented.
 */
export const TIMING_HOOKS = () => {
	const bench: BenchWindow['__bench'] = {
		samples: [],
		saved: [],
		firstQuestionAt: null,
		historyShownAt: null,
		masteryShownAt: null,
		importCheckedAt: null,
		importedAt: null,
		lastInput: null,
		blobAt: null,
		blobBytes: 0
	};
	(window as unknown as BenchWindow).__bench = bench;
	const noteInput = (event: Event) => {
		if (!(event instanceof KeyboardEvent && event.repeat)) bench.lastInput = event.timeStamp;
	};
	addEventListener('keydown', noteInput, true);
	addEventListener('pointerdown', noteInput, true);
	addEventListener('change', noteInput, true);
	const createObjectURL = URL.createObjectURL.bind(URL);
	URL.createObjectURL = (object: Blob | MediaSource) => {
		bench.blobAt = performance.now();
		if (object instanceof Blob) bench.blobBytes = object.size;
		return createObjectURL(object);
	};
	const record = (what: string) => {
		const input = bench.lastInput;
		if (input === null) return;
		bench.lastInput = null;
		const sample = { what, dom: performance.now() - input, frame: Number.NaN };
		bench.samples.push(sample);
		if (what === 'answer') answerInput = input;
		requestAnimationFrame(() => (sample.frame = performance.now() - input));
	};
	let verdict = '';
	let questionNumber = '';
	/** The press that gave the verdict on screen, until its answer is saved (its live region no longer busy). */
	let answerInput: number | null = null;
	const firstTime = (
		key: 'historyShownAt' | 'masteryShownAt' | 'importCheckedAt' | 'importedAt',
		seen: () => boolean
	) => {
		if (bench[key] === null && seen()) bench[key] = performance.now();
	};
	const observe = () => {
		const path = location.pathname;
		if (path === '/quiz') {
			const status = document.querySelector('[role="status"]')?.textContent?.trim() ?? '';
			const counter = document.querySelector('main p.counter')?.textContent?.match(/Question (\d+) of/)?.[1] ?? '';
			if (counter && bench.firstQuestionAt === null) bench.firstQuestionAt = performance.now();
			if (status && !verdict) record('answer');
			const busy = document.querySelector('[role="status"]')?.getAttribute('aria-busy');
			if (answerInput !== null && status && busy !== 'true') {
				bench.saved.push(performance.now() - answerInput);
				answerInput = null;
			}
			if (counter && questionNumber && counter !== questionNumber) record('next');
			verdict = status;
			questionNumber = counter;
		} else if (path === '/progress') {
			// A learner with no answers yet sees the page's day-1 card instead of mastery and history.
			const dayOne = () => document.querySelector('[data-testid="progress-start"]') !== null;
			firstTime(
				'masteryShownAt',
				() => dayOne() || document.querySelector('section[aria-labelledby$="map-heading"]') !== null
			);
			firstTime('historyShownAt', () => {
				if (dayOne()) return true;
				const history = document.querySelector('section[aria-labelledby$="history-heading"]');
				return history !== null && !history.textContent?.includes('Loading your history');
			});
		} else if (path === '/data') {
			firstTime('importCheckedAt', () => document.querySelector('[data-testid="import-confirm"]') !== null);
			firstTime(
				'importedAt',
				() => document.querySelector('main')?.textContent?.includes('Imported: your progress is now') ?? false
			);
		}
	};
	new MutationObserver(observe).observe(document, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true,
		attributeFilter: ['aria-busy']
	});
};

export interface BenchWindow {
	__bench: {
		samples: { what: string; dom: number; frame: number }[];
		/** Answer → saved: from the press to its verdict's live region no longer busy (the save committed). */
		saved: number[];
		firstQuestionAt: number | null;
		historyShownAt: number | null;
		masteryShownAt: number | null;
		importCheckedAt: number | null;
		importedAt: number | null;
		lastInput: number | null;
		blobAt: number | null;
		blobBytes: number;
	};
}

/**
 * Seeds the app's database with a history: visits the app once so Stride creates its schema,
 * then writes the rows with the raw IndexedDB API in chunks. Every card is made due
 * yesterday, so a session asks all of them. `cardsOnly` redoes just that, between sessions.
 */
export async function seed(page: Page, size: HistorySize, now: number, options: { cardsOnly?: boolean } = {}) {
	const history = historyOf(size, now);
	const due = now - DAY_MS;
	if (!options.cardsOnly) {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await putRows(page, 'settings', [BENCH_SETTINGS]);
		for (let start = 0; start < history.reviews.length; start += 5_000) {
			await putRows(page, 'reviews', history.reviews.slice(start, start + 5_000));
		}
		await putRows(page, 'sessions', history.sessions);
	}
	const stored = options.cardsOnly ? await readCards(page) : history.cards;
	await putRows(
		page,
		'cards',
		// Every leech taken back (as Unsuspend does): a synthetic year makes most facts leeches,
		// and set aside they would leave nothing to ask.
		stored.map((card) => ({ ...card, due, suspendAtLapses: 10_000_000 }))
	);
}

/**
 * Seeds a history given as stored rows (the memory model benchmark's own histories): visits
 * the app once so Stride creates its schema, then writes the benchmark settings and the rows.
 */
export async function seedRows(
	page: Page,
	rows: { reviews: ReviewRow[]; cards: CardRow[]; sessions: SessionRow[] }
): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await resetSettings(page);
	for (let start = 0; start < rows.reviews.length; start += 5_000) {
		await putRows(page, 'reviews', rows.reviews.slice(start, start + 5_000));
	}
	await putRows(page, 'sessions', rows.sessions);
	await putRows(page, 'cards', rows.cards);
}

/** Writes the benchmark's settings afresh: FSRS-6's default parameters, no fit yet. */
export async function resetSettings(page: Page): Promise<void> {
	await putRows(page, 'settings', [BENCH_SETTINGS]);
}

type Row = CardRow | ReviewRow | SessionRow | SettingsRow;
type StoreAction = { store: string } & ({ op: 'put'; rows: Row[] } | { op: 'clear' } | { op: 'getAll' });

/** One action on one store of Stride's database, with the raw IndexedDB API (no app code). */
function onStore(page: Page, action: StoreAction): Promise<unknown[]> {
	return page.evaluate(async (action) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('stride');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		try {
			return await new Promise<unknown[]>((resolve, reject) => {
				const tx = db.transaction(action.store, action.op === 'getAll' ? 'readonly' : 'readwrite');
				const store = tx.objectStore(action.store);
				let result: unknown[] = [];
				if (action.op === 'put') for (const row of action.rows) store.put(row);
				else if (action.op === 'clear') store.clear();
				else store.getAll().onsuccess = (event) => (result = (event.target as IDBRequest<unknown[]>).result);
				tx.oncomplete = () => resolve(result);
				tx.onerror = () => reject(tx.error);
			});
		} finally {
			db.close();
		}
	}, action);
}

async function putRows(page: Page, store: string, rows: Row[]): Promise<void> {
	if (rows.length > 0) await onStore(page, { store, op: 'put', rows });
}

/** Empties the derived day summaries, as an upgrade or an import leaves them. */
export async function clearDaySummaries(page: Page): Promise<void> {
	await onStore(page, { store: 'daySummaries', op: 'clear' });
}

async function readCards(page: Page): Promise<CardRow[]> {
	return (await onStore(page, { store: 'cards', op: 'getAll' })) as CardRow[];
}

/**
 * Presses a key and waits, polling gently, until the timing hooks took its sample and the
 * frame after it: from the press until then nothing but the app runs in the page (Playwright's
 * locators would compete for the main thread).
 */
export async function pressAndWaitForSample(page: Page, key: string): Promise<void> {
	const before = await page.evaluate(() => (window as unknown as BenchWindow).__bench.samples.length);
	await page.keyboard.press(key);
	await page.waitForFunction(
		(count) => {
			const samples = (window as unknown as BenchWindow).__bench.samples;
			return samples.length > count && Number.isFinite(samples.at(-1)!.frame);
		},
		before,
		{ polling: 100 }
	);
}

// ── numbers ───────────────────────────────────────────────────────────────────────────────

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: number[]) => percentile(values, 50);

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** The machine the numbers were taken on, printed with every report. */
function machine(): string {
	const cpu = cpus();
	return `${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
}

/** Prints a result and appends it to reports/bench-browser.jsonl, one JSON object a line. */
export function report(benchmark: string, table: string, data: unknown): void {
	console.log(`\n## ${benchmark}\n${machine()}, median of ${RUNS} runs\n\n${table}\n`);
	mkdirSync('reports', { recursive: true });
	appendFileSync(
		'reports/bench-browser.jsonl',
		`${JSON.stringify({ benchmark, machine: machine(), runs: RUNS, at: new Date().toISOString(), data })}\n`
	);
}
