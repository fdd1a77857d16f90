import { type BrowserContext, type Page } from '@playwright/test';
import { expect, Learner, test as base } from './fixtures';
import { expectConsistent, readStored } from './storage';

/**
 * A tab closed or crashed in the middle of saving an answer. To hit the middle for certain, the
 * test holds the answer's transaction open at the moment both of its writes are issued (the
 * log row, then the card) but before it commits: a test-only wrapper around
 * IDBObjectStore.put keeps the transaction busy with reads until told to stop. Then the tab is
 * closed or crashed, and a fresh tab checks what IndexedDB kept.
 */

/** Installs the hold: a test-only wrapper around IDBObjectStore.put, off until an answer is held. */
async function installStall(page: Page): Promise<Stall> {
	let signal!: () => void;
	const stalled = new Promise<void>((resolve) => (signal = resolve));
	await page.exposeFunction('strideStalled', () => signal());
	await page.addInitScript(() => {
		const scope = globalThis as unknown as { strideStall?: boolean; strideStalled?: () => void };
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			const request = put.apply(this, args);
			if (this.name === 'cards' && scope.strideStall) {
				const store = this;
				// Keep the transaction alive (it commits only when no request is pending).
				const spin = () => {
					if (scope.strideStall) store.get('keep-alive').onsuccess = spin;
				};
				spin();
				scope.strideStalled?.();
			}
			return request;
		};
	});
	const setStall = (on: boolean) =>
		page.evaluate((value) => ((globalThis as unknown as { strideStall: boolean }).strideStall = value), on);
	return {
		async answerAndHold() {
			// A new fact is taught first: its teaching card is read before the answer (nothing is written).
			const gotIt = page.getByRole('button', { name: 'Got it — ask me' });
			if (await gotIt.isVisible()) await gotIt.click();
			await setStall(true);
			const { prompt, options } = await page.evaluate(() => ({
				prompt: document.querySelector('h1')?.textContent?.trim() ?? '',
				options: [...document.querySelectorAll('main ul button')].length
			}));
			expect(prompt.length).toBeGreaterThan(0);
			if (options > 0) await page.keyboard.press('1');
			else if (await page.getByLabel('Your answer').count()) {
				await page.getByLabel('Your answer').fill('squats');
				await page.keyboard.press('Enter');
			} else {
				await page.getByRole('button', { name: 'Check matches' }).click();
			}
			// The hold fired: the card write was issued and its transaction is held open.
			await stalled;
		},
		async release() {
			await setStall(false);
		}
	};
}

/** Holds an answer's save mid-transaction, between its writes and its commit. */
interface Stall {
	/** Answers the question on screen and waits until its save is held. */
	answerAndHold(): Promise<void>;
	/** Lets the held transaction commit. */
	release(): Promise<void>;
}

/**
 * The crash layer over the shared fixtures: the hold, installed (off) before the first
 * navigation of every test here, and the quiz at its second question with one answer stored,
 * where each test breaks the next answer.
 */
const test = base.extend<{ stall: Stall; atSecondQuestion: Learner }>({
	stall: [
		async ({ page }, use) => {
			await use(await installStall(page));
		},
		{ auto: true }
	],
	atSecondQuestion: async ({ quiz }, use) => {
		await quiz.answerByKeyboard(true);
		await quiz.page.keyboard.press('Enter');
		await expect(quiz.page.getByText('Question 2 of 11')).toBeVisible();
		await use(quiz);
	}
});

async function reopen(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	return page;
}

/** The verdict on screen, and whether its answer is still saving (its live region is busy until saved). */
function verdict(page: Page) {
	return page.getByRole('status');
}

test('control: a held answer shows its verdict at once and is saved whole once the transaction is let go', async ({
	stall,
	atSecondQuestion: { page }
}) => {
	await stall.answerAndHold();
	// Held: the verdict is on screen, but its answer is still saving; nothing is committed yet.
	await expect(verdict(page)).toContainText(/Right!|Not quite\./);
	await expect(verdict(page)).toHaveAttribute('aria-busy', 'true');

	await stall.release();
	await expect(verdict(page)).toHaveAttribute('aria-busy', 'false');
	const stored = await readStored(page);
	expect(stored.reviews).toHaveLength(2);
	expectConsistent(stored);
});

test('while the answer is saving the learner cannot move on: Next and Enter wait for the save, then move on once', async ({
	stall,
	atSecondQuestion: { page }
}) => {
	await stall.answerAndHold();
	await expect(verdict(page)).toContainText(/Right!|Not quite\./);
	const next = page.getByRole('button', { name: 'Next question' });
	await page.keyboard.press('Enter');
	await next.click();
	await next.click();
	// Still the second question's verdict: none of the presses moved on while the save is held.
	await expect(page.getByText('Question 2 of')).toBeVisible();
	await expect(verdict(page)).toContainText(/Right!|Not quite\./);
	await expect(verdict(page)).toHaveAttribute('aria-busy', 'true');

	// Saved: the presses made meanwhile move on, once (the third question, not the fourth).
	await stall.release();
	await expect(page.getByText('Question 3 of')).toBeVisible();
	await expect(verdict(page)).toBeEmpty();
	expect((await readStored(page)).reviews).toHaveLength(2);
});

test('Undo pressed while the answer is saving waits for the save, then takes the answer back', async ({
	stall,
	atSecondQuestion: { page }
}) => {
	const before = await readStored(page);
	await stall.answerAndHold();
	await expect(verdict(page)).toContainText(/Right!|Not quite\./);
	await page.getByRole('button', { name: 'Undo answer' }).click();
	// Nothing undone yet: the answer is still being saved, its verdict on screen.
	await expect(verdict(page)).toContainText(/Right!|Not quite\./);
	await expect(verdict(page)).toHaveAttribute('aria-busy', 'true');

	await stall.release();
	// Saved, then undone: the second question is open again, and the store is as before it.
	await expect(verdict(page)).toBeEmpty();
	await expect(page.getByText('Question 2 of')).toBeVisible();
	await expect.poll(async () => (await readStored(page)).reviews.length).toBe(1);
	expect(await readStored(page)).toEqual(before);
});

test('leaving the quiz by its ✕ while the answer is saving waits for the save, then leaves with it stored', async ({
	stall,
	atSecondQuestion: { page }
}) => {
	await stall.answerAndHold();
	await expect(verdict(page)).toContainText(/Right!|Not quite\./);
	await page.getByRole('link', { name: 'Leave the quiz' }).click();
	// Held: still on the quiz, the verdict on screen.
	await expect(page).toHaveURL(/\/quiz$/);
	await expect(verdict(page)).toHaveAttribute('aria-busy', 'true');

	await stall.release();
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	const stored = await readStored(page);
	expect(stored.reviews).toHaveLength(2);
	expectConsistent(stored);
});

test('page.close() in the middle of an answer keeps neither the log row nor the card update', async ({
	context,
	stall,
	atSecondQuestion: { page }
}) => {
	const before = await readStored(page);
	expect(before.reviews).toHaveLength(1);

	await stall.answerAndHold();
	await page.close();

	const after = await readStored(await reopen(context));
	expect(after).toEqual(before);
	expectConsistent(after);
});

test('a renderer crash in the middle of an answer keeps neither the log row nor the card update', async ({
	context,
	browser,
	stall,
	atSecondQuestion: { page }
}) => {
	const before = await readStored(page);

	await stall.answerAndHold();
	// The hardest crash: the renderer processes are killed (SIGKILL), as an out-of-memory
	// killer would. (CDP's Page.crash leaves this headless Chromium unable to open a tab.)
	// IndexedDB lives in the browser's storage process, which survives.
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	const crashed = page.waitForEvent('crash');
	for (const { type, id } of processInfo) if (type === 'renderer') process.kill(id, 'SIGKILL');
	await crashed;

	const after = await readStored(await reopen(context));
	expect(after).toEqual(before);
	expectConsistent(after);
});

test('closing the tab once the answer is saved (Next no longer waits) keeps that answer', async ({
	context,
	atSecondQuestion
}) => {
	// answerByKeyboard returns once the verdict's region is no longer busy: the answer is saved.
	await atSecondQuestion.answerByKeyboard(true);
	await atSecondQuestion.page.close();

	const after = await readStored(await reopen(context));
	expect(after.reviews).toHaveLength(2);
	expectConsistent(after);
});

test('closing the tab as soon as the next question shows keeps the answer before it', async ({
	context,
	stall,
	atSecondQuestion: { page }
}) => {
	await stall.answerAndHold();
	// Enter pressed while the save is held: the next question shows only once it is saved.
	await page.keyboard.press('Enter');
	await stall.release();
	await expect(page.getByText('Question 3 of')).toBeVisible();
	await page.close();

	const after = await readStored(await reopen(context));
	expect(after.reviews).toHaveLength(2);
	expectConsistent(after);
});
