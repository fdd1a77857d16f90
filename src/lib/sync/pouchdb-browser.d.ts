/**
 * The part of PouchDB's API that Stride's sync uses, typed here rather than by pulling in the
 * @types/pouchdb family for a handful of calls.
 */
declare module 'pouchdb-browser' {
	export interface PouchDocument {
		_id: string;
		_rev?: string;
		_deleted?: boolean;
		[field: string]: unknown;
	}

	export interface PouchError {
		status?: number;
		name?: string;
		message?: string;
		reason?: string;
	}

	export interface PouchChange {
		id: string;
		seq: number;
		deleted?: boolean;
		doc?: PouchDocument;
	}

	interface Emitter<Events extends Record<string, unknown[]>> {
		on<E extends keyof Events & string>(event: E, listener: (...args: Events[E]) => void): this;
		cancel(): void;
	}

	export type ChangesFeed = Emitter<{ change: [PouchChange]; complete: [unknown]; error: [PouchError] }> &
		PromiseLike<{ results: PouchChange[]; last_seq: number }>;

	export interface SyncInfo {
		direction: 'push' | 'pull';
		change: { docs: PouchDocument[]; docs_written: number; last_seq: number };
	}

	export type Replication = Emitter<{
		change: [SyncInfo];
		paused: [PouchError | undefined];
		active: [];
		denied: [PouchError];
		complete: [unknown];
		error: [PouchError];
	}>;

	export default class PouchDB {
		constructor(
			name: string,
			options?: { auth?: { username: string; password: string }; skip_setup?: boolean; adapter?: string }
		);
		info(): Promise<{ doc_count: number; update_seq: number | string }>;
		get(id: string): Promise<PouchDocument>;
		put(doc: PouchDocument): Promise<{ ok: boolean; id: string; rev: string }>;
		bulkDocs(docs: PouchDocument[]): Promise<Array<{ ok?: boolean; id?: string; status?: number; error?: string }>>;
		allDocs(options?: { include_docs?: boolean }): Promise<{ rows: Array<{ id: string; doc?: PouchDocument }> }>;
		changes(options: { since: number; live?: boolean; include_docs?: boolean; return_docs?: boolean }): ChangesFeed;
		sync(
			remote: PouchDB,
			options: { live: boolean; retry: boolean; back_off_function?: (delay: number) => number }
		): Replication;
		replicate: { from(remote: PouchDB): PromiseLike<unknown> };
		destroy(): Promise<unknown>;
		close(): Promise<unknown>;
	}
}
