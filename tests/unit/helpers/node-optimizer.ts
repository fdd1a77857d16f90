import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FsrsOptimizer } from '../../../src/lib/srs/memory-model/fit';

/**
 * fsrs-browser's optimiser in Node: the same WebAssembly the worker runs, instantiated from
 * the file's bytes. Its thread-pool helper listens for messages on `self` when loaded, which
 * Node lacks: an event target stands in (the pool is never started).
 */
export async function nodeOptimizer(): Promise<() => FsrsOptimizer> {
	return (await loadNodeOptimizer()).create;
}

/** The same, with the WebAssembly's linear memory (it only grows: its size after a fit is the fit's peak). */
export async function loadNodeOptimizer(): Promise<{ create: () => FsrsOptimizer; memory: WebAssembly.Memory }> {
	const global = globalThis as { self?: unknown };
	global.self ??= new EventTarget();
	const fsrs = await import('fsrs-browser');
	const wasm = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
	const output = fsrs.initSync({ module: readFileSync(wasm) });
	return { create: () => new fsrs.Fsrs(), memory: output.memory };
}
