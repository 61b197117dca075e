export * from './dialer-spec.ts';
export * from './calling-window.ts';
export * from './call-policy.ts';
export * from './fail-codes.ts';
export * from './retry-policy.ts';
export * from './pacer.ts';
export * from './answer-rate.ts';
