export * from './generate';
export * from './rng';
export { factsOverlap, isArguablyTrueOf, normaliseAnswer } from './overlap';
