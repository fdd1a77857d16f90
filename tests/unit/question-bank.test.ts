import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { buildFactCatalogue, buildFactIds, buildQuestionBank, buildTruthTable } from './helpers/question-bank';

/**
 * The committed question bank is exactly what the generator makes now: any change to a question,
 * an option or a feedback line shows as a diff of src/lib/content/QUESTION-BANK.md in review.
 * `npm run questions` rewrites it, and the truth table beside it (QUESTION_BANK=write).
 */

vi.setConfig({ testTimeout: 120_000 });
const PATH = 'src/lib/content/QUESTION-BANK.md';
const TABLE_PATH = 'src/lib/content/TRUTH-TABLE.md';
const CATALOGUE_PATH = 'src/lib/content/facts.generated.ts';
const FACT_IDS_PATH = 'src/lib/content/fact-ids.generated.ts';

describe('question bank', () => {
	it('matches the committed src/lib/content/QUESTION-BANK.md (run `npm run questions` and review the diff)', () => {
		const { text } = buildQuestionBank();
		if (process.env.QUESTION_BANK === 'write') writeFileSync(PATH, text);
		const committed = readFileSync(PATH, 'utf8');
		expect(text === committed, 'the question bank is stale: run `npm run questions` and read the diff').toBe(true);
	});

	it('ships the facts the truth table gives (src/lib/content/facts.generated.ts)', () => {
		const text = buildFactCatalogue();
		if (process.env.QUESTION_BANK === 'write') writeFileSync(CATALOGUE_PATH, text);
		expect(text === readFileSync(CATALOGUE_PATH, 'utf8'), 'the fact catalogue is stale: run `npm run questions`').toBe(
			true
		);
	});

	it('ships every fact id the truth table gives (src/lib/content/fact-ids.generated.ts)', () => {
		const text = buildFactIds();
		if (process.env.QUESTION_BANK === 'write') writeFileSync(FACT_IDS_PATH, text);
		expect(text === readFileSync(FACT_IDS_PATH, 'utf8'), 'the fact ids are stale: run `npm run questions`').toBe(true);
	});

	it('matches the committed src/lib/content/TRUTH-TABLE.md', () => {
		const text = buildTruthTable();
		if (process.env.QUESTION_BANK === 'write') writeFileSync(TABLE_PATH, text);
		expect(text === readFileSync(TABLE_PATH, 'utf8'), 'the truth table is stale: run `npm run questions`').toBe(true);
	});
});
