// Runs bench/fit.node.ts (TypeScript, importing the app's modules) in Node through Vite's
// module runner, without the app's Vite config: `npm run bench:fit`. `--expose-gc` lets the
// benchmark collect garbage before each measurement.
import { runnerImport } from 'vite';

await runnerImport(new URL('../bench/fit.node.ts', import.meta.url).pathname, {
	configFile: false,
	logLevel: 'error'
});
