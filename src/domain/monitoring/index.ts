export * from './cms-result-codes.ts';
