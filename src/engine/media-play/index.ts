export * from './playback.ts';
export * from './reactions.ts';
export * from './screen-recording.ts';
export * from './self-recording.ts';
