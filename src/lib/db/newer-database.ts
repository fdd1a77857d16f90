import Dexie from 'dexie';

/**
 * Leaves a database written by a newer Stride alone.
 *
 * Stride opens its database at the version its schema declares (Dexie: version N is IndexedDB
 * version N × 10). When the stored database is newer (a newer Stride in another tab, or from
 * a device sync), IndexedDB refuses that open with a VersionError, without changing anything.
 * Dexie 4 then does not fail: it reopens at whatever version is installed and uses it, and
 * when the installed stores lack some of ours it upgrades the database to the next version
 * to add them ("Dexie SchemaDiff" in dexieOpen, dexie 4.4.7). An older Stride would then write
 * rows a newer one does not expect, or show a learner with new, empty stores.
 *
 * So the factory Dexie opens Stride's database through lets that first VersionError stand:
 * once IndexedDB has said the database is newer, every later open of it fails with a
 * NewerDatabaseError before any request reaches IndexedDB, and an open without a version (how
 * Dexie adapts to the installed one; Stride's schema never asks for it) is refused too. The
 * answer comes from the open Dexie makes anyway, so an ordinary start costs nothing extra,
 * and a newer version installed at any moment before that open is caught, not only one
 * installed before some earlier check.
 */
class NewerDatabaseError extends Error {
	override name = 'NewerDatabaseError';
	constructor(databaseName: string) {
		super(
			`your saved progress ("${databaseName}") was written by a newer version of Stride, so this one leaves it as it is`
		);
	}
}

/** Whether `error` (or a cause Dexie wrapped it in) says the database is newer than the app. */
export function isNewerDatabase(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		if (current instanceof NewerDatabaseError || (current as { name?: unknown }).name === 'NewerDatabaseError')
			return true;
		current = (current as { inner?: unknown }).inner;
	}
	return false;
}

/**
 * `factory` as it is, except for opens of the database `name`: see the module comment. Other
 * databases and every other method (`databases`, `deleteDatabase`, `cmp`) go straight through;
 * `factory.open` is looked up at each call, so a later replacement (a test's spy) still applies.
 */
function refuseNewer(factory: IDBFactory, name: string): IDBFactory {
	let newer = false;
	const open = (dbName: string, version?: number): IDBOpenDBRequest => {
		if (dbName !== name) return factory.open(dbName, version);
		if (newer || version === undefined) {
			newer = true;
			throw new NewerDatabaseError(name);
		}
		const request = factory.open(dbName, version);
		// Added before Dexie sets `onerror`, so this runs first; Dexie's retry comes later still.
		request.addEventListener('error', () => {
			if (request.error?.name === 'VersionError') newer = true;
		});
		return request;
	};
	return new Proxy(factory, {
		get(target, property) {
			if (property === 'open') return open;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/**
 * The browser's IndexedDB factory (as Dexie finds it), refusing newer versions of `name`: for
 * `openDatabase`'s `indexedDB` option. Undefined where there is no IndexedDB at all, which
 * Dexie then reports itself (MissingAPIError) when it opens.
 */
export function factoryLeavingNewerAlone(name: string): IDBFactory | undefined {
	const native = Dexie.dependencies.indexedDB as IDBFactory | null | undefined;
	return native ? refuseNewer(native, name) : undefined;
}
