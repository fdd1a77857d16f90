export * from './card-state';
export * from './day';
export * from './order';
export * from './today-plan';
export * from './leech';
export * from './due-explanation';
export { recallProbability } from './recall';
// The scheduler is not re-exported: importing ts-fsrs loads all of it (it patches
// Date.prototype), so only code that answers cards imports './scheduler' directly.
export type { GradedReview } from './scheduler';
