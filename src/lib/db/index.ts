export * from './database';
export * from './settings';
export * from './answers';
export * from './today';
export * from './history';
