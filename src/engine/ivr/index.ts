export * from './ivr-runner.ts';
export * from './reactions.ts';
export * from './voice-bot.ts';
export { callerSays, startVoiceBot, voiceBotAnswers, voiceBotFails, voiceBotUseridPrefix } from './voice-bot-ivr.ts';
