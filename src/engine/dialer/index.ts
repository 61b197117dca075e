export * from './dialer-commands.ts';
export { previewCallout, releasePreview } from './preview.ts';
export { installDialer } from './reactions.ts';
export { Feature } from './network-dial.ts';
