import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/**
 * The architecture's import rules (eslint.config.js) are enforced, not just written: each case
 * is a deliberate violation linted as if it were a file at that path, and must be refused; the
 * allowed counterpart must pass. A rule that silently stopped matching (a renamed folder, a
 * typo in a pattern) fails here.
 */
const eslint = new ESLint();

async function refusedImports(path: string, source: string): Promise<string[]> {
	const [result] = await eslint.lintText(source, { filePath: path });
	return result!.messages
		.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
		.map((message) => message.message);
}

const violations: { rule: string; path: string; source: string }[] = [
	{ rule: 'only src/lib/srs imports ts-fsrs', path: 'src/lib/db/x.ts', source: "import { fsrs } from 'ts-fsrs';" },
	{ rule: 'only src/lib/srs imports ts-fsrs', path: 'src/lib/quiz/x.ts', source: "import { fsrs } from 'ts-fsrs';" },
	{ rule: 'content imports no Svelte', path: 'src/lib/content/x.ts', source: "import { tick } from 'svelte';" },
	{ rule: 'quiz imports no Dexie', path: 'src/lib/quiz/x.ts', source: "import Dexie from 'dexie';" },
	{ rule: 'srs imports no $app', path: 'src/lib/srs/x.ts', source: "import { goto } from '$app/navigation';" },
	{ rule: 'srs imports no storage', path: 'src/lib/srs/x.ts', source: "import { loadToday } from '../db/today';" },
	{ rule: 'srs builds on content, not on quiz', path: 'src/lib/srs/x.ts', source: "import { grade } from '../quiz';" },
	{
		rule: 'content depends on nothing above it',
		path: 'src/lib/content/x.ts',
		source: "import { isDue } from '../srs';"
	},
	{
		rule: 'storage never depends on state',
		path: 'src/lib/db/x.ts',
		source: "import { getDatabase } from '../state/connection';"
	},
	{
		rule: 'policy code takes the dataset as a parameter',
		path: 'src/lib/srs/x.ts',
		source: "import { FACTS } from '../content/catalogue';"
	},
	{
		rule: 'policy code takes the dataset as a parameter',
		path: 'src/lib/quiz/x.ts',
		source: "import { DATASET } from '../content';"
	},
	{
		rule: 'storage takes the dataset as a parameter',
		path: 'src/lib/db/x.ts',
		source: "import { isCurrentFact } from '../content/catalogue';"
	},
	{
		rule: 'Dexie lives in src/lib/db',
		path: 'src/lib/state/x.svelte.ts',
		source: "import { liveQuery } from 'dexie';"
	},
	{
		rule: 'the scheduler is loaded only by the card writers',
		path: 'src/lib/db/sessions.ts',
		source: "import { applyGrade } from '../srs/scheduler';"
	},
	{
		rule: 'the answer writers load on demand',
		path: 'src/lib/state/x.svelte.ts',
		source: "import { recordAnswer } from '../db/answers';"
	},
	{
		rule: 'the answer writers load on demand',
		path: 'src/routes/quiz/+page.ts',
		source: "import { recordAnswer } from '$lib/db/answers';"
	},
	{
		rule: 'the progress charts load on demand',
		path: 'src/routes/progress/+page.ts',
		source: "import HistoryPanel from '$lib/components/history/HistoryPanel.svelte';"
	},
	{
		rule: 'the learn pages read no storage',
		path: 'src/routes/learn/+page.ts',
		source: "import { getDatabase } from '$lib/state/connection';"
	},
	{
		rule: 'components take data as props',
		path: 'src/lib/components/X.svelte',
		source: '<script lang="ts">\n\timport { FACTS } from \'$lib/content\';\n</script>\n'
	},
	{
		rule: 'components read no storage',
		path: 'src/lib/components/X.svelte',
		source: '<script lang="ts">\n\timport { getDatabase } from \'$lib/db\';\n</script>\n'
	}
];

const allowed: { why: string; path: string; source: string }[] = [
	{
		why: 'the scheduler adapter imports ts-fsrs',
		path: 'src/lib/srs/scheduler.ts',
		source: "import { fsrs } from 'ts-fsrs';"
	},
	{ why: 'storage imports Dexie', path: 'src/lib/db/x.ts', source: "import Dexie from 'dexie';" },
	{
		why: 'the card writers import the scheduler',
		path: 'src/lib/db/answers.ts',
		source: "import { applyGrade } from '../srs/scheduler';"
	},
	{
		why: 'type imports cost no bytes',
		path: 'src/lib/state/x.svelte.ts',
		source: "import type { AnswerRecord } from '../db/answers';"
	},
	{
		why: 'the edge supplies the dataset',
		path: 'src/lib/state/x.svelte.ts',
		source: "import { DATASET } from '../content';"
	},
	{
		why: 'pure content helpers stay importable',
		path: 'src/lib/quiz/x.ts',
		source: "import { render } from '../content';"
	},
	{ why: 'quiz builds on srs', path: 'src/lib/quiz/x.ts', source: "import { factFamily } from '../srs/order';" },
	{ why: 'storage builds on the domain', path: 'src/lib/db/x.ts', source: "import { studyDay } from '../srs';" }
];

describe('import boundaries', () => {
	test.each(violations)('refused: $rule ($path: $source)', async ({ path, source }) => {
		expect(await refusedImports(path, source)).not.toEqual([]);
	});

	test.each(allowed)('allowed: $why ($path)', async ({ path, source }) => {
		expect(await refusedImports(path, source)).toEqual([]);
	});
});
