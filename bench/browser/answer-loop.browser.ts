import { expect, test, type Page } from '@playwright/test';
import { createRng } from '../../src/lib/quiz';
import { prepareKeyboardAnswer } from '../../tests/e2e/fixtures';
import {
	HISTORIES,
	median,
	ms,
	percentile,
	pressAndWaitForSample,
	report,
	RUNS,
	seed,
	TIMING_HOOKS,
	type BenchWindow
} from './harness';

/**
 * Answer → verdict, and Next → next question, over 200 answers by keyboard (85% right, like
 * the synthetic history), at each history size. When a session ends, every card is made due
 * again and a new session starts, so all 200 answers are real reviews of a full deck.
 */
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 200);

test('answer loop at each history size', async ({ browser }) => {
	const now = Date.now();
	const rows: string[] = [];
	const data: Record<string, unknown> = {};
	for (const size of HISTORIES) {
		const runs: { answer: number[]; next: number[]; answerFrame: number[]; nextFrame: number[]; saved: number[] }[] =
			[];
		// Seeded once per size (100,000 answers take a minute to write); each run answers 200
		// more, which leaves the history's size as it was for the purpose.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await context.addInitScript(TIMING_HOOKS);
		const page = await context.newPage();
		await seed(page, size, now);
		for (let run = 0; run < RUNS; run++) {
			await seed(page, size, now, { cardsOnly: true });
			runs.push(await answerMany(page, size, now, run));
		}
		await context.close();
		const summary = (pick: (r: (typeof runs)[number]) => number[]) => ({
			p50: median(runs.map((r) => percentile(pick(r), 50))),
			p95: median(runs.map((r) => percentile(pick(r), 95))),
			max: median(runs.map((r) => Math.max(...pick(r))))
		});
		const result = {
			answer: summary((r) => r.answer),
			next: summary((r) => r.next),
			answerFrame: summary((r) => r.answerFrame),
			nextFrame: summary((r) => r.nextFrame),
			saved: summary((r) => r.saved)
		};
		data[size.name] = result;
		const row = (label: string, s: { p50: number; p95: number; max: number }) =>
			`| ${size.name} | ${label} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} |`;
		rows.push(
			row('answer → verdict in DOM', result.answer),
			row('answer → verdict, next frame', result.answerFrame),
			row('answer → saved (Next moves on)', result.saved),
			row('Next → next question in DOM', result.next),
			row('Next → next question, next frame', result.nextFrame)
		);
	}
	report(
		`Answer loop, ${ANSWERS} answers (ms)`,
		['| history | step | p50 | p95 | max |', '| --- | --- | ---: | ---: | ---: |', ...rows].join('\n'),
		data
	);
});

async function answerMany(page: Page, size: (typeof HISTORIES)[number], now: number, run: number) {
	const rng = createRng(run + 1);
	const samples: BenchWindow['__bench']['samples'] = [];
	const saved: number[] = [];
	// Each page load starts its own sample list: collect it before leaving the page.
	const collect = async () => {
		const bench = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
		samples.push(...bench.samples);
		saved.push(...bench.saved);
	};
	await page.goto('/quiz');
	let answered = 0;
	while (answered < ANSWERS) {
		await expect(page.locator('main p.counter')).toBeVisible();
		const { lastKey } = await prepareKeyboardAnswer(page, rng() < 0.85);
		await pressAndWaitForSample(page, lastKey);
		answered++;
		// The verdict shows before the save: Next is pressed once it is saved, so "Next → next
		// question" times the swap, and "answer → saved" the save.
		await page.waitForFunction(
			(count) => (window as unknown as BenchWindow).__bench.saved.length >= count,
			answered - saved.length,
			{ polling: 100 }
		);
		const next = page.getByRole('button', { name: /^(Next question|See summary)$/ });
		await expect(next).toBeFocused();
		if ((await next.textContent())?.includes('See summary')) {
			// The session ended: every card falls due again, and the next session starts.
			await page.keyboard.press('Enter');
			await expect(page.getByRole('link', { name: 'Back to Today' })).toBeVisible();
			await collect();
			await seed(page, size, now, { cardsOnly: true });
			await page.goto('/quiz');
		} else {
			await pressAndWaitForSample(page, 'Enter');
		}
	}
	await collect();
	const of = (what: string, key: 'dom' | 'frame') =>
		samples.filter((s) => s.what === what && Number.isFinite(s[key])).map((s) => s[key]);
	return {
		answer: of('answer', 'dom'),
		next: of('next', 'dom'),
		answerFrame: of('answer', 'frame'),
		nextFrame: of('next', 'frame'),
		saved
	};
}
