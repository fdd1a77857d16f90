import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Runs .ci/totals.mjs on the given reports; returns its closing line and exit code. */
function totals(reports: { vitest?: object; playwright?: object; checks?: string }) {
	const dir = mkdtempSync(join(tmpdir(), 'stride-totals-'));
	const path = (name: string, content: string | undefined) => {
		const file = join(dir, name);
		if (content !== undefined) writeFileSync(file, content);
		return file;
	};
	const args = [
		path('vitest.json', reports.vitest && JSON.stringify(reports.vitest)),
		path('playwright.json', reports.playwright && JSON.stringify(reports.playwright)),
		path('checks.tsv', reports.checks)
	];
	try {
		const out = execFileSync('node', ['.ci/totals.mjs', ...args], { encoding: 'utf8', stdio: 'pipe' });
		return { line: out.trim(), code: 0 };
	} catch (error) {
		const failure = error as { stdout: string; status: number };
		return { line: failure.stdout.trim(), code: failure.status };
	}
}

const vitest = { numTotalTests: 3, numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
const playwright = { stats: { expected: 2, unexpected: 0, flaky: 0, skipped: 0 } };

describe('the closing line of CI', () => {
	test('counts every check beside the test runners', () => {
		const checks = 'type check\tpassed\nlint\tpassed\n';
		expect(totals({ vitest, playwright, checks })).toEqual({ line: '7 passed, 0 failed', code: 0 });
	});

	test('a failed type check or lint is a failure, even when every test passed', () => {
		const checks = 'type check\tfailed\nlint\tfailed\nformatting\tpassed\n';
		expect(totals({ vitest, playwright, checks })).toEqual({ line: '6 passed, 2 failed', code: 1 });
	});

	test('checks that never ran (no record) count as a failure', () => {
		expect(totals({ vitest, playwright })).toEqual({ line: '5 passed, 1 failed', code: 1 });
	});

	test('a skipped end-to-end test is a failure', () => {
		const skipped = { stats: { expected: 2, unexpected: 0, flaky: 0, skipped: 1 } };
		expect(totals({ vitest, playwright: skipped, checks: 'lint\tpassed\n' })).toEqual({
			line: '6 passed, 1 failed',
			code: 1
		});
	});
});
