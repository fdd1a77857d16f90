/**
 * End-to-end encryption of what Stride syncs, with the browser's WebCrypto: AES-GCM, 256-bit,
 * the key derived from the learner's passphrase by PBKDF2 (SHA-256) with a random salt per
 * sync database. The server only ever holds ciphertext and the salt; the passphrase is never
 * stored or sent, and the key is non-extractable (no script can read its bytes back).
 */

/** The one plaintext document in a sync database: how to derive its key, and a check of it. */
export interface KeyDocument {
	_id: typeof KEY_DOCUMENT_ID;
	format: 'stride-sync';
	version: 1;
	salt: string;
	iterations: number;
	/** A known text sealed with the key: opening it proves a passphrase is the right one. */
	check: Sealed;
}

/** A document body as the server stores it: AES-GCM ciphertext and its nonce, in base64. */
export interface Sealed {
	iv: string;
	data: string;
}

export const KEY_DOCUMENT_ID = 'stride-key';
/** OWASP's figure for PBKDF2-SHA256 (2023): under a second once per device, costly to guess at. */
const ITERATIONS = 600_000;
const CHECK_TEXT = 'stride-sync-key-check';

const toBase64 = (bytes: Uint8Array): string => {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
};

const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
		'deriveKey'
	]);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/**
 * Seals `text` as the body of document `id`. The id is the cipher's associated data, so a
 * server that moves a body to another document makes it fail to open rather than lie.
 */
export async function seal(key: CryptoKey, id: string, text: string): Promise<Sealed> {
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const data = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(id) },
		key,
		new TextEncoder().encode(text)
	);
	return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Opens a sealed body of document `id`; null if it was not sealed with this key for this id. */
export async function unseal(key: CryptoKey, id: string, sealed: Sealed): Promise<string | null> {
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: new TextEncoder().encode(id) },
			key,
			fromBase64(sealed.data)
		);
		return new TextDecoder().decode(plain);
	} catch {
		return null;
	}
}

/** A new sync database's key document, with a fresh random salt, and the key it describes. */
export async function newKey(passphrase: string): Promise<{ key: CryptoKey; document: KeyDocument }> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const key = await deriveKey(passphrase, salt, ITERATIONS);
	return {
		key,
		document: {
			_id: KEY_DOCUMENT_ID,
			format: 'stride-sync',
			version: 1,
			salt: toBase64(salt),
			iterations: ITERATIONS,
			check: await seal(key, KEY_DOCUMENT_ID, CHECK_TEXT)
		}
	};
}

/** Whether a document read from a server is a key document this version understands. */
export function isKeyDocument(value: unknown): value is KeyDocument {
	const doc = value as Partial<KeyDocument> | null;
	return (
		typeof doc === 'object' &&
		doc !== null &&
		doc._id === KEY_DOCUMENT_ID &&
		doc.format === 'stride-sync' &&
		doc.version === 1 &&
		typeof doc.salt === 'string' &&
		Number.isInteger(doc.iterations) &&
		doc.iterations! >= 100_000 &&
		doc.iterations! <= 10_000_000 &&
		isSealed(doc.check)
	);
}

export function isSealed(value: unknown): value is Sealed {
	const sealed = value as Partial<Sealed> | null;
	return (
		typeof sealed === 'object' && sealed !== null && typeof sealed.iv === 'string' && typeof sealed.data === 'string'
	);
}

/** The key a passphrase gives for an existing sync database; null when it is not that database's passphrase. */
export async function unlockKey(document: KeyDocument, passphrase: string): Promise<CryptoKey | null> {
	let salt: Uint8Array<ArrayBuffer>;
	try {
		salt = fromBase64(document.salt);
	} catch {
		return null;
	}
	const key = await deriveKey(passphrase, salt, document.iterations);
	return (await unseal(key, KEY_DOCUMENT_ID, document.check)) === CHECK_TEXT ? key : null;
}
