/// <reference lib="webworker" />
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { DEFAULT_PARAMETERS, fsrsItemsFrom, MIN_REVIEWS_TO_FIT } from '../srs/memory-model';
import { evaluateParameters } from '../srs/memory-model/evaluate';
import { compareParameters, fitParameters } from '../srs/memory-model/fit';
import type { FitReply, FitRequest } from '../srs/memory-model/fit-messages';

/**
 * The fitting worker: fsrs-rs (fsrs-browser's WebAssembly) fits off the main thread, so the
 * page stays responsive and Cancel can simply end the worker. Loaded only when the learner
 * asks for a fit or a score; single-threaded (fsrs-browser's thread pool needs cross-origin
 * isolation, which a static host may not give).
 */
const worker = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FitReply) => worker.postMessage(message);

let loaded: Promise<unknown> | null = null;

worker.addEventListener('message', (event: MessageEvent<FitRequest>) => {
	void handle(event.data).catch((error: unknown) =>
		reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
	);
});

async function handle(request: FitRequest): Promise<void> {
	reply({ kind: 'progress', step: 'items', items: 0 });
	const items = fsrsItemsFrom(request.reviews, request.days);
	if (request.kind === 'evaluate') {
		reply({ kind: 'progress', step: 'scoring', items: items.length });
		reply({
			kind: 'evaluated',
			items: items.length,
			current: evaluateParameters(request.current, items),
			defaults: evaluateParameters(DEFAULT_PARAMETERS, items)
		});
		return;
	}
	// Too little history is refused before the 1.7 MB of WebAssembly is fetched for nothing.
	if (items.length >= MIN_REVIEWS_TO_FIT) {
		reply({ kind: 'progress', step: 'loading', items: items.length });
		loaded ??= init({ module_or_path: wasmUrl });
		await loaded;
		reply({ kind: 'progress', step: 'fitting', items: items.length });
	}
	const outcome = fitParameters(items, { computeParameters: (...args) => new Fsrs().computeParameters(...args) });
	if (!outcome.fitted) {
		reply({ kind: 'fitted', items: items.length, outcome, comparison: null });
		return;
	}
	reply({ kind: 'progress', step: 'scoring', items: items.length });
	reply({
		kind: 'fitted',
		items: items.length,
		outcome,
		comparison: compareParameters(request.current, outcome.weights, items)
	});
}
