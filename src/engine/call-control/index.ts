export * from './call-merge.ts';
export * from './conference-join.ts';
export * from './consult.ts';
export * from './internal-call.ts';
export * from './ivr-hand-back.ts';
export * from './reactions.ts';
export * from './transfer-external.ts';
export * from './transfer.ts';
