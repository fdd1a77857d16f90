import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Today as a runner's home over a month, the clock moved by hand: the first visit's welcome,
 * day 1, a week answered every day, then a gap until day 30. Screenshots of Today at 360 px go
 * into the test's output folder (test-results/, looked at, not committed).
 */
test.use({ firstVisit: true });

const DAY_MS = 24 * 60 * 60 * 1000;
// 08:00 local on day 1; the day starts at 04:00, so each jump lands mid-morning of a new study day.
const DAY_1 = new Date('2026-03-02T08:00:00').getTime();
const dayOf = (n: number) => new Date(DAY_1 + (n - 1) * DAY_MS);
const inARow = (days: number) => (days === 1 ? '1 day in a row' : `${days} days in a row`);

async function takeTodaysQuiz(page: Page, learner: { answerUntilSummary(): Promise<number> }) {
	await page.getByRole('link', { name: "Start today's quiz" }).click();
	await learner.answerUntilSummary();
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(page.getByRole('heading', { name: 'Done for today' })).toBeVisible();
}

async function screenshot(page: Page, name: string) {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
	await page.setViewportSize({ width: 1280, height: 720 });
}

test('a month with Stride: welcome, day 1, a week every day, a break, day 30', async ({
	page,
	learner,
	expectNoAxeViolations
}) => {
	test.setTimeout(400_000);
	await page.clock.install({ time: DAY_1 });
	await page.goto('/');

	// First visit: one screen that explains Stride and asks for the goal and the day's start.
	await expect(page.getByRole('heading', { name: 'Welcome to Stride' })).toBeVisible();
	await expect(page.getByText(/stays on this device/)).toBeVisible();
	await expectNoAxeViolations();
	// The browser offers installing: the welcome passes the offer on.
	await page.evaluate(() => {
		const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt: async () => void (document.body.dataset.installPrompted = 'yes'),
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(offer);
	});
	await expect(page.getByRole('button', { name: 'Install Stride' })).toBeVisible();
	await screenshot(page, 'welcome');
	await page.getByRole('radio', { name: /^5 new facts a day/ }).check();
	await page.getByLabel('A new day starts at').selectOption('4');
	await page.getByRole('button', { name: 'Start learning' }).click();

	// Day 1: five new facts, no streak yet, nothing of the goal done.
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await expect(page.getByTestId('new-count')).toHaveText('5');
	await expect(page.getByTestId('streak')).toHaveText('No streak yet');
	await expect(page.getByTestId('goal')).toContainText('0 of 5 answers today');
	// Each new fact comes back once, 10 minutes on (learn-ahead): the count is what the quiz asks.
	await expect(page.getByTestId('quiz-size')).toHaveText('10 questions · about 3 minutes');
	await expect(page.getByTestId('quiz-detail')).toContainText(
		'5 facts; 5 come back 10 minutes later (a learning step), and a missed one later in the quiz.'
	);
	// Installing is offered after the first finished quiz, not before.
	await expect(page.getByRole('heading', { name: 'Install Stride' })).toHaveCount(0);

	await takeTodaysQuiz(page, learner);
	await expect(page.getByTestId('streak')).toHaveText('1 day in a row');
	await expect(page.getByTestId('goal')).toContainText('Goal met');
	await expect(page.getByRole('progressbar', { name: "Today's goal" })).toHaveAttribute('aria-valuenow', '5');
	await expect(page.getByText(/^\s*5 of \d+ facts studied/)).toBeVisible();
	const masteryDay1 = await page.getByTestId('mastery-overall').textContent();
	await expect(page.getByRole('heading', { name: 'Install Stride' })).toBeVisible();
	await page.getByRole('button', { name: 'Not now' }).click();
	await expect(page.getByRole('heading', { name: 'Install Stride' })).toHaveCount(0);
	await expectNoAxeViolations();
	await screenshot(page, 'today-day-1');

	// Days 2–7: the quiz every day; the streak grows, a freeze is earned after seven days.
	for (let day = 2; day <= 7; day++) {
		await page.clock.setSystemTime(dayOf(day));
		await page.goto('/');
		await expect(page.getByTestId('streak')).toHaveText(inARow(day - 1));
		await takeTodaysQuiz(page, learner);
	}
	await expect(page.getByTestId('streak')).toHaveText('7 days in a row');
	await expect(page.getByTestId('longest-streak')).toContainText('Longest streak: 7 days');
	await expect(page.getByTestId('longest-streak')).toContainText('1 streak freeze held');
	await expect(page.getByText(/^\s*35 of \d+ facts studied/)).toBeVisible();
	await expect(page.getByTestId('mastery-overall')).not.toHaveText(masteryDay1 ?? '');

	// Day 30, after three weeks away: welcomed back, the streak over, the longest kept.
	await page.clock.setSystemTime(dayOf(30));
	await page.goto('/');
	await expect(page.getByTestId('streak')).toHaveText('No streak right now');
	await expect(page.getByTestId('longest-streak')).toContainText('Longest streak: 7 days');
	await expect(page.getByTestId('due-count')).not.toHaveText('0');
	await expect(page.getByTestId('welcome-back')).toContainText('Welcome back!');
	// Today takes the 20 weakest of the backlog; the rest are tomorrow's, and Today says so.
	const due = Number(await page.getByTestId('due-count').innerText());
	const tomorrow = Number((await page.getByTestId('due-tomorrow').innerText()).match(/\d+/)![0]);
	expect(tomorrow).toBeGreaterThanOrEqual(due - 20);

	// A reload keeps everything.
	const shown = () =>
		Promise.all(
			['streak', 'longest-streak', 'goal', 'due-count', 'new-count', 'quiz-size', 'mastery-overall'].map((id) =>
				page.getByTestId(id).innerText()
			)
		);
	const before = await shown();
	await page.reload();
	await expect(page.getByTestId('streak')).toHaveText('No streak right now');
	expect(await shown()).toEqual(before);
	await expectNoAxeViolations();
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations();
	await page.emulateMedia({ colorScheme: 'light' });
	await screenshot(page, 'today-day-30');
	expect(await page.evaluate(() => document.body.dataset.installPrompted)).toBeUndefined();
});

test('skipping the welcome keeps the defaults; the daily reminder downloads as a calendar file', async ({
	page,
	expectNoAxeViolations
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Skip: use the defaults' }).click();
	await expect(page.getByTestId('new-count')).toHaveText('10');
	await page.reload();
	await expect(page.getByTestId('new-count')).toHaveText('10');

	await page.getByLabel('Remind me at').fill('06:45');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download calendar reminder' }).click()
	]);
	expect(download.suggestedFilename()).toBe('stride-daily-reminder.ics');
	const ics = readFileSync((await download.path())!, 'utf8');
	expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
	expect(ics).toContain('\r\nRRULE:FREQ=DAILY\r\n');
	expect(ics).toMatch(/\r\nDTSTART:\d{8}T064500\r\n/);
	expect(ics).toContain('\r\nTRIGGER:PT0M\r\n');
	await expect(page.getByText(/Downloaded stride-daily-reminder\.ics/)).toBeVisible();
	await expectNoAxeViolations();
});
