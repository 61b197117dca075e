export * from './tenant-volume.ts';
export * from './volume-file.ts';
export * from './signed-links.ts';
export * from './third-party-upload.ts';
