export * from './user-groups.ts';
