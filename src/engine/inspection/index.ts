export * from './forced-commands.ts';
export * from './inspection-scope.ts';
export * from './intercept.ts';
export * from './monitor-session.ts';
export * from './reactions.ts';
