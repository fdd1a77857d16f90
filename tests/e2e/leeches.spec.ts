import { expect, test } from './fixtures';
import { readStored, seedStored, type StoredCard, type StoredReview } from './storage';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const LEECH = 'glutes.exercise.glute-bridge';

/** A card in review, as the scheduler stores one, forgotten `lapses` times after it was learnt. */
function reviewCard(factId: string, lapses: number, due: number): StoredCard {
	return {
		factId,
		phase: 'review',
		due,
		stability: 2.5,
		difficulty: 7,
		scheduledDays: 2,
		learningSteps: 0,
		reps: 2 * lapses + 2,
		lapses,
		misses: lapses,
		lastReview: due - 2 * DAY
	};
}

/** An answer row, its card before and after as given. */
function answerRow(
	id: string,
	at: number,
	correct: boolean,
	given: string,
	before: StoredCard,
	after: StoredCard
): StoredReview {
	return {
		id,
		factId: before.factId,
		reviewedAt: at,
		day: new Date(at - 4 * HOUR).toISOString().slice(0, 10),
		grade: correct ? 'good' : 'again',
		correct,
		answerMs: 3000,
		kind: 'true-false',
		given,
		sessionId: 'seeded-session',
		before,
		after,
		hadCard: true
	};
}

test('a leech is set aside from Today, explained on its page with its history, and unsuspend brings it back', async ({
	page,
	expectNoAxeViolations
}) => {
	await page.goto('/');
	// Today's counts come from the database: once shown, the app has created it to seed into.
	await expect(page.getByTestId('due-count')).toBeVisible();
	const now = await page.evaluate(() => Date.now());
	const leech = reviewCard(LEECH, 8, now - DAY);
	await seedStored(page, {
		cards: [leech],
		reviews: [answerRow('seeded-lapse-8', now - 3 * DAY, false, 'False', reviewCard(LEECH, 7, now - 3 * DAY), leech)]
	});
	await page.reload();
	// Overdue, but set aside: no review is due today.
	await expect(page.getByTestId('due-count')).toHaveText('0');

	await page.goto(`/fact/${LEECH}`);
	await expect(page.getByRole('heading', { name: 'Set aside from your daily quiz' })).toBeVisible();
	await expect(
		page.getByText('Set aside from your daily quiz: forgotten 8 times after you had learnt it')
	).toBeVisible();
	await expect(page.getByRole('link', { name: /Read it in context/ })).toHaveAttribute('href', /^\/learn\/glutes#/);
	await expect(page.getByRole('button', { name: 'Reset this fact' })).toBeVisible();
	const history = page.getByRole('table', { name: /Every answer to this fact/ });
	await expect(history.getByRole('row')).toHaveCount(2);
	await expect(history.getByRole('row').nth(1)).toContainText('True or false');
	await expect(history.getByRole('row').nth(1)).toContainText('False');
	await expect(history.getByRole('row').nth(1)).toContainText('wrong');
	await expectNoAxeViolations();

	await page.getByRole('button', { name: 'Unsuspend' }).click();
	await expect(page.getByText('Unsuspended: it is back in your daily quiz when it is due.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'A leech' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Unsuspend' })).toHaveCount(0);
	await expect(history.getByRole('row')).toHaveCount(3);
	await expect(history.getByRole('row').nth(1)).toContainText('unsuspended');
	await expectNoAxeViolations();
	expect((await readStored(page)).reviews.map((row) => row.kind).sort()).toEqual(['true-false', 'unsuspend']);

	await page.goto('/');
	await expect(page.getByTestId('due-count')).toHaveText('1');
});

test('Review missed lists a miss retried right in the same session, with nothing left to practise', async ({
	page,
	expectNoAxeViolations
}) => {
	await page.goto('/');
	// Today's counts come from the database: once shown, the app has created it to seed into.
	await expect(page.getByTestId('due-count')).toBeVisible();
	const now = await page.evaluate(() => Date.now());
	const fact = 'hamstrings.function.bend-the-knee';
	const learning = { ...reviewCard(fact, 0, now + 10 * 60_000), phase: 'learning', lapses: 0, misses: 1 };
	const learnt = { ...reviewCard(fact, 0, now + DAY), misses: 1 };
	await seedStored(page, {
		cards: [learnt],
		reviews: [
			answerRow('seeded-miss', now - 2 * HOUR, false, 'Hamstrings', learning, learning),
			answerRow('seeded-retry', now - 2 * HOUR + 5 * 60_000, true, 'True', learning, learnt)
		]
	});
	await page.goto('/review');
	const list = page.getByRole('list', { name: 'Missed facts' });
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await expect(list.getByRole('listitem')).toContainText('Missed 2 h ago as “Hamstrings”');
	await expect(list.getByRole('listitem')).toContainText('answered right since');
	await expect(page.getByRole('link', { name: /Practise/ })).toHaveCount(0);
	await expectNoAxeViolations();
});
