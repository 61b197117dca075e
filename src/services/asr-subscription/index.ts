export * from './asr-subscriptions.ts';
export * from './asr-transcript-feed.ts';
export * from './asr-nlp.ts';
