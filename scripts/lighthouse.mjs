// Lighthouse 12 report for the built app: scores for performance, accessibility and best
// practices on four pages, with the failing audits named so a reader knows what to fix.
// Run `npm run lighthouse` (it builds first). Mobile preset, Lighthouse's default form factor.
// Each page is audited LIGHTHOUSE_RUNS times (3 unless set), each run in a fresh Chromium, and
// the median run (by performance score, then total blocking time) is reported, with the metrics
// behind its performance score, so a reader knows which figure costs points.
// A report, not a gate: exits 0 whatever the scores, non-zero only if Lighthouse could not run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT_DIR = fileURLToPath(new URL('../reports/lighthouse/', import.meta.url));
// Not 4173 (Playwright's default) nor 4190: other runs on this machine use those.
const PORT = Number(process.env.STRIDE_LIGHTHOUSE_PORT ?? 4195);
const BASE = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// --no-sandbox: we run as root in a container; --disable-dev-shm-usage: /dev/shm is small there.
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// The metrics the performance score is made of, as Lighthouse names them.
const METRICS = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['speed-index', 'SI'],
	['cumulative-layout-shift', 'CLS']
];
const PAGES = [
	{ name: 'today', path: '/' },
	{ name: 'quiz', path: '/quiz' },
	{ name: 'progress', path: '/progress' },
	{ name: 'learn', path: '/learn' }
];
// Audits that carry no pass/fail verdict.
const UNSCORED = new Set(['informative', 'notApplicable', 'manual']);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const answers = (url) =>
	fetch(url).then(
		(response) => response.ok,
		() => false
	);

// `npx` leaves vite running when only npx is killed, so the server gets its own process group
// and we stop the whole group.
function startServer() {
	return spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		cwd: ROOT,
		detached: true,
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

function stopServer(server) {
	try {
		process.kill(-server.pid, 'SIGTERM');
	} catch {
		// The group has already gone.
	}
}

async function waitForServer(server) {
	for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(250)) {
		if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
		if (await answers(`${BASE}/`)) return;
	}
	throw new Error(`vite preview did not answer on ${BASE} within 30 s`);
}

// A fresh Chrome per page: chrome-launcher gives each one a new, empty profile directory.
async function audit(page) {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
	try {
		const result = await lighthouse(`${BASE}${page.path}`, {
			port: chrome.port,
			output: 'html',
			logLevel: 'error',
			onlyCategories: CATEGORIES
		});
		if (!result) throw new Error(`Lighthouse returned no result for ${page.path}`);
		writeFileSync(`${REPORT_DIR}${page.name}.html`, result.report);
		writeFileSync(`${REPORT_DIR}${page.name}.json`, JSON.stringify(result.lhr));
		return result.lhr;
	} finally {
		chrome.kill();
	}
}

function failingAudits(lhr, category) {
	return category.auditRefs
		.map((ref) => lhr.audits[ref.id])
		.filter((a) => !UNSCORED.has(a.scoreDisplayMode) && a.score !== null && a.score < 0.9);
}

// Scores as printed, 0–100; null when Lighthouse could not score the page.
const percent = (category) => (category.score === null ? null : Math.round(category.score * 100));

const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

/** The middle run of a page: by performance score, ties broken by total blocking time. */
function medianRun(runs) {
	const score = (lhr) => lhr.categories.performance.score ?? -1;
	const sorted = [...runs].sort(
		(a, b) => score(a) - score(b) || metric(b, 'total-blocking-time') - metric(a, 'total-blocking-time')
	);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

function printReport(results) {
	console.log(`\nMedian of ${RUNS} run(s) per page; every run's performance score in brackets.`);
	console.log(
		`\n| page | performance | accessibility | best practices | ${METRICS.map(([, name]) => name).join(' | ')} |`
	);
	console.log(`| --- | --- | --- | --- | ${METRICS.map(() => '---:').join(' | ')} |`);
	for (const { page, lhr, runs } of results) {
		const cells = CATEGORIES.map((id) => percent(lhr.categories[id]) ?? 'error');
		cells[0] = `${cells[0]} (${runs.map((run) => percent(run.categories.performance) ?? 'error').join(', ')})`;
		const metrics = METRICS.map(([id]) =>
			id === 'cumulative-layout-shift' ? metric(lhr, id).toFixed(3) : `${Math.round(metric(lhr, id))} ms`
		);
		console.log(`| ${page.path} | ${cells.join(' | ')} | ${metrics.join(' | ')} |`);
	}
	const failures = [];
	for (const { page, lhr } of results) {
		if (lhr.runtimeError)
			failures.push(`- ${page.path}: Lighthouse error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		for (const id of CATEGORIES) {
			const category = lhr.categories[id];
			if (percent(category) === null || percent(category) === 100) continue;
			for (const a of failingAudits(lhr, category))
				failures.push(`- ${page.path} · ${category.title}: ${a.title} (\`${a.id}\`)`);
		}
	}
	if (failures.length) console.log(`\nFailing audits (score < 0.9):\n${failures.join('\n')}`);
	console.log(`\nHTML reports: ${REPORT_DIR}`);
}

if (!existsSync(CHROMIUM)) {
	console.error(`No Chromium at ${CHROMIUM}; set CHROMIUM_PATH to a Chrome or Chromium binary.`);
	process.exit(1);
}
// Another server already on the port would be measured in place of this build.
if (await answers(`${BASE}/`)) {
	console.error(`Port ${PORT} is already in use; set STRIDE_LIGHTHOUSE_PORT to a free port.`);
	process.exit(1);
}
mkdirSync(REPORT_DIR, { recursive: true });
const server = startServer();
// Ctrl-C or SIGTERM would otherwise leave the detached server (and Chrome) running.
process.on('exit', () => {
	chromeLauncher.killAll();
	stopServer(server);
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

try {
	await waitForServer(server);
	const results = [];
	// One page at a time: parallel runs on a 2-core machine would skew the performance scores.
	for (const page of PAGES) {
		const runs = [];
		for (let run = 0; run < RUNS; run++) runs.push(await audit(page));
		results.push({ page, lhr: medianRun(runs), runs });
		// vite preview crashes when another `vite build` replaces .svelte-kit/output under it;
		// the pages measured after that would be error pages, not the app.
		if (server.exitCode !== null) throw new Error(`vite preview stopped during the audit of ${page.path}`);
	}
	printReport(results);
	// A page Lighthouse could not load (e.g. no first paint) has no scores: that is a failure.
	if (results.some(({ lhr }) => lhr.runtimeError)) process.exitCode = 1;
} catch (error) {
	console.error(error);
	process.exitCode = 1;
} finally {
	stopServer(server);
}
