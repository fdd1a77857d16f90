import { beforeAll, describe, expect, it } from 'vitest';
import { isKeyDocument, newKey, seal, unlockKey, unseal, type KeyDocument } from '$lib/sync/crypto';

/**
 * The encryption of synced documents, with Node's WebCrypto (the browser's API). Each key
 * derivation is 600,000 PBKDF2 rounds: the suite derives three.
 */

const PASSPHRASE = 'correct horse battery staple';
const FACT = 'glutes.exercise.glute-bridge';
const TYPED = 'Glute bridges with a pause';
const body = JSON.stringify({ type: 'entry', row: { id: 'answer-1', factId: FACT, given: TYPED } });

let key: CryptoKey;
let document: KeyDocument;

beforeAll(async () => {
	({ key, document } = await newKey(PASSPHRASE));
}, 20_000);

const decoded = (base64: string) => Buffer.from(base64, 'base64').toString('latin1');

describe('the key', () => {
	it('is unlocked by the same passphrase, and opens what the first key sealed', async () => {
		expect(isKeyDocument(document)).toBe(true);
		const sealed = await seal(key, 'answer-1', body);
		const unlocked = await unlockKey(document, PASSPHRASE);
		expect(unlocked).not.toBeNull();
		expect(await unseal(unlocked!, 'answer-1', sealed)).toBe(body);
	}, 20_000);

	it('is not unlocked by another passphrase', async () => {
		expect(await unlockKey(document, 'correct horse battery stapler')).toBeNull();
	}, 20_000);

	it('cannot be read back by any script', async () => {
		expect(key.extractable).toBe(false);
		expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
		await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
	});

	it('is described by a document that holds no secret: a random salt per database', async () => {
		expect(JSON.stringify(document)).not.toContain(PASSPHRASE);
		expect(document.iterations).toBe(600_000);
		expect(Buffer.from(document.salt, 'base64')).toHaveLength(16);
	});
});

describe('a sealed body', () => {
	it('holds none of its plaintext', async () => {
		const sealed = await seal(key, 'answer-1', body);
		for (const text of [sealed.data, decoded(sealed.data), sealed.iv]) {
			expect(text).not.toContain(FACT);
			expect(text).not.toContain(TYPED);
			expect(text).not.toContain('glutes');
		}
		expect(await unseal(key, 'answer-1', sealed)).toBe(body);
	});

	it('is sealed afresh each time: the same body twice gives different nonces and ciphertexts', async () => {
		const [one, two] = [await seal(key, 'answer-1', body), await seal(key, 'answer-1', body)];
		expect(one.iv).not.toBe(two.iv);
		expect(one.data).not.toBe(two.data);
	});

	it('does not open as another document (a server moving bodies between ids)', async () => {
		const sealed = await seal(key, 'answer-1', body);
		expect(await unseal(key, 'answer-2', sealed)).toBeNull();
	});

	it('does not open once any byte of it is changed', async () => {
		const sealed = await seal(key, 'answer-1', body);
		const bytes = Buffer.from(sealed.data, 'base64');
		for (const at of [0, Math.floor(bytes.length / 2), bytes.length - 1]) {
			const tampered = Buffer.from(bytes);
			tampered[at] = tampered[at]! ^ 0x01;
			expect(await unseal(key, 'answer-1', { ...sealed, data: tampered.toString('base64') })).toBeNull();
		}
		const iv = Buffer.from(sealed.iv, 'base64');
		iv[0] = iv[0]! ^ 0x80;
		expect(await unseal(key, 'answer-1', { ...sealed, iv: iv.toString('base64') })).toBeNull();
	});

	it('opens as null, not an exception, when it is not base64 at all', async () => {
		expect(await unseal(key, 'answer-1', { iv: '***', data: '@@@' })).toBeNull();
	});
});
