import type { FitReply, FitRequest, FitStep } from '../srs/memory-model/fit-messages';

export type FitResult = Extract<FitReply, { kind: 'fitted' | 'evaluated' }>;

/** A run in the fitting worker: its outcome, and a cancel that ends the worker at once. */
export interface FitRun {
	result: Promise<FitResult | { kind: 'cancelled' }>;
	cancel(): void;
}

/**
 * Whether this browser can fit: a module worker and WebAssembly. Without them the memory
 * model page says so and scheduling goes on with the parameters in use.
 */
export function canFit(): boolean {
	return typeof Worker !== 'undefined' && typeof WebAssembly === 'object';
}

/**
 * Starts a fresh worker for one request. fsrs-rs's fit is one long call that cannot be
 * interrupted from inside, so cancelling terminates the worker; a new run starts a new one
 * (the browser's cache keeps the WebAssembly, so it loads quickly the second time).
 */
export function runFit(request: FitRequest, onProgress: (step: FitStep, items: number) => void): FitRun {
	const worker = new Worker(new URL('../workers/fit.worker.ts', import.meta.url), { type: 'module' });
	let settle: (value: FitResult | { kind: 'cancelled' }) => void = () => {};
	let fail: (error: Error) => void = () => {};
	const result = new Promise<FitResult | { kind: 'cancelled' }>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	const finish = () => worker.terminate();
	worker.addEventListener('message', (event: MessageEvent<FitReply>) => {
		const reply = event.data;
		if (reply.kind === 'progress') return onProgress(reply.step, reply.items);
		finish();
		if (reply.kind === 'failed') fail(new Error(reply.message));
		else settle(reply);
	});
	worker.addEventListener('error', (event) => {
		finish();
		// A worker that cannot start (its script blocked or missing, WebAssembly refused) says little: say what it means.
		fail(new Error(event.message || 'The optimiser could not start in this browser.'));
	});
	worker.postMessage(request);
	return {
		result,
		cancel() {
			finish();
			settle({ kind: 'cancelled' });
		}
	};
}
