// How big Stride's sync documents are on the server, and what a learner-year adds up to.
// Builds each kind of plaintext body as src/lib/db/sync/documents.ts does, seals it as
// src/lib/sync/crypto.ts does (AES-GCM 256, 12-byte random iv, the doc id as associated data,
// base64), and measures the JSON of the document as CouchDB stores it: _id, _rev, v, iv, data.
// `npm run sync-sizes`; nothing is sent anywhere.

const { subtle } = globalThis.crypto;
const uuid = () => globalThis.crypto.randomUUID();
const encoder = new TextEncoder();
const bytes = (text) => encoder.encode(text).length;
const base64 = (buffer) => Buffer.from(buffer).toString('base64');
const hex = (count) => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(count / 2))).toString('hex');

// A key as newKey() would derive it; its bytes do not change any size.
const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

async function seal(id, text) {
	const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
	const data = await subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: encoder.encode(id) },
		key,
		encoder.encode(text)
	);
	return { iv: base64(iv), data: base64(data) };
}

/** The document as the server stores it (first revision), and its plaintext body's size. */
async function stored(id, body) {
	const text = JSON.stringify(body);
	const doc = { _id: id, _rev: `1-${hex(32)}`, v: 1, ...(await seal(id, text)) };
	return { plain: bytes(text), stored: bytes(JSON.stringify(doc)) };
}

const at = Date.UTC(2026, 1, 9, 7, 30, 12, 345);
const day = '2026-02-09';
const sessionId = uuid();

// An answer's synced form: the review row without before, after and hadCard (entryOf).
const entry = (fields) => ({
	type: 'entry',
	row: {
		id: uuid(),
		factId: 'hamstrings.exercise.hamstring-curls',
		correct: true,
		answerMs: 6_843,
		kind: 'choose-fact',
		given: 'Hamstring curls',
		sessionId,
		reviewedAt: at,
		day,
		grade: 'good',
		...fields
	}
});

// FSRS-6 parameters as a fit stores them (rounded to 4 places, fit.ts), and its fit record.
const fitted = [
	0.2391, 1.1848, 2.9025, 9.1466, 6.5127, 0.7719, 2.8671, 0.0103, 1.7455, 0.1902, 0.8313, 1.5212, 0.0571, 0.2874,
	1.5902, 0.6433, 1.9511, 0.5187, 0.0823, 0.0731, 0.1488
];
const settings = {
	desiredRetention: 0.9,
	newPerDay: 10,
	reviewsPerDay: 100,
	dayStartHour: 4,
	learnAheadMinutes: 20,
	restDays: [6],
	memoryModel: {
		parameters: fitted,
		lastFit: {
			at: at - 3_600_000,
			reviews: 2_417,
			before: { logLoss: 0.3521847609153879, rmseBins: 0.0481365290511634 },
			after: { logLoss: 0.3310496274085166, rmseBins: 0.0326719047821558 },
			kept: true
		},
		setAside: null
	}
};

const kinds = {
	'multiple-choice answer': entry({}),
	'typed answer (~20 chars)': entry({
		factId: 'hip-flexors.exercise.lunges',
		kind: 'typed-exercise',
		given: 'walking lunges (deep)',
		answerMs: 11_204
	}),
	'leech reset': entry({
		factId: 'core.function.stabilises-pelvis',
		correct: false,
		answerMs: 0,
		kind: 'reset',
		given: '',
		sessionId: '',
		grade: 'reset'
	}),
	'undo or correction event': { type: 'event', event: { id: uuid(), type: 'undo', target: uuid(), at } },
	'settings event (fitted model)': { type: 'event', event: { id: uuid(), type: 'settings', at, settings } },
	'finished session': {
		type: 'session',
		row: { id: sessionId, startedAt: at - 300_000, finishedAt: at + 240_000, day, kind: 'today' }
	}
};

const idOf = (body) => (body.type === 'event' ? body.event.id : body.row.id);
const sizes = {};
for (const [name, body] of Object.entries(kinds)) sizes[name] = await stored(idOf(body), body);

// The one plaintext document: salt, iteration count and a sealed check text (crypto.ts newKey).
const keyDoc = {
	_id: 'stride-key',
	_rev: `1-${hex(32)}`,
	format: 'stride-sync',
	version: 1,
	salt: base64(globalThis.crypto.getRandomValues(new Uint8Array(16))),
	iterations: 600_000,
	check: await seal('stride-key', 'stride-sync-key-check')
};
const keyBytes = bytes(JSON.stringify(keyDoc));

const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
console.log('One document, as stored (JSON bytes; plaintext body before sealing in brackets)\n');
for (const [name, size] of Object.entries(sizes)) {
	console.log(`  ${pad(name, 32)} ${padStart(size.stored, 5)} B   (${size.plain} B plain)`);
}
console.log(`  ${pad('key document (once per database)', 32)} ${padStart(keyBytes, 5)} B`);

// A committed runner's year: DEFAULT_DAILY_LIMITS allow 10 new and 100 reviews a day; on an
// 89-fact deck a daily quiz is ~25–40 answers. 300 study days.
const studyDays = 300;
const year = [
	['multiple-choice answer', 'multiple-choice answer', 26 * studyDays],
	['typed answer', 'typed answer (~20 chars)', 6 * studyDays],
	['leech reset or unsuspend', 'leech reset', 6],
	['undo', 'undo or correction event', 2 * 52],
	['correction', 'undo or correction event', 1 * 52],
	['settings save', 'settings event (fitted model)', 10],
	['finished session', 'finished session', Math.round(1.2 * studyDays)]
];
console.log(`\nA learner-year: ${studyDays} study days, 32 answers a day (26 choice, 6 typed)\n`);
let documents = 1;
let total = keyBytes;
for (const [label, kind, count] of year) {
	const sum = count * sizes[kind].stored;
	documents += count;
	total += sum;
	console.log(
		`  ${pad(label, 26)} ${padStart(count.toLocaleString('en-GB'), 6)} × ${padStart(sizes[kind].stored, 4)} B = ${padStart((sum / 1024).toFixed(0), 5)} KB`
	);
}
const mb = (n) => (n / 1024 / 1024).toFixed(2);
console.log(`  ${pad('key document', 26)} ${padStart(1, 6)} × ${padStart(keyBytes, 4)} B`);
console.log(
	`\n  documents: ${documents.toLocaleString('en-GB')}; JSON bytes: ${total.toLocaleString('en-GB')} (${mb(total)} MB)`
);
console.log(`  on disk before compaction, ~2–3×: ${mb(2 * total)}–${mb(3 * total)} MB`);
console.log(
	`  10,000 learners: ${((10_000 * total) / 1024 ** 3).toFixed(1)} GB of documents a year, ` +
		`${((20_000 * total) / 1024 ** 3).toFixed(0)}–${((30_000 * total) / 1024 ** 3).toFixed(0)} GB on disk before compaction (one copy; n=3 replicas triple it)`
);
console.log(`
CouchDB's overhead (not counted above): each document also keeps its revision tree (one leaf,
as Stride never edits a document), a _changes entry (its seq) and entries in the by-id and by-seq
b-trees; the file is append-only, so b-tree nodes rewritten by each write pile up until
compaction (automatic in CouchDB 3, by its smoosh daemon) reclaims them. Expect roughly 2–3× the
JSON bytes on disk before compaction, less after. Ciphertext in base64 barely compresses, so
CouchDB's file compression (snappy) gains little. Replication checkpoints are a few _local
documents per device.`);
