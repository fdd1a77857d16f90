import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests drive a real Chromium through the built app. Playwright can't download its
 * own browser on our machines, so it uses the system Chromium: CHROMIUM_PATH if set, else
 * Debian's /usr/bin/chromium if present, else Playwright's own browser (on a laptop, after
 * `npx playwright install chromium`).
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
// STRIDE_TEST_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.STRIDE_TEST_PORT ?? 4173);

/** Playwright owns the server, so no stale preview server is ever reused by mistake. */
export const webServer = {
	command: `npx vite build && npx vite preview --port ${port} --strictPort`,
	port,
	reuseExistingServer: false,
	timeout: 120_000
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: true,
	// Generous limits: several checkouts run their suites on the same two cores at once.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-gpu',
				'--disable-dev-shm-usage'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer
});
