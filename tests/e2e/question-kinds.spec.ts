import { expect, test, type QuestionFormat } from './fixtures';

/** Every kind of question, each answered by keyboard alone through the drill links. */
const KINDS: { kind: string; format: QuestionFormat; prompt: RegExp }[] = [
	{ kind: 'choose-fact', format: 'choice', prompt: /^(Where|Which|What|How)\b/ },
	{ kind: 'choose-group', format: 'choice', prompt: /^Which muscle( group)? / },
	{ kind: 'choose-advice', format: 'choice', prompt: /\?$/ },
	{ kind: 'true-false', format: 'choice', prompt: /^True or false\?/ },
	{ kind: 'which-not', format: 'choice', prompt: / NOT / },
	{ kind: 'typed-group', format: 'typed', prompt: /^Name (the|a) muscle( group)? / },
	{ kind: 'typed-exercise', format: 'typed', prompt: /^Name an exercise from the article that strengthens the / },
	{ kind: 'matching', format: 'matching', prompt: /^Match each muscle group/ },
	{ kind: 'locate', format: 'locate', prompt: /^(Tap where the .* (is|are)|Find the .* on the body map)\.$/ },
	{
		kind: 'locate-name',
		format: 'locate',
		prompt: /^Which muscle group (is highlighted|does the highlighted region show)/
	}
];

for (const { kind, format, prompt } of KINDS) {
	test(`a ${kind} question, answered right and then wrong by keyboard alone`, async ({
		page,
		learner,
		expectNoAxeViolations
	}) => {
		await page.goto(`/quiz?kind=${kind}`);
		await expect(page.getByText('Question 1 of')).toBeVisible();
		const first = await learner.readQuestion();
		expect(first.format).toBe(format);
		expect(first.prompt).toMatch(prompt);
		await learner.answerByKeyboard(true);
		await expectNoAxeViolations();

		// Enter moves on (focus sits on Next); the second question is answered wrong on purpose.
		await page.keyboard.press('Enter');
		await expect(page.getByText('Question 2 of')).toBeVisible();
		expect((await learner.readQuestion()).format).toBe(format);
		await learner.answerByKeyboard(false);
		await expect(page.getByRole('status')).toContainText('The answer is');
	});
}

test('Today offers the drills, and a drill names the question style it asks', async ({ page }) => {
	await page.goto('/');
	await page.getByText('Or drill one question style').click();
	await page.getByRole('link', { name: 'Matching' }).click();
	// The first fact is new: it is taught before it is asked.
	await page.getByRole('button', { name: 'Got it — ask me' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Match each muscle group/);
});
