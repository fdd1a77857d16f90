import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A real CouchDB-protocol server for the sync tests: pouchdb-server 4.2.0 (express-pouchdb with
 * pouchdb-auth and pouchdb-security), in memory, on 127.0.0.1, started by the tests themselves.
 *
 * How auth is set up (checked by experiment, and by sync-server.spec.ts):
 * - At every start the harness makes itself a server admin (`PUT /_config/admins/<name>` with the
 *   password as a JSON string), so the "admin party" is over at once: from then on /_config,
 *   creating databases and writing _security need the admin's basic auth. The harness's own
 *   helpers (allDocs, putDoc, docCount, createLearner) always send it.
 * - A learner is an ordinary CouchDB user (`_users/org.couchdb.user:<name>`, the password hashed
 *   with pbkdf2 by pouchdb-auth, 10 iterations: fast) and the only member of their database's
 *   `_security`. With the right basic auth they read and write the database (docs, _changes,
 *   _bulk_docs, _revs_diff, _bulk_get, _local checkpoints); anonymous requests and a wrong
 *   password get 401. CORS is on by default (any origin, credentials allowed, Authorization among
 *   the allowed headers), preflights need no auth, and 401 answers carry the CORS headers too.
 *
 * Gotchas:
 * - pouchdb-server 4.2.0 CRASHES (TypeError: db.info is not a function, the process exits) when
 *   anyone but a server admin sends `PUT /<db>`: pouchdb-security's `PouchDB.new` wrapper hands
 *   back a rejected promise where express-pouchdb expects a database. That is what made requests
 *   "hang" after a first `PUT /_config/admins/…` by hand: the next unauthenticated PUT killed the
 *   server and everything after it was refused. A PouchDB client whose remote database is
 *   missing (404) tries exactly that PUT, unless it was opened with `skip_setup: true`. The
 *   harness notices the exit (`running` turns false) and the fixture restarts it for the next test.
 * - pouchdb-server writes config.json (the hashed admin password) and log.txt into its working
 *   directory: each start runs it in a fresh temporary directory, removed when it stops.
 * - It is in memory: `kill()` loses everything, and `restart()` brings back an EMPTY server (no
 *   databases, no learners), with only the harness's admin made again (same name and password).
 */

export interface SyncServer {
	/** e.g. `http://127.0.0.1:5391` */
	readonly origin: string;
	readonly port: number;
	/** The harness's server admin (basic auth), for tests that want to talk to the server directly. */
	readonly admin: { readonly user: string; readonly password: string };
	/** Whether the server process is up (false after kill(), stop(), or a crash). */
	readonly running: boolean;
	/** The server's latest stdout and stderr, for error messages. */
	output(): string;
	/** SIGKILLs the server and waits for it to exit: it disappears, and its port refuses connections. */
	kill(): Promise<void>;
	/** Starts it again on the same port (killing it first if it is still up). In memory: it comes back EMPTY. */
	restart(): Promise<void>;
	/** Stops it for good (as kill()) and removes its temporary directory. */
	stop(): Promise<void>;
	/**
	 * Makes database `db` and user `user`, the database's only member: afterwards it can be read and
	 * written only with HTTP basic auth user/password. Returns the database's URL, without credentials.
	 */
	createLearner(db: string, user: string, password: string): Promise<string>;
	/** Every document stored in `db`, with its body (as the admin). */
	allDocs(db: string): Promise<Array<Record<string, unknown>>>;
	/** Writes any document into `db` (as the admin), e.g. a hostile one; fails if the server refuses it. */
	putDoc(db: string, doc: Record<string, unknown>): Promise<void>;
	/** How many (live) documents `db` holds. */
	docCount(db: string): Promise<number>;
}

const bin = fileURLToPath(new URL('../../node_modules/.bin/pouchdb-server', import.meta.url));
const startTimeout = 30_000;
const requestTimeout = 10_000;
const keptOutput = 20_000;

function defaultSyncPort(): number {
	return Number(process.env.STRIDE_SYNC_PORT ?? Number(process.env.STRIDE_TEST_PORT ?? 4173) + 1000);
}

export function basicAuth(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** Whether anything answers HTTP on `origin` right now. */
async function answers(origin: string): Promise<boolean> {
	try {
		await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) });
		return true;
	} catch {
		return false;
	}
}

export async function startSyncServer(port: number = defaultSyncPort()): Promise<SyncServer> {
	const origin = `http://127.0.0.1:${port}`;
	const admin = { user: 'stride-harness', password: randomBytes(12).toString('hex') };
	const adminAuth = basicAuth(admin.user, admin.password);
	let child: ChildProcess | undefined;
	let exited: Promise<void> = Promise.resolve();
	let dir: string | undefined;
	let output = '';

	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-keptOutput);
	};
	const removeDir = () => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = undefined;
	};
	// If the test process goes away, the server goes with it.
	const killOnExit = () => child?.kill('SIGKILL');
	process.on('exit', killOnExit);

	async function request(path: string, init: RequestInit = {}): Promise<Response> {
		const headers = new Headers(init.headers);
		headers.set('Authorization', adminAuth);
		if (init.body !== undefined) headers.set('Content-Type', 'application/json');
		return fetch(`${origin}${path}`, { ...init, headers, signal: AbortSignal.timeout(requestTimeout) });
	}

	async function json<T>(path: string, init: RequestInit = {}): Promise<T> {
		const response = await request(path, init);
		const text = await response.text();
		if (!response.ok) {
			throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status}: ${text}`);
		}
		return JSON.parse(text) as T;
	}

	async function start(): Promise<void> {
		if (await answers(origin)) {
			throw new Error(`Port ${port} is taken: something already answers on ${origin} (set STRIDE_SYNC_PORT)`);
		}
		output = '';
		dir = mkdtempSync(join(tmpdir(), 'stride-sync-'));
		const proc = spawn(
			bin,
			['--in-memory', '--host', '127.0.0.1', '--port', String(port), '--config', join(dir, 'config.json')],
			{ cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		child = proc;
		// Drained always: a full pipe would stall the server.
		proc.stdout?.on('data', keep);
		proc.stderr?.on('data', keep);
		let gone = false;
		exited = new Promise((resolve) => {
			proc.once('exit', () => {
				gone = true;
				if (child === proc) child = undefined;
				resolve();
			});
			proc.once('error', (error) => {
				keep(Buffer.from(`\n${error.message}\n`));
				gone = true;
				if (child === proc) child = undefined;
				resolve();
			});
		});

		const deadline = Date.now() + startTimeout;
		for (;;) {
			if (gone) throw new Error(`pouchdb-server exited before answering on ${origin}:\n${output}`);
			if (await answers(origin)) break;
			if (Date.now() > deadline) {
				proc.kill('SIGKILL');
				await exited;
				removeDir();
				throw new Error(`pouchdb-server did not answer on ${origin} within ${startTimeout / 1000} s:\n${output}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}

		// End the admin party: from here on only the harness (and each database's members) get in.
		// No auth needed for this first one; the server answers with the old value ("").
		const made = await fetch(`${origin}/_config/admins/${admin.user}`, {
			method: 'PUT',
			body: JSON.stringify(admin.password),
			signal: AbortSignal.timeout(requestTimeout)
		});
		if (!made.ok) throw new Error(`Could not make the harness's admin: ${made.status} ${await made.text()}`);
	}

	async function kill(): Promise<void> {
		child?.kill('SIGKILL');
		await exited;
		removeDir();
	}

	const server: SyncServer = {
		origin,
		port,
		admin,
		get running() {
			return child !== undefined;
		},
		output: () => output,
		kill,
		async restart() {
			await kill();
			await start();
		},
		async stop() {
			await kill();
			process.off('exit', killOnExit);
		},
		async createLearner(db, user, password) {
			const dbPath = `/${encodeURIComponent(db)}`;
			await json(dbPath, { method: 'PUT' });
			const userPath = `/_users/${encodeURIComponent(`org.couchdb.user:${user}`)}`;
			const existing = await request(userPath);
			const rev = existing.ok ? ((await existing.json()) as { _rev: string })._rev : undefined;
			await json(userPath, {
				method: 'PUT',
				body: JSON.stringify({
					_id: `org.couchdb.user:${user}`,
					...(rev ? { _rev: rev } : {}),
					name: user,
					password,
					roles: [],
					type: 'user'
				})
			});
			await json(`${dbPath}/_security`, {
				method: 'PUT',
				body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [user], roles: [] } })
			});
			return `${origin}${dbPath}`;
		},
		async allDocs(db) {
			const result = await json<{ rows: Array<{ doc?: Record<string, unknown> }> }>(
				`/${encodeURIComponent(db)}/_all_docs?include_docs=true`
			);
			return result.rows.flatMap((row) => (row.doc ? [row.doc] : []));
		},
		async putDoc(db, doc) {
			// _bulk_docs takes any _id (or none) without URL-encoding worries, and says per doc if it refused.
			const results = await json<Array<{ id?: string; error?: string; reason?: string }>>(
				`/${encodeURIComponent(db)}/_bulk_docs`,
				{ method: 'POST', body: JSON.stringify({ docs: [doc] }) }
			);
			const refused = results.find((result) => result.error);
			if (refused)
				throw new Error(`The server refused ${refused.id ?? 'the document'}: ${refused.error} (${refused.reason})`);
		},
		async docCount(db) {
			return (await json<{ doc_count: number }>(`/${encodeURIComponent(db)}`)).doc_count;
		}
	};

	try {
		await start();
	} catch (error) {
		await server.stop();
		throw error;
	}
	return server;
}
