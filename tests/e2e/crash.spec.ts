import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { answerByKeyboard } from './fixtures';
import { expectConsistent, readStored } from './storage';

/**
 * A tab closed or crashed in the middle of saving an answer. To hit the middle for certain, the
 * test holds the answer's transaction open at the moment both of its writes are issued (the
 * log row, then the card) but before it commits: a test-only wrapper around
 * IDBObjectStore.put keeps the transaction busy with reads until told to stop. Then the tab is
 * closed or crashed, and a fresh tab checks what IndexedDB kept.
 */
async function installStall(page: Page): Promise<{ stalled: Promise<void> }> {
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
	return { stalled };
}

async function quizAtSecondQuestion(page: Page): Promise<void> {
	await page.goto('/quiz');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await answerByKeyboard(page, true);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of 10')).toBeVisible();
}

/** Answers the question on screen and waits until its save is held mid-transaction. */
async function answerAndStall(page: Page, stalled: Promise<void>): Promise<void> {
	await page.evaluate(() => ((globalThis as unknown as { strideStall: boolean }).strideStall = true));
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
	await stalled;
}

async function reopen(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
	return page;
}

test('control: a held answer is saved whole once the transaction is let go', async ({ page }) => {
	const { stalled } = await installStall(page);
	await quizAtSecondQuestion(page);
	await answerAndStall(page, stalled);
	// Held: the page still waits for the save; nothing is committed yet.
	await expect(page.getByRole('status')).toBeEmpty();

	await page.evaluate(() => ((globalThis as unknown as { strideStall: boolean }).strideStall = false));
	await expect(page.getByRole('status')).not.toBeEmpty();
	const stored = await readStored(page);
	expect(stored.reviews).toHaveLength(2);
	expectConsistent(stored);
});

test('page.close() in the middle of an answer keeps neither the log row nor the card update', async ({
	page,
	context
}) => {
	const { stalled } = await installStall(page);
	await quizAtSecondQuestion(page);
	const before = await readStored(page);
	expect(before.reviews).toHaveLength(1);

	await answerAndStall(page, stalled);
	await page.close();

	const after = await readStored(await reopen(context));
	expect(after).toEqual(before);
	expectConsistent(after);
});

test('a renderer crash in the middle of an answer keeps neither the log row nor the card update', async ({
	page,
	context,
	browser
}) => {
	const { stalled } = await installStall(page);
	await quizAtSecondQuestion(page);
	const before = await readStored(page);

	await answerAndStall(page, stalled);
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

test('closing the tab right as an answer is given leaves the log and the cards consistent', async ({
	page,
	context
}) => {
	// No hold here: the close races the save, and either outcome must be whole.
	await quizAtSecondQuestion(page);
	await page.keyboard.press('1').catch(() => undefined);
	await page.close();

	const after = await readStored(await reopen(context));
	expect([1, 2]).toContain(after.reviews.length);
	expectConsistent(after);
});
