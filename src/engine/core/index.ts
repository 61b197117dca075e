export * from './call-control-types.ts';
export * from './cdr-leg.ts';
export * from './engine-core.ts';
export * from './engine-types.ts';
export * from './keyed-mutex.ts';
export * from './tenant-config-types.ts';
export * from './monitor-types.ts';
