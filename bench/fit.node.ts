import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { DEFAULT_PARAMETERS, fsrsItemsFrom } from '../src/lib/srs/memory-model';
import { compareParameters, fitParameters } from '../src/lib/srs/memory-model/fit';
import { loadNodeOptimizer } from '../tests/unit/helpers/node-optimizer';
import { FIT_HISTORIES, type FitHistory } from './fit-histories';

/**
 * Fitting in Node: for each history in fit-histories.ts, the time to build fsrs-rs's items,
 * to fit (fsrs-browser's WebAssembly, the same file the worker runs, single-threaded as
 * there) and to compare the fitted parameters with the defaults (two evaluations in
 * JavaScript), and the memory the fit takes. Each history runs in a process of its own, so
 * the kernel's peak RSS (getrusage's maxrss) and the WebAssembly memory (which only grows) are
 * that history's alone. Run with `npm run bench:fit`; BENCH_RUNS (default 3) runs per history,
 * BENCH_FIT names histories (separated by ';') to run only those. The results also go to
 * reports/bench-fit.json.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface Run {
	itemsMs: number;
	fitMs: number;
	compareMs: number;
	/** JS heap used (V8), before the fit and just after it, with no collection in between. */
	heapBefore: number;
	heapAfter: number;
	/** ArrayBuffers outside the heap (the flattened arrays), just after the fit. */
	arrayBuffers: number;
	rssBefore: number;
	/** The process's peak RSS so far (getrusage), before the fit and after it: the fit's peak when they differ. */
	peakRssBefore: number;
	peakRss: number;
	/** WebAssembly linear memory after the fit: it only grows, so this is its peak. */
	wasm: number;
	logLoss: [number, number];
	kept: boolean;
	/** What the optimiser threw, when it failed (the fit's time is then the time to the failure). */
	failed?: string;
}

interface Result {
	name: string;
	about: string;
	answers: number;
	cards: number;
	items: number;
	entries: number;
	longest: number;
	flatBytes: number;
	generateMs: number;
	runs: Run[];
}

/** fsrs-rs prints each epoch's loss to the console: kept out of the report, and out of the time. */
function quietly<T>(run: () => T): T {
	const log = console.log;
	console.log = () => {};
	try {
		return run();
	} finally {
		console.log = log;
	}
}

async function measure(history: FitHistory): Promise<Result> {
	const optimizer = await loadNodeOptimizer();
	const generateStart = performance.now();
	const plain = history.plain(Date.UTC(2026, 5, 1, 8));
	const generateMs = performance.now() - generateStart;
	const runs: Run[] = [];
	let shape = { items: 0, entries: 0, longest: 0 };
	for (let run = 0; run < RUNS; run++) {
		gc();
		const itemsStart = performance.now();
		const items = fsrsItemsFrom(plain);
		const itemsMs = performance.now() - itemsStart;
		let entries = 0;
		let longest = 0;
		for (const item of items) {
			entries += item.length;
			longest = Math.max(longest, item.length);
		}
		shape = { items: items.length, entries, longest };
		gc();
		const before = process.memoryUsage();
		const peakRssBefore = process.resourceUsage().maxRSS * 1024;
		const fitStart = performance.now();
		let outcome: ReturnType<typeof fitParameters>;
		try {
			outcome = quietly(() => fitParameters(items, optimizer.create()));
		} catch (error) {
			// fsrs-rs panicked (a Rust panic is a WebAssembly trap): the instance is unusable, so this history stops here.
			const after = process.memoryUsage();
			runs.push({
				itemsMs,
				fitMs: performance.now() - fitStart,
				compareMs: Number.NaN,
				heapBefore: before.heapUsed,
				heapAfter: after.heapUsed,
				arrayBuffers: after.arrayBuffers,
				rssBefore: before.rss,
				peakRssBefore,
				peakRss: process.resourceUsage().maxRSS * 1024,
				wasm: optimizer.memory.buffer.byteLength,
				logLoss: [Number.NaN, Number.NaN],
				kept: false,
				failed: String(error)
			});
			console.error(`  ${history.name}, run ${run + 1}: the optimiser failed: ${String(error)}`);
			break;
		}
		const fitMs = performance.now() - fitStart;
		const after = process.memoryUsage();
		const peakRss = process.resourceUsage().maxRSS * 1024;
		if (!outcome.fitted) throw new Error(`${history.name}: ${outcome.reason}`);
		const compareStart = performance.now();
		const comparison = compareParameters(DEFAULT_PARAMETERS, outcome.weights, items);
		const compareMs = performance.now() - compareStart;
		runs.push({
			itemsMs,
			fitMs,
			compareMs,
			heapBefore: before.heapUsed,
			heapAfter: after.heapUsed,
			arrayBuffers: after.arrayBuffers,
			rssBefore: before.rss,
			peakRssBefore,
			peakRss,
			wasm: optimizer.memory.buffer.byteLength,
			logLoss: [comparison.current.logLoss, comparison.candidate.logLoss],
			kept: comparison.better
		});
		console.error(`  ${history.name}, run ${run + 1}: fit ${(fitMs / 1000).toFixed(1)} s`);
	}
	return {
		name: history.name,
		about: history.about,
		answers: plain.length,
		cards: new Set(plain.map((review) => review.cardId)).size,
		...shape,
		// Ratings and intervals (4 bytes an entry each) and a length per item: what fitParameters hands fsrs-rs.
		flatBytes: (shape.entries * 2 + shape.items) * 4,
		generateMs,
		runs
	};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const count = (value: number) => value.toLocaleString('en-GB');
const mb = (bytes: number) => (bytes / MB).toFixed(1);
const seconds = (value: number) =>
	!Number.isFinite(value) ? '–' : value >= 10_000 ? (value / 1000).toFixed(1) + ' s' : value.toFixed(0) + ' ms';

function table(results: Result[]): string {
	const rows = [
		'| history | answers | cards | items | entries (longest item) | flat arrays MB | build items | fit (fsrs-rs): first, median | compare (2 evals) | JS heap before → after fit MB | RSS before fit (peak so far) → peak MB | wasm memory MB | log loss defaults → fitted |',
		'| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |'
	];
	for (const r of results) {
		const m = (pick: (run: Run) => number) => median(r.runs.map(pick));
		const last = r.runs.at(-1)!;
		rows.push(
			`| ${r.name} | ${count(r.answers)} | ${count(r.cards)} | ${count(r.items)} | ${count(r.entries)} (${count(r.longest)}) | ${mb(r.flatBytes)} | ` +
				`${seconds(m((run) => run.itemsMs))} | ${seconds(r.runs[0]!.fitMs)}, ${seconds(m((run) => run.fitMs))} | ${seconds(m((run) => run.compareMs))} | ` +
				`${mb(m((run) => run.heapBefore))} → ${mb(m((run) => run.heapAfter))} | ` +
				`${mb(r.runs[0]!.rssBefore)} (${mb(r.runs[0]!.peakRssBefore)}) → ${mb(Math.max(...r.runs.map((run) => run.peakRss)))} | ` +
				`${mb(Math.max(...r.runs.map((run) => run.wasm)))} | ` +
				(last.failed
					? `fsrs-rs failed after ${seconds(last.fitMs)}: ${last.failed} |`
					: `${last.logLoss[0].toFixed(4)} → ${last.logLoss[1].toFixed(4)}${last.kept ? '' : ' (not kept)'} |`)
		);
	}
	return rows.join('\n');
}

async function main() {
	const only = process.env.BENCH_FIT_CASE;
	if (only) {
		const history = FIT_HISTORIES.find((candidate) => candidate.name === only)!;
		process.stdout.write(`${JSON.stringify(await measure(history))}\n`);
		return;
	}
	const chosen = process.env.BENCH_FIT
		? FIT_HISTORIES.filter((history) => process.env.BENCH_FIT!.split(';').includes(history.name))
		: FIT_HISTORIES;
	const results: Result[] = [];
	const loads: string[] = [
		loadavg()
			.map((value) => value.toFixed(2))
			.join(' ')
	];
	for (const history of chosen) {
		console.error(`${history.name} (${history.about})…`);
		const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!], {
			env: { ...process.env, BENCH_FIT_CASE: history.name },
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
			maxBuffer: 64 * MB
		});
		if (child.status !== 0) throw new Error(`${history.name} failed (exit ${child.status})`);
		results.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Result);
		loads.push(
			loadavg()
				.map((value) => value.toFixed(2))
				.join(' ')
		);
	}
	const cpu = cpus();
	mkdirSync('reports', { recursive: true });
	writeFileSync(
		'reports/bench-fit.json',
		`${JSON.stringify({ machine: cpus()[0]?.model, loads, results }, null, '\t')}\n`
	);
	console.log(
		`\n## Fitting (Node)\n${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}; ` +
			`median of ${RUNS} runs; load average (1, 5, 15 min) at the start and after each history: ${loads.join(' / ')}\n\n${table(results)}\n`
	);
}

await main();
