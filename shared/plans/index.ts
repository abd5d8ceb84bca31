export * from './actuals';
export * from './progress';
export * from './versions';
