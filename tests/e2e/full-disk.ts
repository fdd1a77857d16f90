import type { Page } from '@playwright/test';

/**
 * A full disk, as Chromium reports it to IndexedDB, switched on and off from the test.
 *
 * What Chromium does (content/browser/indexed_db, `Transaction::Commit`): a write request itself
 * succeeds — the value is only queued in the transaction. When the transaction commits (on its
 * own once no request is pending, or on `commit()`), the browser checks that the transaction's
 * estimated size fits in the disk space left; if it does not, the whole transaction is aborted
 * with a QuotaExceededError: every write in it is undone, the `abort` event fires and
 * `transaction.error.name` is "QuotaExceededError". Empty and delete-only transactions are
 * always let through ("Always allow empty or delete-only transactions").
 *
 * The init script models exactly that in the page, in front of the real IndexedDB (no app code
 * is touched):
 * - `put`, `add` (object stores) and `update` (cursors) mark their transaction as refused while
 *   the disk is full; the request goes to the real IndexedDB and succeeds as it would.
 *   `delete` and `clear` do not (a delete-only transaction commits on a full disk too).
 * - A refused transaction is kept from committing by reads of its own (a `get` that finds
 *   nothing), placed one after another; when one of them completes and the app has placed no
 *   request since, the app has nothing left to do in that transaction — the moment it would
 *   commit — and it is aborted, with `transaction.error` a QuotaExceededError. So the app sees
 *   what it would see in Chromium: its requests succeeded, then the transaction aborted, and
 *   nothing was stored.
 * - `commit()` on a refused transaction is left to the same check instead of committing.
 *
 * The switch lives in sessionStorage, so it holds across navigations and reloads of the tab;
 * the init script must be installed before the first navigation.
 */

const FLAG = 'stride-test-disk-full';

export async function installFullDisk(page: Page): Promise<void> {
	await page.addInitScript((flag: string) => {
		const scope = globalThis as unknown as { strideRefusedWrites: string[] };
		/** The stores written to in each refused transaction, for the test to check the fault was hit. */
		scope.strideRefusedWrites = [];
		const isFull = () => {
			try {
				return sessionStorage.getItem(flag) === '1';
			} catch {
				return false;
			}
		};
		const quotaError = () => {
			const message = 'The quota has been exceeded.';
			// Chromium now has QuotaExceededError as its own DOMException subclass; older ones name it.
			const Quota = (globalThis as unknown as { QuotaExceededError?: new (message: string) => DOMException })
				.QuotaExceededError;
			return Quota ? new Quota(message) : new DOMException(message, 'QuotaExceededError');
		};

		/** Requests the app placed on each refused transaction since it was refused. */
		const refused = new WeakMap<IDBTransaction, { placed: number }>();
		const originalGet = IDBObjectStore.prototype.get;

		function refuse(transaction: IDBTransaction, store: IDBObjectStore): void {
			scope.strideRefusedWrites.push(store.name);
			if (refused.has(transaction)) return;
			const state = { placed: 0 };
			refused.set(transaction, state);
			const holdUntilIdle = () => {
				const placedBefore = state.placed;
				let probe: IDBRequest;
				try {
					probe = originalGet.call(store, '\uffff stride-test-full-disk probe');
				} catch {
					return; // The transaction already ended (the app aborted it, or it failed).
				}
				probe.addEventListener('success', () => {
					if (state.placed !== placedBefore) {
						holdUntilIdle();
						return;
					}
					const error = quotaError();
					Object.defineProperty(transaction, 'error', { configurable: true, get: () => error });
					try {
						transaction.abort();
					} catch {
						// Already finished: the app aborted it meanwhile.
					}
				});
			};
			holdUntilIdle();
		}

		const count = (transaction: IDBTransaction | null | undefined) => {
			const state = transaction && refused.get(transaction);
			if (state) state.placed++;
		};
		type Method = (...args: unknown[]) => unknown;
		const wrap = <T extends object>(
			proto: T,
			names: string[],
			transactionOf: (self: T) => IDBTransaction | null | undefined,
			after?: (self: T) => void
		) => {
			for (const name of names) {
				const original = (proto as Record<string, Method>)[name];
				if (typeof original !== 'function') continue;
				(proto as Record<string, Method>)[name] = function (this: T, ...args: unknown[]) {
					const result = original.apply(this, args);
					count(transactionOf(this));
					after?.(this);
					return result;
				};
			}
		};
		const storeOfCursor = (cursor: IDBCursor) =>
			cursor.source instanceof IDBIndex ? cursor.source.objectStore : (cursor.source as IDBObjectStore);

		const reads = ['get', 'getKey', 'getAll', 'getAllKeys', 'getAllRecords', 'count', 'openCursor', 'openKeyCursor'];
		wrap(IDBObjectStore.prototype, [...reads, 'delete', 'clear'], (store) => store.transaction);
		wrap(IDBIndex.prototype, reads, (index) => index.objectStore.transaction);
		wrap(
			IDBCursor.prototype,
			['continue', 'advance', 'continuePrimaryKey', 'delete'],
			(cursor) => cursor.request.transaction
		);
		wrap(
			IDBObjectStore.prototype,
			['put', 'add'],
			(store) => store.transaction,
			(store) => isFull() && refuse(store.transaction, store)
		);
		wrap(
			IDBCursor.prototype,
			['update'],
			(cursor) => cursor.request.transaction,
			(cursor) => isFull() && refuse(cursor.request.transaction!, storeOfCursor(cursor))
		);

		const commit = IDBTransaction.prototype.commit;
		if (commit) {
			IDBTransaction.prototype.commit = function (this: IDBTransaction) {
				if (!refused.has(this)) commit.call(this);
			};
		}
	}, FLAG);
}

/** Fills the disk (every transaction that writes aborts at commit) or frees it again. */
export async function setDiskFull(page: Page, full: boolean): Promise<void> {
	await page.evaluate(([flag, on]) => (on ? sessionStorage.setItem(flag, '1') : sessionStorage.removeItem(flag)), [
		FLAG,
		full
	] as const);
}

/** The stores this page tried to write while the disk was full (each write refused). */
export async function refusedWrites(page: Page): Promise<string[]> {
	return page.evaluate(() => [...(globalThis as unknown as { strideRefusedWrites: string[] }).strideRefusedWrites]);
}
