import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import type { StrideDatabase } from '$lib/db';

/** The error a full disk gives an IndexedDB write. */
export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Makes writes to one table fail inside their transaction, as Dexie middleware: `failure`
 * returns the error a write rejects with, or null to let it through. The returned switch turns
 * the fault off (`enabled = false`) so a test can then write normally.
 */
export function failWrites(
	db: StrideDatabase,
	tableName: string,
	failure: (request: DBCoreMutateRequest) => Error | null
): { enabled: boolean } {
	const fault = { enabled: true };
	db.use({
		stack: 'dbcore',
		name: `fail-writes-${tableName}`,
		create(down: DBCore): Partial<DBCore> {
			return {
				...down,
				table(name: string): DBCoreTable {
					const table = down.table(name);
					if (name !== tableName) return table;
					return {
						...table,
						mutate(request: DBCoreMutateRequest) {
							const error = fault.enabled ? failure(request) : null;
							return error ? Promise.reject(error) : table.mutate(request);
						}
					};
				}
			};
		}
	});
	return fault;
}
