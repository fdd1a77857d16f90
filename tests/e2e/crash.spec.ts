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

test('control: a held answer is saved whole once the transaction is let go', async ({
	stall,
	atSecondQuestion: { page }
}) => {
	await stall.answerAndHold();
	// Held: the page still waits for the save; nothing is committed yet.
	await expect(page.getByRole('status')).toBeEmpty();

	await stall.release();
	await expect(page.getByRole('status')).not.toBeEmpty();
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

test('closing the tab as soon as the verdict shows keeps that answer: the verdict waits for the save', async ({
	context,
	atSecondQuestion
}) => {
	await atSecondQuestion.answerByKeyboard(true);
	await atSecondQuestion.page.close();

	const after = await readStored(await reopen(context));
	expect(after.reviews).toHaveLength(2);
	expectConsistent(after);
});
