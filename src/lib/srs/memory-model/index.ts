export * from './review-history';
export * from './items';
export * from './parameters';
export * from './model-settings';
