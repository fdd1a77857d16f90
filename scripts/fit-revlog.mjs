// Runs scripts/fit-revlog.ts (TypeScript, importing the app's modules) in Node through Vite's
// module runner: `npm run fit -- <revlog.csv>`.
import { runnerImport } from 'vite';

await runnerImport(new URL('./fit-revlog.ts', import.meta.url).pathname, { configFile: false, logLevel: 'error' });
