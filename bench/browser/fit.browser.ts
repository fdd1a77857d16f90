import { expect, test, type Browser, type CDPSession, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { FIT_HISTORIES, storedHistory } from '../fit-histories';
import { median, ms, report, resetSettings, RUNS, seedRows } from './harness';

/**
 * Fitting the memory model in the browser: the history seeded into IndexedDB, /memory opened,
 * "Fit my parameters" clicked, and the time from the click (the event's own timestamp) to the
 * outcome's text ("Kept" or "Not kept"), split at the steps the page shows. While it runs:
 * the longest gap between animation frames and the long tasks on the page's main thread (the
 * fit is in a worker, so the page must keep drawing), the page's JS heap (CDP
 * Performance.getMetrics: the main thread's isolate only), and the renderer process's RSS,
 * read from /proc (the worker, its WebAssembly memory included, lives in the page's renderer
 * process; CDP's SystemInfo.getProcessInfo gives its pid but no memory). The peak is the
 * kernel's VmHWM, reset before each click by writing 5 to /proc/<pid>/clear_refs.
 * Every run starts from the default parameters. BENCH_FIT names histories (separated by ';').
 */

const DEFAULT_HISTORIES = ['real deck, 1 year', 'real deck, 5 years', '1,000 cards, 5 years', 'stress, 1 year'];
const chosen = FIT_HISTORIES.filter((history) =>
	(process.env.BENCH_FIT?.split(';') ?? DEFAULT_HISTORIES).includes(history.name)
);

/** Hooks installed before any page script: the click's timestamp, each step's first sight, the outcome, frames and long tasks. */
const FIT_HOOKS = () => {
	const fit: FitHooks = { clickAt: null, steps: {}, outcomeAt: null, outcome: '', frames: [], longTasks: [] };
	(window as unknown as FitWindow).__fit = fit;
	addEventListener(
		'click',
		(event) => {
			if ((event.target as Element | null)?.closest('button')?.textContent?.includes('Fit my parameters'))
				fit.clickAt = event.timeStamp;
		},
		true
	);
	const frame = (at: number) => {
		if (fit.clickAt !== null && fit.outcomeAt === null) fit.frames.push(at);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) fit.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: false });
	new MutationObserver(() => {
		if (fit.clickAt === null || fit.outcomeAt !== null) return;
		const step = document.querySelector('p[id$="-step"]')?.textContent?.trim();
		if (step && !(step in fit.steps)) fit.steps[step] = performance.now();
		const outcome = document.querySelector('[data-testid="fit-outcome"]')?.textContent?.trim() ?? '';
		if (/^(Kept|Not kept|The optimiser stopped)/.test(outcome)) {
			fit.outcomeAt = performance.now();
			fit.outcome = outcome.slice(0, 80);
		}
	}).observe(document, { subtree: true, childList: true, characterData: true });
};
/** What FIT_HOOKS records, in the page's performance.now() time. */
interface FitHooks {
	clickAt: number | null;
	steps: Record<string, number>;
	outcomeAt: number | null;
	outcome: string;
	frames: number[];
	longTasks: { start: number; duration: number }[];
}
type FitWindow = { __fit: FitHooks };

const readHooks = (page: Page) => page.evaluate(() => (window as unknown as FitWindow).__fit);

/** The renderer processes of this browser, by pid (CDP SystemInfo). */
async function rendererPids(browser: Browser): Promise<number[]> {
	const session = await browser.newBrowserCDPSession();
	const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	await session.detach();
	return processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
}

/** VmRSS and VmHWM (peak RSS since the last reset) of a process, in bytes. */
function processMemory(pid: number): { rss: number; peak: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? 0) * 1024;
		return { rss: kb('VmRSS'), peak: kb('VmHWM') };
	} catch {
		return { rss: 0, peak: 0 };
	}
}

async function jsHeap(cdp: CDPSession): Promise<number> {
	const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
	return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

interface Run {
	total: number;
	steps: Record<string, number>;
	outcome: string;
	/** From the click to the outcome, and while fsrs-rs fits (from "Fitting" shown to "Scoring" shown). */
	longestFrameGap: number;
	longestFrameGapFitting: number;
	framesOver50: number;
	/** Long tasks (≥ 50 ms) on the main thread from the click, each from the click (ms). */
	longTasks: { start: number; duration: number }[];
	longestTask: number;
	longestTaskFitting: number;
	heapBefore: number;
	heapPeak: number;
	rssBefore: number;
	rssPeakSampled: number;
	rssPeak: number;
}

async function fitOnce(page: Page, browser: Browser): Promise<Run> {
	await resetSettings(page);
	await page.goto('/memory');
	const button = page.getByRole('button', { name: 'Fit my parameters' });
	await expect(button).toBeEnabled({ timeout: 60_000 });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	const pids = await rendererPids(browser);
	for (const pid of pids) {
		try {
			writeFileSync(`/proc/${pid}/clear_refs`, '5');
		} catch {
			// A process that ended meanwhile.
		}
	}
	const heapBefore = await jsHeap(cdp);
	const rssBefore = Math.max(...pids.map((pid) => processMemory(pid).rss));
	let heapPeak = heapBefore;
	let rssPeakSampled = rssBefore;
	let sampling = true;
	// Sampled from here, every 200 ms, until the outcome shows: the page's heap and the renderers' RSS.
	const sampler = (async () => {
		while (sampling) {
			heapPeak = Math.max(heapPeak, await jsHeap(cdp));
			for (const pid of pids) rssPeakSampled = Math.max(rssPeakSampled, processMemory(pid).rss);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	})();
	await button.click();
	await page.waitForFunction(() => (window as unknown as FitWindow).__fit.outcomeAt !== null, undefined, {
		polling: 250,
		timeout: 20 * 60_000
	});
	sampling = false;
	await sampler;
	// Linux updates VmHWM lazily (it can read below a sample taken meanwhile): the peak is the higher of the two.
	const rssPeak = Math.max(rssPeakSampled, ...pids.map((pid) => processMemory(pid).peak));
	const hooks = await readHooks(page);
	await cdp.detach();
	const clickAt = hooks.clickAt!;
	const frames = [clickAt, ...hooks.frames, hooks.outcomeAt!];
	const gaps = frames.slice(1).map((at, index) => ({ from: frames[index]!, gap: at - frames[index]! }));
	const fitting = hooks.steps['Fitting your parameters…'] ?? Number.NaN;
	const scoring = hooks.steps['Scoring them against your history…'] ?? hooks.outcomeAt!;
	const inFit = (start: number, end: number) => end >= fitting && start <= scoring;
	const during = hooks.longTasks
		.filter((task) => task.start + task.duration >= clickAt)
		.map((task) => ({ start: task.start - clickAt, duration: task.duration }));
	return {
		total: hooks.outcomeAt! - clickAt,
		steps: Object.fromEntries(Object.entries(hooks.steps).map(([step, at]) => [step, at - clickAt])),
		outcome: hooks.outcome,
		longestFrameGap: Math.max(...gaps.map((gap) => gap.gap)),
		longestFrameGapFitting: Math.max(
			0,
			...gaps.filter((gap) => inFit(gap.from, gap.from + gap.gap)).map((gap) => gap.gap)
		),
		framesOver50: gaps.filter((gap) => gap.gap > 50).length,
		longTasks: during,
		longestTask: Math.max(0, ...during.map((task) => task.duration)),
		longestTaskFitting: Math.max(
			0,
			...during
				.filter((task) => inFit(task.start + clickAt, task.start + clickAt + task.duration))
				.map((task) => task.duration)
		),
		heapBefore,
		heapPeak,
		rssBefore,
		rssPeakSampled,
		rssPeak
	};
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

test('fitting the memory model at each history', async ({ browser }) => {
	test.setTimeout(90 * 60_000);
	const rows: string[] = [];
	const data: Record<string, unknown> = {};
	const loads = [loadavg()[0]!.toFixed(2)];
	for (const history of chosen) {
		const stored = storedHistory(history.plain(Date.now()));
		// Cards only for the app's own facts: a larger deck's other cards exist in the log alone, which is all a fit reads.
		const { DATASET } = await import('../../src/lib/content');
		const known = new Set(DATASET.facts.map((fact) => fact.id));
		const context = await browser.newContext();
		await context.addInitScript(FIT_HOOKS);
		const page = await context.newPage();
		await seedRows(page, { ...stored, cards: stored.cards.filter((card) => known.has(card.factId)) });
		const runs: Run[] = [];
		for (let run = 0; run < RUNS; run++) {
			runs.push(await fitOnce(page, browser));
			console.log(`${history.name}, run ${run + 1}: ${ms(runs.at(-1)!.total)} ms, ${runs.at(-1)!.outcome}`);
			if (runs.at(-1)!.outcome.startsWith('The optimiser stopped')) break;
		}
		await context.close();
		loads.push(loadavg()[0]!.toFixed(2));
		const m = (pick: (run: Run) => number) => median(runs.map(pick));
		const step = (name: string) => m((run) => run.steps[name] ?? Number.NaN);
		const result = {
			answers: stored.reviews.length,
			total: m((run) => run.total),
			fitting: step('Fitting your parameters…'),
			scoring: step('Scoring them against your history…'),
			longestFrameGap: m((run) => run.longestFrameGap),
			longestFrameGapFitting: m((run) => run.longestFrameGapFitting),
			framesOver50: m((run) => run.framesOver50),
			longestTask: m((run) => run.longestTask),
			longestTaskFitting: m((run) => run.longestTaskFitting),
			heapBefore: m((run) => run.heapBefore),
			heapPeak: m((run) => run.heapPeak),
			rssBefore: m((run) => run.rssBefore),
			rssPeakSampled: m((run) => run.rssPeakSampled),
			rssPeak: m((run) => run.rssPeak),
			outcomes: runs.map((run) => run.outcome),
			runs
		};
		data[history.name] = result;
		rows.push(
			`| ${history.name} | ${result.answers.toLocaleString('en-GB')} | ${ms(result.total)} | ${ms(result.fitting)} | ${ms(result.scoring)} | ` +
				`${ms(result.longestFrameGap)} | ${ms(result.longestFrameGapFitting)} | ${result.framesOver50} | ${ms(result.longestTask)} | ${ms(result.longestTaskFitting)} | ` +
				`${mb(result.heapBefore)} → ${mb(result.heapPeak)} | ${mb(result.rssBefore)} → ${mb(result.rssPeak)} | ${result.outcomes[0]!.split(':')[0]} |`
		);
	}
	report(
		`Fitting the memory model (ms; load average ${loads.join(' / ')})`,
		[
			'| history | answers | click → outcome | click → "Fitting" shown | click → "Scoring" shown | longest frame gap | same, while fitting | frame gaps > 50 ms | longest long task | same, while fitting | page JS heap before → peak MB | renderer RSS before → peak MB | outcome |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
			...rows
		].join('\n'),
		data
	);
});
