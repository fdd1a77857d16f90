// The code's architecture, held by a tool: which layer may import what, and which pages must
// stay light. Each rule below was a comment before; `npm test` runs this (npm run lint).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** A restricted import: `regex` matches the import path; type-only imports stay allowed. */
const forbid = (regex, message) => ({ regex, message, allowTypeImports: true });

const TS_FSRS = forbid(
	'^ts-fsrs$',
	"Only src/lib/srs imports ts-fsrs: the scheduler is one adapter (srs/scheduler.ts), the forgetting curve another (srs/recall.ts), the memory model's scoring a third (srs/memory-model/evaluate.ts)."
);
// ts-fsrs patches Date.prototype and is a fifth of the quiz page: only the modules that write
// answers load it, and those are loaded on demand (see LAZY_WRITERS).
const SCHEDULER = forbid(
	'(^|/)srs/scheduler$|^\\./scheduler$',
	'The scheduler (ts-fsrs) is imported only by the modules that write cards: db/answers (and its db/answer-plan), db/repair, db/save-settings, db/sync/merge.'
);
// fsrs-browser is 1.7 MB of WebAssembly: only the fitting worker loads it, when a fit is asked for.
const FSRS_BROWSER = forbid(
	'^fsrs-browser($|/)',
	'Only the fitting worker (src/lib/workers/fit.worker.ts) imports fsrs-browser.'
);
const DEXIE = forbid('^dexie$', 'Dexie lives in src/lib/db: read live queries through $lib/db/live.');
const PURE_CORE = [
	forbid('^svelte($|/)', 'content, quiz and srs are plain TypeScript: no Svelte.'),
	forbid('^\\$app/', 'content, quiz and srs are plain TypeScript: no SvelteKit ($app).'),
	forbid(
		'(^|/)(db|state|components)(/|$)|^\\$lib/(db|state|components)',
		'content, quiz and srs import no storage, state or components.'
	)
];
// The dataset is passed into policy code, never reached for: a module-level dataset in the
// domain, in storage or in a component makes its answer depend on something its caller cannot
// see. Pure helpers of the content layer (render, isGroupFact…) stay importable.
const DATASET_VALUES = ['../content', '$lib/content'].map((name) => ({
	name,
	importNames: ['DATASET', 'FACTS', 'MUSCLE_GROUPS', 'CLAIMS', 'factById', 'groupById', 'isCurrentFact'],
	allowTypeImports: true,
	message: 'The dataset is passed in as a parameter (or a prop), not imported.'
}));
const DATASET_MODULES = forbid(
	'(^|/)content/(catalogue|claims|facts\\.generated)$|^\\./(catalogue|claims|facts\\.generated)$',
	'The dataset is passed in as a parameter (or a prop), not imported.'
);
// Loaded with `import()` when first needed, so the pages' first visit does not carry them.
const LAZY_WRITERS = forbid(
	'(^|/)db/(answers|answer-plan|backup|repair|sync)(/|$)',
	'Answers, backups, repair and sync are loaded with import() when first needed: a static import puts the scheduler on the first visit.'
);
// PouchDB is 43 KB gzip: only the sync engine imports it, and only a learner who switched sync on loads that.
const POUCHDB = forbid('^pouchdb-browser$', 'Only the sync engine (src/lib/sync/engine.ts) imports pouchdb-browser.');
const SYNC_ENGINE = forbid(
	'(^|/)sync/engine$|^\\$lib/sync/engine$',
	'The sync engine (and PouchDB) is loaded with import() once sync is on: nothing of it on a first visit.'
);
const CHARTS = forbid(
	'components/history/',
	'The progress charts are their own chunk: only the progress page loads them, with import().'
);
const STORAGE = forbid(
	'(^|/)(db|state)(/|$)|^\\$lib/(db|state)',
	'The learn pages read no storage: they are the light pages a first visit opens.'
);
const COMPONENT_STORAGE = forbid(
	'(^|/)db(/|$)|^\\$lib/db',
	'Components take data as props; pages and state read storage.'
);

// The layers' direction: content depends on nothing, srs on content, quiz on srs and content,
// storage on the domain, never on the state above it.
const ABOVE_CONTENT = forbid(
	'(^|/)(quiz|srs)(/|$)|^\\$lib/(quiz|srs)',
	'The content layer depends on nothing above it.'
);
const ABOVE_SRS = forbid(
	'(^|/)quiz(/|$)|^\\$lib/quiz',
	'srs depends on content only: questions build on scheduling, not the reverse.'
);
const ABOVE_DB = forbid(
	'(^|/)(state|components)(/|$)|^\\$lib/(state|components)',
	'Storage depends on the domain, never on state or components.'
);

/** One layer: the files, and what they may not import. Later layers override earlier ones. */
const layer = (files, patterns, paths = []) => ({
	files,
	rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] }
});

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Stride is served from the site root (no `paths.base`), so root-relative links and
			// goto() calls are what resolve() would produce.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/lib/state/**'],
		rules: {
			// State classes hand plain Maps and Dates to the pure domain, which never mutates them;
			// reactivity comes from reassigning the class's $state fields, not from those values.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	// Everywhere in the app: ts-fsrs only in srs, Dexie only in db, the scheduler only in the
	// card writers, the charts and the writers only through import().
	layer(
		['src/**/*.{ts,svelte}'],
		[TS_FSRS, FSRS_BROWSER, DEXIE, SCHEDULER, CHARTS, LAZY_WRITERS, POUCHDB, SYNC_ENGINE]
	),
	// The sync engine: PouchDB, and the sync modules of storage (it is itself loaded on demand).
	layer(['src/lib/sync/engine.ts'], [TS_FSRS, FSRS_BROWSER, DEXIE, SCHEDULER, CHARTS]),
	// The fitting worker: fsrs-browser and the pure memory model, nothing of storage or pages.
	layer(['src/lib/workers/**'], [TS_FSRS, DEXIE, SCHEDULER, ...PURE_CORE]),
	layer(['src/lib/db/**'], [TS_FSRS, FSRS_BROWSER, SCHEDULER, DATASET_MODULES, ABOVE_DB], DATASET_VALUES),
	layer(
		['src/lib/db/{answers,answer-plan,repair,save-settings,sync/merge}.ts'],
		[TS_FSRS, FSRS_BROWSER, DATASET_MODULES, ABOVE_DB],
		DATASET_VALUES
	),
	layer(['src/lib/content/**'], [TS_FSRS, FSRS_BROWSER, DEXIE, SCHEDULER, ...PURE_CORE, ABOVE_CONTENT]),
	layer(['src/lib/quiz/**'], [TS_FSRS, FSRS_BROWSER, DEXIE, SCHEDULER, ...PURE_CORE, DATASET_MODULES], DATASET_VALUES),
	layer(
		['src/lib/srs/**'],
		[TS_FSRS, FSRS_BROWSER, DEXIE, SCHEDULER, ...PURE_CORE, DATASET_MODULES, ABOVE_SRS],
		DATASET_VALUES
	),
	layer(
		['src/lib/srs/{scheduler,recall,memory-model/evaluate}.ts'],
		[DEXIE, FSRS_BROWSER, ...PURE_CORE, DATASET_MODULES, ABOVE_SRS],
		DATASET_VALUES
	),
	layer(
		['src/lib/components/**'],
		[TS_FSRS, FSRS_BROWSER, DEXIE, SCHEDULER, LAZY_WRITERS, COMPONENT_STORAGE, DATASET_MODULES],
		DATASET_VALUES
	),
	layer(['src/routes/learn/**'], [TS_FSRS, FSRS_BROWSER, DEXIE, SCHEDULER, CHARTS, LAZY_WRITERS, STORAGE]),
	{
		// Tests and tools may reach anything.
		files: ['tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}', '.ci/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': 'off',
			// Fault injection patches IndexedDB prototypes, whose methods need their own `this`.
			'@typescript-eslint/no-this-alias': 'off',
			// Tests corrupt parsed files and rows on purpose, field by field.
			'@typescript-eslint/no-explicit-any': 'off'
		}
	}
);
