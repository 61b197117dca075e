export * from './chat-sessions.ts';
export * from './chat-bot.ts';
export * from './chat-routing.ts';
export * from './chat-offer.ts';
export * from './customer-send.ts';
export * from './agent-chat.ts';
export * from './chat-views.ts';
export * from './reactions.ts';
