export * from './chat-settings.ts';
export * from './chat-message.ts';
export * from './uplink-content.ts';
export * from './downlink-mailbox.ts';
export * from './chat-files.ts';
export * from './working-time.ts';
