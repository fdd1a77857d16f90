import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { FACT_IDS } from '../../src/lib/content/fact-ids.generated';
import { expect, test } from './fixtures';
import { readStored } from './storage';

const REVLOG_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';
const ANKI_HEADER = [
	'#separator:tab',
	'#html:false',
	'#notetype:Basic',
	'#deck:Stride — running muscles',
	'#tags column:3',
	'#columns:Front\tBack\tTags'
];

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('with no answers yet, the review log button says there is nothing to export', async ({ page }) => {
	await page.goto('/data');
	const button = page.getByRole('button', { name: 'Download review log (CSV)' });
	await expect(button).toBeDisabled();
	await expect(button).toHaveAccessibleDescription('Nothing to export yet: answer a few questions first.');
	await expect(page.getByRole('button', { name: 'Download Anki deck (TSV)' })).toBeEnabled();
});

test('the review log and the Anki deck download as files other tools read, and exporting changes nothing', async ({
	learner
}) => {
	const { page } = learner;
	await learner.answerFirst(3);
	await page.goto('/data');
	const stored = (await readStored(page)).reviews.sort((a, b) => a.reviewedAt - b.reviewedAt);
	expect(stored).toHaveLength(3);

	const revlog = await download(page, 'Download review log (CSV)');
	expect(revlog.name).toMatch(/^stride-revlog-\d{4}-\d{2}-\d{2}\.csv$/);
	const [header, ...rows] = revlog.text.trimEnd().split('\n');
	expect(header).toBe(REVLOG_HEADER);
	const parsed = rows.map((row) => row.split(',').map(Number));
	expect(parsed.map(([, time]) => time)).toEqual(stored.map((review) => review.reviewedAt));
	// Right is Good (3), wrong is Again (1); each fact's first answer finds it New (0).
	expect(parsed.map(([, , rating]) => rating)).toEqual(stored.map((review) => (review.correct ? 3 : 1)));
	expect(parsed.map(([, , rating]) => rating)).toContain(1);
	const firstRows = parsed.filter(([card], i) => parsed.findIndex(([other]) => other === card) === i);
	expect(firstRows.map(([, , , state]) => state)).toEqual(firstRows.map(() => 0));
	// One whole-number card id per fact, numbered 1, 2, 3… in first-answer order.
	const facts = new Set(stored.map((review) => review.factId)).size;
	expect(firstRows.map(([card]) => card)).toEqual(Array.from({ length: facts }, (_, i) => i + 1));
	await expect(
		page.getByText(`Downloaded ${revlog.name}: 3 answers on ${facts} ${facts === 1 ? 'fact' : 'facts'}.`)
	).toBeVisible();

	const deck = await download(page, 'Download Anki deck (TSV)');
	expect(deck.name).toBe('stride-anki-deck.txt');
	const lines = deck.text.trimEnd().split('\n');
	expect(lines.slice(0, ANKI_HEADER.length)).toEqual(ANKI_HEADER);
	const notes = lines.slice(ANKI_HEADER.length);
	expect(notes).toHaveLength(FACT_IDS.length);
	for (const note of notes) expect(note.split('\t')).toHaveLength(3);
	await expect(
		page.getByText(`Downloaded stride-anki-deck.txt: ${FACT_IDS.length} notes, one per fact.`)
	).toBeVisible();

	await page.reload();
	expect((await readStored(page)).reviews.sort((a, b) => a.reviewedAt - b.reviewedAt)).toEqual(stored);
	expect((await download(page, 'Download review log (CSV)')).text).toBe(revlog.text);
});
