import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import baseConfig, { webServer } from '../../playwright.config';

/**
 * Browser benchmarks: the built app in headless Chromium with real IndexedDB, seeded with
 * synthetic histories. They print numbers and write them to reports/bench-browser.json; they
 * assert nothing about speed (a busy machine must not fail a build), so they are not part of
 * `npm test`. Run with `npm run bench:browser`.
 */
export default defineConfig({
	...baseConfig,
	testDir: '.',
	testMatch: /.*\.browser\.ts$/,
	// Seeding 100,000 answers and answering 200 questions several times takes minutes.
	timeout: 30 * 60_000,
	reporter: [['list']],
	projects: undefined,
	use: { ...baseConfig.use, trace: 'off' },
	// The base config's server command, run from the project root rather than from here.
	webServer: { ...webServer, cwd: fileURLToPath(new URL('../..', import.meta.url)) }
});
