import fc from 'fast-check';
import { relative } from 'node:path';
import { expect } from 'vitest';

/**
 * Every property test runs from one pinned seed, so a run in CI is the run on a laptop: a
 * failure reproduces by running the same file again. FC_SEED explores other seeds; a failure
 * under any seed says how to replay it.
 */
const PINNED_SEED = 20260113;

function seedFromEnvironment(): number {
	const requested = process.env.FC_SEED;
	if (requested === undefined || requested === '') return PINNED_SEED;
	const seed = Number(requested);
	if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${JSON.stringify(requested)}`);
	return seed;
}

const seed = seedFromEnvironment();
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
fc.installGlobalPlugin(() => ({
	onAllRunsComplete(runDetails) {
		if (!runDetails.failed) return;
		const { testPath, currentTestName } = expect.getState();
		const file = testPath ? relative(process.cwd(), testPath) : '<test file>';
		throw new Error(
			`${fc.defaultReportMessage(runDetails) ?? 'The property failed.'}\n\n` +
				`Replay: FC_SEED=${seed} npx vitest run ${file} -t ${JSON.stringify(currentTestName ?? '')}`,
			{ cause: runDetails.errorInstance }
		);
	}
}));
