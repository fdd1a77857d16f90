export * from './types';
export * from './day';
export * from './queue';
export { applyGrade, newCardState, recallProbability } from './scheduler';
