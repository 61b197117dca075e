export * from './tenant-volume.ts';
export * from './volume-file.ts';
