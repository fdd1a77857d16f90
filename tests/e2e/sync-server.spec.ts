import { basicAuth } from './sync-server';
import { expect, test } from './sync-fixtures';

/** The sync tests' harness itself (sync-server.ts, sync-fixtures.ts): a real server, really guarded. */

async function send(url: string, auth?: string, init: RequestInit = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	if (auth) headers.set('Authorization', auth);
	if (init.body !== undefined) headers.set('Content-Type', 'application/json');
	return fetch(url, { ...init, headers, signal: AbortSignal.timeout(10_000) });
}

test('a learner database opens only with its own password', async ({ learnerDatabase: db, syncServer }) => {
	const right = basicAuth(db.user, db.password);
	const wrong = basicAuth(db.user, `${db.password}-not`);

	expect((await send(db.url)).status).toBe(401);
	expect((await send(db.url, wrong)).status).toBe(401);
	expect((await send(`${db.url}/_changes`, wrong)).status).toBe(401);
	expect((await send(`${db.url}/a`, wrong, { method: 'PUT', body: '{}' })).status).toBe(401);

	const info = await send(db.url, right);
	expect(info.status).toBe(200);
	expect(await info.json()).toMatchObject({ db_name: db.name, doc_count: 0 });
	expect((await send(`${db.url}/a`, right, { method: 'PUT', body: '{"n":1}' })).status).toBe(201);
	const doc = await send(`${db.url}/a`, right);
	expect(doc.status).toBe(200);
	expect(await doc.json()).toMatchObject({ _id: 'a', n: 1 });
	const bulk = await send(`${db.url}/_bulk_docs`, right, { method: 'POST', body: '{"docs":[{"_id":"b"}]}' });
	expect(bulk.status).toBe(201);
	expect(await bulk.json()).toEqual([expect.objectContaining({ ok: true, id: 'b' })]);
	const changes = await send(`${db.url}/_changes?since=0`, right);
	expect(changes.status).toBe(200);
	expect(((await changes.json()) as { results: Array<{ id: string }> }).results.map((c) => c.id).sort()).toEqual([
		'a',
		'b'
	]);

	// Another learner's password does not open this database.
	await syncServer.createLearner(`${db.name}-other`, `${db.user}-other`, 'other-password');
	expect((await send(db.url, basicAuth(`${db.user}-other`, 'other-password'))).status).toBe(401);
});

test('a planted document is listed, with its body', async ({ learnerDatabase: db, syncServer }) => {
	expect(await syncServer.allDocs(db.name)).toEqual([]);
	await syncServer.putDoc(db.name, { _id: 'hostile', kind: 'answer', grade: '<img src=x onerror=alert(1)>' });
	const docs = await syncServer.allDocs(db.name);
	expect(docs).toEqual([
		expect.objectContaining({ _id: 'hostile', kind: 'answer', grade: '<img src=x onerror=alert(1)>' })
	]);
	expect(await syncServer.docCount(db.name)).toBe(1);
	// The server refuses what CouchDB refuses, and putDoc says so.
	await expect(syncServer.putDoc(db.name, { _id: 'bad', _nonsense: 1 })).rejects.toThrow(/doc_validation/);
});

test('kill() takes the server away; restart() brings it back empty', async ({ learnerDatabase: db, syncServer }) => {
	await syncServer.putDoc(db.name, { _id: 'kept?' });
	await syncServer.kill();
	expect(syncServer.running).toBe(false);
	const refused = await send(`${syncServer.origin}/`).then(
		() => 'answered',
		(error: Error & { cause?: { code?: string } }) => error.cause?.code
	);
	expect(refused).toBe('ECONNREFUSED');

	await syncServer.restart();
	expect(syncServer.running).toBe(true);
	expect((await send(`${syncServer.origin}/`)).status).toBe(200);
	// Empty: the database and its learner are gone (the learner's password no longer opens anything).
	await expect(syncServer.docCount(db.name)).rejects.toThrow(/404/);
	expect((await send(db.url, basicAuth(db.user, db.password))).status).toBe(401);
	// And working: a new learner can use it.
	const url = await syncServer.createLearner(db.name, db.user, db.password);
	const auth = basicAuth(db.user, db.password);
	expect((await send(`${url}/again`, auth, { method: 'PUT', body: '{}' })).status).toBe(201);
	expect(await syncServer.docCount(db.name)).toBe(1);
});

test('the app’s origin may send basic auth to the server', async ({ learnerDatabase: db, browser, baseURL }) => {
	const appOrigin = new URL(baseURL ?? 'http://localhost:4173').origin;
	const preflight = await send(`${db.url}/_bulk_docs`, undefined, {
		method: 'OPTIONS',
		headers: {
			Origin: appOrigin,
			'Access-Control-Request-Method': 'POST',
			'Access-Control-Request-Headers': 'authorization,content-type'
		}
	});
	expect(preflight.status).toBeLessThan(300);
	expect(preflight.headers.get('access-control-allow-origin')).toBe(appOrigin);
	expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
	expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase().split(',')).toContain('authorization');
	expect(preflight.headers.get('access-control-allow-methods')?.split(',')).toContain('POST');

	// And a real browser agrees, from the app's own page. Its CSP (connect-src 'self') would stop
	// the probe before CORS is asked, so this context bypasses it; and it must be a page really
	// served from loopback: Chromium's Local Network Access refuses a page Playwright fulfils itself.
	const context = await browser.newContext({ bypassCSP: true, baseURL });
	const page = await context.newPage();
	await page.goto('/');
	const statuses = await page.evaluate(
		async ({ url, right, wrong }) => {
			const get = async (auth: string) =>
				(await fetch(url, { headers: { Authorization: auth }, credentials: 'include' })).status;
			const put = await fetch(`${url}/from-browser`, {
				method: 'PUT',
				headers: { Authorization: right, 'Content-Type': 'application/json' },
				body: '{}',
				credentials: 'include'
			});
			return { right: await get(right), wrong: await get(wrong), put: put.status };
		},
		{ url: db.url, right: basicAuth(db.user, db.password), wrong: basicAuth(db.user, 'nope') }
	);
	await context.close();
	expect(statuses).toEqual({ right: 200, wrong: 401, put: 201 });
});

// The next two run in order, in one worker: the first leaves the server dead, the second finds it back.
test('a learner creating a database crashes pouchdb-server 4.2.0 (so apps must use skip_setup)', async ({
	learnerDatabase: db,
	syncServer
}) => {
	const crash = await send(`${syncServer.origin}/${db.name}-new`, basicAuth(db.user, db.password), {
		method: 'PUT'
	}).then(
		(response) => response.status,
		() => 'no answer'
	);
	expect(crash).toBe('no answer');
	await expect.poll(() => syncServer.running).toBe(false);
	expect(syncServer.output()).toContain('db.info is not a function');
});

test('the next test finds the server back, empty', async ({ learnerDatabase: db, syncServer }) => {
	expect(syncServer.running).toBe(true);
	expect(await syncServer.docCount(db.name)).toBe(0);
	expect((await send(db.url, basicAuth(db.user, db.password))).status).toBe(200);
});
