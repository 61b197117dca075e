export * from './agent-session.ts';
export * from './agent-settings.ts';
export * from './mobile-agent.ts';
export * from './notes.ts';
export * from './phone-token.ts';
export * from './skill-sign-in.ts';
export * from './phone-use.ts';
