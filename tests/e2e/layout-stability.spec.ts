import { expect, test } from './fixtures';

/**
 * Nothing on a page moves while it loads: its data and its lazy parts (the quiz's body map, the
 * progress history) arrive into room already kept for them. A button that jumps as the learner
 * reaches for it is a missed tap, and Lighthouse counts every such shift (cumulative layout
 * shift, a quarter of its performance score). Measured by the browser's own layout-shift
 * entries, on a phone's screen, from the start of the page's load.
 */
const PAGES = [
	{ path: '/quiz', ready: 'Got it — ask me', afterAQuiz: false },
	{ path: '/', ready: "Start today's quiz", afterAQuiz: false },
	{ path: '/learn', ready: null, afterAQuiz: false },
	{ path: '/learn/calves', ready: null, afterAQuiz: false },
	{ path: '/review', ready: null, afterAQuiz: false },
	// With a history: the mastery, the week's change, then the history arrive in turn.
	{ path: '/', ready: 'See all your progress', afterAQuiz: true },
	{ path: '/progress', ready: 'What do these numbers mean?', afterAQuiz: true },
	// The model in use and the count of reviews to learn from arrive after the first paint.
	{ path: '/memory', ready: 'In use now', afterAQuiz: true },
	{ path: '/sync', ready: 'Connect', afterAQuiz: false }
];

test.use({ viewport: { width: 412, height: 823 } });

for (const { path, ready, afterAQuiz } of PAGES) {
	const who = afterAQuiz ? 'after a quiz' : 'for a new runner';
	test(`${path} loads without moving anything already on screen, ${who}`, async ({ page, quiz }) => {
		if (afterAQuiz) await quiz.answerUntilSummary(new Set([2]));
		await page.addInitScript(() => {
			const scope = globalThis as unknown as { strideShifts: string[] };
			scope.strideShifts = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as {
					value: number;
					hadRecentInput: boolean;
					sources: { node?: Node }[];
				}[]) {
					if (entry.hadRecentInput) continue;
					const moved = entry.sources.map((source) => source.node?.textContent?.trim().slice(0, 40) ?? '?');
					scope.strideShifts.push(`${entry.value.toFixed(4)}: ${moved.join(' | ')}`);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path);
		if (ready) await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
		await expect(page.getByText(/Loading|Building your quiz/)).toHaveCount(0);
		await page.waitForLoadState('networkidle');
		// Two frames: a shift from the last change is reported once it is painted.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const shifts = await page.evaluate(() => (globalThis as unknown as { strideShifts: string[] }).strideShifts);
		expect(shifts, `layout shifts on ${path}`).toEqual([]);
	});
}
