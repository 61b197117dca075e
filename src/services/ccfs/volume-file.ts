import type { RecordingStore, StoredFile } from '../../media/recordings/index.ts';
import type { VolumePath } from './tenant-volume.ts';

/** A file of the volume that exists: its key and size, for a download reply. */
export interface VolumeFile {
  readonly key: string;
  readonly file: StoredFile;
  readonly fileName: string;
}

/** The volume file at `path`, or undefined. */
export async function statVolumeFile(files: RecordingStore, path: VolumePath): Promise<VolumeFile | undefined> {
  const file = await files.stat(path.key);
  return file ? { key: path.key, file, fileName: path.segments[path.segments.length - 1]! } : undefined;
}

/** Which VDN an IVR or third-party voice-message path belongs to: `/{vdn}/…` or `/3rdfile/{vdn}/…` (ref L66775–66785). */
export function voiceMessageVdn(path: VolumePath): number | undefined {
  const text = path.segments[0] === '3rdfile' || path.segments[0] === 'voice' ? path.segments[1] : path.segments[0];
  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}
