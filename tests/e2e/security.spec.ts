import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const PAGES = ['/', '/quiz', '/review', '/progress', '/data', '/memory', '/sync'];

/** Records every Content-Security-Policy violation the page reports. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const scope = window as unknown as { violations: string[] };
		scope.violations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			scope.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
		});
	});
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((tokens) => tokens[0])
			.map(([name, ...values]) => [name!, values])
	);
}

test('every page has a strict Content-Security-Policy and works under it, without a violation', async ({
	page,
	learner
}) => {
	await recordViolations(page);
	for (const path of PAGES) {
		const response = await page.goto(path);
		const html = await response!.text();
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(policy, path).toBeDefined();
		const csp = directives(policy!);
		const scripts = csp.get('script-src')!;
		// Our own files, WebAssembly's compile (the memory model's optimiser) and the boot script's hash: no eval.
		expect(scripts.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		for (const source of scripts.slice(2)) expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		// Sync reaches the learner's own server: https anywhere, plain http only on this device.
		expect(csp.get('connect-src')).toEqual(["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(scripts).not.toContain("'unsafe-inline'");
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		expect(await violations(page), path).toEqual([]);
	}

	await page.goto('/quiz');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await learner.answerByKeyboard(true);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of 11')).toBeVisible();
	await learner.answerByKeyboard(false);
	expect(await violations(page)).toEqual([]);
});

test('the policy blocks injected inline scripts, inline handlers and eval', async ({ page }) => {
	await recordViolations(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	const outcome = await page.evaluate(async () => {
		const scope = window as unknown as { injected?: string };
		const script = document.createElement('script');
		script.textContent = 'window.injected = "inline script ran"';
		document.body.append(script);
		const image = document.createElement('img');
		image.setAttribute('onerror', 'window.injected = "handler ran"');
		image.src = 'data:image/png;base64,broken';
		document.body.append(image);
		await new Promise((resolve) => setTimeout(resolve, 200));
		let evaluated = 'eval ran';
		try {
			(0, eval)('1 + 1');
		} catch (error) {
			evaluated = (error as Error).name;
		}
		image.remove();
		return { injected: scope.injected ?? null, evaluated };
	});
	expect(outcome).toEqual({ injected: null, evaluated: 'EvalError' });
	expect(await violations(page)).toEqual(
		expect.arrayContaining([
			'script-src-elem blocked inline',
			'script-src-attr blocked inline',
			'script-src blocked eval'
		])
	);
});

// A meta CSP cannot carry frame-ancestors and X-Frame-Options cannot be a meta tag: only the
// server can forbid framing. The preview server sends what static/_headers asks a host to send.
test('the server forbids framing on every response: frame-ancestors and X-Frame-Options', async ({ request }) => {
	for (const path of [
		'/',
		'/quiz',
		'/fact/not-a-fact',
		'/a/b/c',
		'/200.html',
		'/service-worker.js',
		'/favicon.svg',
		'/_app/version.json'
	]) {
		const response = await request.get(path);
		const headers = response.headersArray();
		const values = (name: string) =>
			headers.filter((header) => header.name.toLowerCase() === name).map((header) => header.value);
		expect(
			values('content-security-policy').some(
				(policy) => directives(policy).get('frame-ancestors')?.join(' ') === "'none'"
			),
			path
		).toBe(true);
		expect(values('x-frame-options'), path).toEqual(['DENY']);
		expect(values('x-content-type-options'), path).toEqual(['nosniff']);
		expect(values('referrer-policy'), path).toEqual(['no-referrer']);
	}
});

test('a page on another origin cannot frame the app', async ({ page, baseURL }) => {
	// The attacker's page, served from a loopback origin of its own (127.0.0.1, another port:
	// not the app's localhost origin; loopback, so Chromium's local-network rules don't block
	// the frame for another reason). It frames the app, and a page of its own as the control.
	const attacker = createServer((request, response) => {
		response.setHeader('Content-Type', 'text/html');
		response.end(
			request.url === '/inner'
				? '<title>inner</title><h1>Attacker inner page</h1>'
				: `<title>attacker</title><iframe id="app" title="app" src="${baseURL}/"></iframe><iframe id="control" title="control" src="/inner"></iframe>`
		);
	});
	await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
	const messages: string[] = [];
	page.on('console', (message) => messages.push(message.text()));
	try {
		await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
		await expect(page.frameLocator('#control').getByRole('heading', { name: 'Attacker inner page' })).toBeVisible();
		const app = page.frameLocator('#app');
		// Chromium says why: "Framing 'http://localhost:4173/' violates … "frame-ancestors 'none'"".
		await expect
			.poll(() => messages.filter((text) => text.includes(`${baseURL}/`)).join('\n'))
			.toMatch(/frame-ancestors 'none'|X-Frame-Options/);
		expect(page.frames().map((frame) => frame.url())).not.toContain(`${baseURL}/`);
		await expect(app.getByRole('heading', { name: 'Today', exact: true })).toHaveCount(0);
		await expect(app.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	} finally {
		await new Promise((resolve) => attacker.close(resolve));
	}
});
