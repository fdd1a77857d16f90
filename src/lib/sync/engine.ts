import PouchDB, { type PouchChange, type PouchDocument, type PouchError, type Replication } from 'pouchdb-browser';
import type { StrideDatabase } from '../db/database';
import { loadSyncConfig, saveSyncConfig, saveSyncProgress } from '../db/sync-config';
import { checkBody, idOfBody, MAX_SEALED_LENGTH, type SyncBody } from '../db/sync/documents';
import { mergeHistory, previewMerge, type MergePreview } from '../db/sync/merge';
import { answersWaiting, historyIds, unsentHistory } from '../db/sync/outbound';
import { onHistoryWritten } from '../db/live';
import { isKeyDocument, isSealed, KEY_DOCUMENT_ID, newKey, seal, unlockKey, unseal, type KeyDocument } from './crypto';
import { connectionProblem, refusal, type SyncState, type SyncStatus } from './status';

/**
 * Sync through CouchDB's replication protocol, PouchDB as the replicator: this module is
 * loaded only once the learner switches sync on. Dexie stays the app's database; PouchDB
 * keeps a replica of the sealed history documents (this device's and every other device's)
 * and replicates it with the learner's CouchDB database, live, retrying with back-off.
 * - Out: whatever this device's history holds that the replica lacks is sealed and written
 *   to the replica (at start, and whenever the history changes).
 * - In: every document the replica gains that this device's history lacks is opened,
 *   checked like an imported backup, and merged (db/sync/merge.ts).
 */

/** The local replica's name (PouchDB's IndexedDB database is `_pouch_stride-sync`). */
const REPLICA = 'stride-sync';

/** Retrying an unreachable server: 1 s, then twice as long each time, at most a minute. */
const backOff = (delay: number) => (delay === 0 ? 1_000 : Math.min(delay * 2, 60_000));

export interface SyncForm {
	databaseUrl: string;
	user: string;
	password: string;
	passphrase: string;
}

const remoteOf = (url: string, user: string, password: string) =>
	new PouchDB(url, { skip_setup: true, ...(user !== '' && { auth: { username: user, password } }) });

/** A sealed document as the server stores it: the id, and ciphertext. */
async function sealedDocument(key: CryptoKey, body: SyncBody): Promise<PouchDocument> {
	const id = idOfBody(body);
	return { _id: id, v: 1, ...(await seal(key, id, JSON.stringify(body))) };
}

/** Opens and checks one document from the replica; a problem is worded for the learner. */
async function openDocument(
	key: CryptoKey,
	doc: PouchDocument,
	now: number
): Promise<{ ok: true; body: SyncBody } | { ok: false; problem: string }> {
	const sealed = { iv: doc.iv, data: doc.data };
	if (doc.v !== 1 || !isSealed(sealed)) return { ok: false, problem: 'it is not a sealed Stride document' };
	if (sealed.data.length > MAX_SEALED_LENGTH) {
		return {
			ok: false,
			problem: `it is larger than any Stride document (${Math.round(sealed.data.length / 1024)} KB)`
		};
	}
	const text = await unseal(key, doc._id, sealed);
	if (text === null)
		return { ok: false, problem: 'it was not sealed with your passphrase, or was changed on the server' };
	return checkBody(doc._id, text, now);
}

/** The learner's form checked before anything is sent: a message, or the URL to use. */
function checkForm(form: SyncForm): { ok: true; url: string } | { ok: false; message: string } {
	let url: URL;
	try {
		url = new URL(form.databaseUrl.trim());
	} catch {
		return {
			ok: false,
			message: 'That is not a web address. Enter your database’s address, like https://couch.example.org/stride-ana.'
		};
	}
	// The page's connect-src allows plain http to these two alone (svelte.config.js).
	const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
		return {
			ok: false,
			message: 'Use an https:// address: plain http:// is only allowed for a server on this device.'
		};
	}
	if (url.username || url.password)
		return { ok: false, message: 'Put the user name and password in their own fields, not in the address.' };
	if (url.pathname.replace(/\/+$/, '') === '') {
		return { ok: false, message: 'Add the database’s name to the address, like https://couch.example.org/stride-ana.' };
	}
	if (form.passphrase.length < 8) return { ok: false, message: 'Choose a passphrase of at least 8 characters.' };
	return { ok: true, url: url.href.replace(/\/+$/, '') };
}

/** What a first sync on this device would do, and how to go ahead or back out. */
export interface FirstSync {
	/** Whether this device is the first to use the database (it will create its key). */
	newDatabase: boolean;
	preview: MergePreview;
	/** Documents on the server that could not be opened or failed the checks: left out. */
	refused: string[];
	/** Merges, stores the sync settings and key, and starts syncing. */
	confirm(): Promise<void>;
	/** Leaves everything as it was: the replica made for the preview is removed. */
	cancel(): Promise<void>;
}

/**
 * Connects to a sync database for the first time on this device and reads what is there,
 * without changing this device's history: a wrong address, a refused password or a wrong
 * passphrase is told and leaves nothing behind (the passphrase is checked before anything is
 * copied). What the server holds is copied to the local replica and opened for the preview.
 */
export async function prepareFirstSync(
	db: StrideDatabase,
	form: SyncForm,
	now: number
): Promise<{ ok: true; sync: FirstSync } | { ok: false; message: string }> {
	const checked = checkForm(form);
	if (!checked.ok) return checked;
	const remote = remoteOf(checked.url, form.user, form.password);
	let keyDocument: KeyDocument | null = null;
	try {
		await remote.info();
		keyDocument = await remote.get(KEY_DOCUMENT_ID).then(
			(doc) => {
				if (!isKeyDocument(doc)) throw new Error('not a key');
				return doc;
			},
			(error: PouchError) => {
				if (error.status === 404) return null;
				throw error;
			}
		);
	} catch (error) {
		if (error instanceof Error && error.message === 'not a key') {
			return {
				ok: false,
				message: 'That database holds something other than Stride’s sync: choose an empty database.'
			};
		}
		return { ok: false, message: connectionProblem(error as PouchError, checked.url) };
	}
	const unlocked = keyDocument
		? { key: await unlockKey(keyDocument, form.passphrase), document: keyDocument }
		: await newKey(form.passphrase);
	if (!unlocked.key) {
		return {
			ok: false,
			message: 'That passphrase does not open this sync database. Enter the passphrase you chose on your first device.'
		};
	}
	const key = unlocked.key;
	// A replica left from an earlier database (sync switched off and on) must not leak into this one.
	await removeReplica();
	const replica = new PouchDB(REPLICA);
	try {
		await replica.replicate.from(remote);
		const { rows } = await replica.allDocs({ include_docs: true });
		const bodies: SyncBody[] = [];
		const refused: string[] = [];
		for (const { doc } of rows) {
			if (!doc || doc._id === KEY_DOCUMENT_ID) continue;
			const opened = await openDocument(key, doc, now);
			if (opened.ok) bodies.push(opened.body);
			else refused.push(`Document ${doc._id}: ${opened.problem}.`);
		}
		const info = await replica.info();
		return {
			ok: true,
			sync: {
				newDatabase: keyDocument === null,
				preview: await previewMerge(db, bodies),
				refused,
				async confirm() {
					if (keyDocument === null) await remote.put({ ...unlocked.document });
					await mergeHistory(db, bodies);
					await saveSyncConfig(db, {
						key: 'sync',
						databaseUrl: checked.url,
						user: form.user,
						password: form.password,
						cryptoKey: key,
						readThrough: Number(info.update_seq),
						pushedThrough: 0,
						syncedAt: null
					});
				},
				cancel: async () => {
					await replica.destroy();
				}
			}
		};
	} catch (error) {
		await replica.destroy();
		return { ok: false, message: connectionProblem(error as PouchError, checked.url) };
	}
}

/** Switches sync off on this device: the replica goes; the history stays as it is. */
export async function removeReplica(): Promise<void> {
	await new PouchDB(REPLICA).destroy();
}

/** A running sync: stop() ends it (the page closes it, or the learner switches sync off). */
export interface RunningSync {
	stop(): void;
}

/**
 * Runs sync with the stored settings until stopped, reporting its status in plain words'
 * terms (status.ts). Every step that touches the history runs one at a time, in order.
 */
export async function startSync(
	db: StrideDatabase,
	onStatus: (status: SyncStatus) => void,
	clock: () => number = Date.now
): Promise<RunningSync | null> {
	const config = await loadSyncConfig(db);
	if (!config) return null;
	const replica = new PouchDB(REPLICA);
	const remote = remoteOf(config.databaseUrl, config.user, config.password);
	let { readThrough, pushedThrough, syncedAt } = config;
	let state: SyncState = { kind: navigator.onLine ? 'syncing' : 'offline' };
	const refused: string[] = [];
	let stopped = false;

	// Which documents the replica holds (its seq for each), and which are known to be on the server.
	const replicaSeq = new Map<string, number>();
	for (const change of (await replica.changes({ since: 0 })).results) replicaSeq.set(change.id, change.seq);
	const onServer = new Set<string>();
	// The documents this tab wrote to the replica: nothing to open when the feed brings them back.
	const writtenHere = new Set<string>();
	const isOnServer = (id: string) => onServer.has(id) || (replicaSeq.get(id) ?? Infinity) <= pushedThrough;

	let queue = Promise.resolve();
	const inOrder = (step: () => Promise<void>) => {
		queue = queue.then(step).catch((error: unknown) => {
			state = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
		});
		return queue.then(report);
	};
	const report = async () => {
		if (stopped) return;
		const waiting = await answersWaiting(db, isOnServer);
		onStatus({ state, waiting, syncedAt, refused: [...refused] });
	};

	const push = () =>
		inOrder(async () => {
			const unsent = await unsentHistory(db, new Set(replicaSeq.keys()));
			if (unsent.length === 0) return;
			const docs = await Promise.all(unsent.map((body) => sealedDocument(config.cryptoKey, body)));
			// Written, or already there (another tab got there first): in the replica either way.
			for (const result of await replica.bulkDocs(docs)) {
				if (!result.id) continue;
				if (!replicaSeq.has(result.id)) replicaSeq.set(result.id, Infinity);
				writtenHere.add(result.id);
			}
		});

	let arrived: PouchChange[] = [];
	const take = () =>
		inOrder(async () => {
			const changes = arrived;
			arrived = [];
			if (changes.length === 0) return;
			// What this tab just pushed comes back through the feed too: the history holds it already.
			const incoming = changes.flatMap(({ doc }) =>
				doc && !doc._deleted && doc._id !== KEY_DOCUMENT_ID && !writtenHere.has(doc._id) ? [doc] : []
			);
			const known = incoming.length > 0 ? await historyIds(db) : new Set<string>();
			const bodies: SyncBody[] = [];
			for (const doc of incoming) {
				if (known.has(doc._id)) continue;
				const opened = await openDocument(config.cryptoKey, doc, clock());
				if (opened.ok) bodies.push(opened.body);
				else refused.push(`Document ${doc._id}: ${opened.problem}.`);
			}
			if (bodies.length > 0) await mergeHistory(db, bodies);
			readThrough = changes.reduce((through, change) => Math.max(through, change.seq), readThrough);
			await saveSyncProgress(db, { readThrough });
		});

	// From where this device last read: what arrived before a crash or a closed tab is read now.
	const feed = replica.changes({ since: readThrough, live: true, include_docs: true, return_docs: false });
	feed.on('change', (change) => {
		replicaSeq.set(change.id, change.seq);
		arrived.push(change);
		void take();
	});

	// PouchDB retries an unreachable server itself; an error that ends its replication (the
	// database gone, say, from a server restarted empty) is retried here, with the same back-off.
	let replication: Replication | null = null;
	let retryDelay = 0;
	let retryTimer: ReturnType<typeof setTimeout> | undefined;
	/**
	 * After a pause. PouchDB's two-way sync can pause without an error while the server is down
	 * (each direction gives up quietly, then retries), so a pause counts as synced only once the
	 * server has answered.
	 */
	const settle = async (pauseError: PouchError | undefined) => {
		try {
			await remote.info();
		} catch (failure) {
			state = refusal(failure as PouchError) ?? { kind: navigator.onLine ? 'unreachable' : 'offline' };
			return;
		}
		if (pauseError) {
			state = refusal(pauseError) ?? { kind: 'unreachable' };
			return;
		}
		retryDelay = 0;
		state = { kind: 'synced' };
		syncedAt = clock();
		pushedThrough = Number((await replica.info()).update_seq);
		await saveSyncProgress(db, { pushedThrough, syncedAt }).catch(() => {
			// Not stored (a full disk, say): only bookkeeping is lost. The next pause stores it; a
			// reload before then counts a few answers as waiting that are already on the server.
		});
	};
	const replicate = () => {
		clearTimeout(retryTimer);
		replication?.cancel();
		if (stopped) return;
		replication = replica.sync(remote, { live: true, retry: true, back_off_function: backOff });
		replication
			.on('active', () => {
				state = { kind: 'syncing' };
				void report();
			})
			.on('change', (info) => {
				if (info.direction === 'push') for (const doc of info.change.docs) onServer.add(doc._id);
				void report();
			})
			.on('paused', (error) => void settle(error).then(report))
			.on('denied', (error) => {
				refused.push(`The server refused a document: ${error.reason ?? error.message ?? 'no reason given'}.`);
				void report();
			})
			.on('error', (error) => {
				state = refusal(error) ?? { kind: 'failed', message: connectionProblem(error, config.databaseUrl) };
				void report();
				// Even a refused password is tried again, slowly: it may be put right on the server.
				retryDelay = backOff(retryDelay);
				retryTimer = setTimeout(replicate, retryDelay);
			});
	};

	const offline = () => {
		state = { kind: 'offline' };
		void report();
	};
	// Back online: try at once rather than wait out the back-off.
	const online = () => replicate();
	const unsubscribe = onHistoryWritten(db, () => void push());
	addEventListener('offline', offline);
	addEventListener('online', online);
	void push().then(replicate);

	return {
		stop() {
			stopped = true;
			unsubscribe();
			removeEventListener('offline', offline);
			removeEventListener('online', online);
			clearTimeout(retryTimer);
			feed.cancel();
			replication?.cancel();
		}
	};
}
