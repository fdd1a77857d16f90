import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORIES, median, ms, report, RUNS, seed, TIMING_HOOKS, type BenchWindow, type HistorySize } from './harness';

/**
 * Export and import of the whole history, at each size: the time from the click (or the
 * file chosen) to the result on screen, the file's size, and the renderer's peak memory
 * (its resident set's high-water mark, from /proc, reset before each step: Linux only).
 */
test('export and import at each history size', async ({ browser }) => {
	const now = Date.now();
	const rows: string[] = [];
	const data: Record<string, unknown> = {};
	for (const size of HISTORIES) {
		// Seeded once per size: importing the exported file leaves the same history behind.
		const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
		await context.addInitScript(TIMING_HOOKS);
		const seeding = await context.newPage();
		await seed(seeding, size, now);
		await seeding.close();
		const runs: Awaited<ReturnType<typeof measure>>[] = [];
		for (let run = 0; run < RUNS; run++) runs.push(await measure(browser, context, size));
		await context.close();
		const pick = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
		const result = {
			fileMB: pick('fileMB'),
			exportMs: pick('exportMs'),
			exportPeakMB: pick('exportPeakMB'),
			checkMs: pick('checkMs'),
			checkPeakMB: pick('checkPeakMB'),
			importMs: pick('importMs'),
			importPeakMB: pick('importPeakMB'),
			baselineMB: pick('baselineMB')
		};
		data[size.name] = result;
		rows.push(
			`| ${size.name} | ${result.fileMB.toFixed(1)} | ${ms(result.exportMs)} | ${result.exportPeakMB.toFixed(0)} | ${ms(result.checkMs)} | ${result.checkPeakMB.toFixed(0)} | ${ms(result.importMs)} | ${result.importPeakMB.toFixed(0)} | ${result.baselineMB.toFixed(0)} |`
		);
	}
	report(
		'Export and import of the whole history',
		[
			'| history | file (MB) | export (ms) | export peak (MB) | check file (ms) | check peak (MB) | replace progress (ms) | import peak (MB) | renderer at rest (MB) |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
			...rows
		].join('\n'),
		data
	);
});

async function measure(browser: Browser, context: BrowserContext, size: HistorySize) {
	const page = await context.newPage();
	await page.goto('/data');
	await expect(page.getByTestId('current-counts')).toContainText(`${size.reviews} answer`);
	const memory = await rendererMemory(browser);
	const bench = () => page.evaluate(() => (window as unknown as BenchWindow).__bench);
	const baselineMB = await memory.resetPeak();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const file = join(tmpdir(), `stride-bench-${size.reviews}.json`);
	await (await download).saveAs(file);
	await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.blobAt !== null, null, { polling: 100 });
	const exported = await bench();
	const exportPeakMB = await memory.peak();
	const fileMB = readFileSync(file).length / 1024 / 1024;

	await memory.resetPeak();
	await page.locator('#backup-file').setInputFiles(file);
	await page.waitForFunction(
		() => {
			const bench = (window as unknown as BenchWindow).__bench;
			return bench.importCheckedAt !== null || document.querySelector('main [role="alert"]') !== null;
		},
		null,
		{ polling: 100, timeout: 5 * 60_000 }
	);
	const checked = await bench();
	const checkPeakMB = await memory.peak();
	if (checked.importCheckedAt === null) {
		writeFileSync(join(tmpdir(), 'stride-bench-refused.txt'), (await page.locator('main').textContent()) ?? '');
		throw new Error(
			`The ${size.name} backup was refused: ${await page.locator('main [role="alert"]').first().textContent()}`
		);
	}

	await memory.resetPeak();
	await page.getByRole('button', { name: 'Replace my progress with this backup' }).click();
	await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.importedAt !== null, null, {
		polling: 100,
		timeout: 5 * 60_000
	});
	const imported = await bench();
	const importPeakMB = await memory.peak();
	await page.close();
	return {
		fileMB,
		exportMs: exported.blobAt! - exported.lastInput!,
		exportPeakMB,
		checkMs: checked.importCheckedAt! - checked.lastInput!,
		checkPeakMB,
		importMs: imported.importedAt! - imported.lastInput!,
		importPeakMB,
		baselineMB
	};
}

/**
 * The renderer processes' peak resident memory, from /proc: `resetPeak` clears the
 * high-water marks (writing 5 to clear_refs) and returns the current resident size; `peak`
 * reads the highest mark since. Pages of one browser context share a renderer here.
 */
async function rendererMemory(browser: Browser) {
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
	const field = (pid: number, name: string) =>
		Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${name}:\\s+(\\d+) kB`))?.[1] ?? 0) / 1024;
	return {
		async resetPeak(): Promise<number> {
			for (const pid of renderers) writeFileSync(`/proc/${pid}/clear_refs`, '5');
			return Math.max(...renderers.map((pid) => field(pid, 'VmRSS')));
		},
		async peak(): Promise<number> {
			return Math.max(...renderers.map((pid) => field(pid, 'VmHWM')));
		}
	};
}
