export * from './cec-event.ts';
export * from './call-event-content.ts';
