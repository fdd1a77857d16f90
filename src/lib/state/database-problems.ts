/**
 * App-wide database problems (another tab upgraded the schema, the database can't be opened),
 * reported by the connection in `connection.ts` and shown by the layout. Kept apart from the
 * connection so that the layout, on every page, does not load Dexie: the learn pages never
 * touch storage.
 */
let problem: string | null = null;
const problemListeners = new Set<(message: string) => void>();

export function reportProblem(message: string): void {
	problem = message;
	for (const listener of problemListeners) listener(message);
}

/** Calls `listener` with each app-wide database problem, including one that happened before. */
export function onDatabaseProblem(listener: (message: string) => void): () => void {
	problemListeners.add(listener);
	if (problem !== null) listener(problem);
	return () => problemListeners.delete(listener);
}
