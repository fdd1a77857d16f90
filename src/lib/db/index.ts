export * from './database';
export * from './settings';
// answers.ts and save-settings.ts schedule cards (ts-fsrs): import them directly, where needed.
export * from './sessions';
export * from './today';
export * from './review-log';
