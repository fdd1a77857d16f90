export * from './review-history';
export * from './items';
export * from './parameters';
export type { Evaluation } from './evaluate';
export * from './model-settings';
