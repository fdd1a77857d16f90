export * from './question';
export * from './generate';
export * from './review-question';
export * from './rng';
export { allowedKinds, chooseKind, type ReviewContext } from './policy';
export { answerKey, judgeTyped } from './typed-answer';
export { groupOfFact, pairedCount, startPairing, tap, type Pairing, type PairingEvent, type Side } from './pairing';
