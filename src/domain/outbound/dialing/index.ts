export * from './dialer-spec.ts';
