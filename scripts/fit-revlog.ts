/**
 * Fits FSRS-6 parameters to any review history in the FSRS revlog CSV format (Stride's own
 * export, or another tool's) from Node, with the same code and WebAssembly the app's worker
 * runs: `npm run fit -- stride-revlog.csv [--day-start 4] [--time-zone Europe/London]`.
 * Prints the parameters and how they and FSRS-6's defaults predict the history.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_PARAMETERS, fsrsItemsFrom } from '../src/lib/srs/memory-model';
import { compareParameters, fitParameters } from '../src/lib/srs/memory-model/fit';
import { parseRevlogCsv } from '../src/lib/srs/memory-model/revlog-csv';
import { nodeOptimizer } from '../tests/unit/helpers/node-optimizer';

const { values, positionals } = parseArgs({
	args: process.argv.slice(2),
	allowPositionals: true,
	options: { 'day-start': { type: 'string', default: '4' }, 'time-zone': { type: 'string', default: 'UTC' } }
});
const [file] = positionals;
if (!file) {
	console.error('Usage: npm run fit -- <revlog.csv> [--day-start 4] [--time-zone UTC]');
	process.exit(2);
}
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch (error) {
	console.error(`${file} could not be opened: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
const parsed = parseRevlogCsv(text);
if (!parsed.ok) {
	console.error(`${file} could not be read:\n${parsed.errors.join('\n')}`);
	process.exit(1);
}
const items = fsrsItemsFrom(parsed.reviews, {
	timeZone: values['time-zone'],
	dayStartHour: Number(values['day-start'])
});
console.log(`${parsed.reviews.length} reviews of ${parsed.cards} cards: ${items.length} to predict.`);
const optimizer = await nodeOptimizer();
const outcome = fitParameters(items, optimizer());
if (!outcome.fitted) {
	console.log(`${outcome.reason} The defaults stay.`);
	process.exit(0);
}
const { current, candidate } = compareParameters(DEFAULT_PARAMETERS, outcome.weights, items);
console.log(`Fitted on ${outcome.trainedOn} of them.`);
console.log(`parameters: ${outcome.weights.join(', ')}`);
console.log(`log loss:    defaults ${current.logLoss.toFixed(4)} → fitted ${candidate.logLoss.toFixed(4)}`);
console.log(
	`RMSE (bins): defaults ${(current.rmseBins * 100).toFixed(2)}% → fitted ${(candidate.rmseBins * 100).toFixed(2)}%`
);
