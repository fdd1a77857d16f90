export * from './question';
export * from './generate';
export * from './rng';
export { OPTION_COUNT } from './choice';
export { allowedKinds, chooseKind, RECALL_STABILITY_DAYS, type ReviewContext } from './policy';
export { answerKey, answerWords, judgeTyped, typoAllowance } from './typed-answer';
