// Reads the Vitest and Playwright JSON reports and the other checks' outcomes (type check,
// lint, formatting, dead code: reports/checks.tsv, written by scripts/test-all.sh) and prints
// "N passed, N failed" with their real totals. Each check counts as one. A missing report
// counts as one failure: a runner that never ran proves nothing.
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath, checksPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;

function read(path, name) {
	if (!existsSync(path)) {
		console.error(`${name}: no report at ${path} (the runner did not finish)`);
		failed += 1;
		return null;
	}
	return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read(vitestPath, 'Vitest');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests + (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
	if (vitest.numTotalTests === 0) failed += 1;
}

const playwright = read(playwrightPath, 'Playwright');
if (playwright) {
	const stats = playwright.stats;
	passed += stats.expected + stats.flaky;
	failed += stats.unexpected + stats.skipped;
	if (stats.expected + stats.unexpected + stats.flaky === 0) failed += 1;
}

if (checksPath) {
	if (!existsSync(checksPath)) {
		console.error(`Checks: no record at ${checksPath} (the test command did not run)`);
		failed += 1;
	} else {
		const outcomes = readFileSync(checksPath, 'utf8').split('\n').filter(Boolean);
		if (outcomes.length === 0) failed += 1;
		for (const line of outcomes) {
			const [name, outcome] = line.split('\t');
			if (outcome === 'passed') passed += 1;
			else {
				console.error(`${name}: failed`);
				failed += 1;
			}
		}
	}
}

// Checks outside the runners that failed (.ci/run sets this for npm audit).
failed += Number(process.env.CI_EXTRA_FAILURES ?? 0);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
