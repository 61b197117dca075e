export * from './agent-journal.ts';
export * from './cdr-legs.ts';
export * from './recording.ts';
