export * from './types';
export * from './day';
export * from './queue';
export * from './leech';
export * from './explain';
export { applyGrade, newCardState, recallProbability, replayReviews, type GradedReview } from './scheduler';
