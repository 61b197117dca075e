import { open } from 'node:fs/promises';
import { storedWavDurationMs, wavHeaderBytesMax, wavHeaderDurationMs } from '../../../media/recordings/index.ts';
import type { ApiServices } from '../../services.ts';
import { asFinished, hasAudioFile, tenantRecordingByPath } from '../../ccfs/recording-access.ts';

/**
 * What a file to play is, read before the engine runs (the engine does no I/O): the real length,
 * from its WAV header, of the tenant's recording the path names or of an approved announcement
 * (a 5.4.4 voice file, `Y:/IVR/{vdnId}/voice/{type}/{name}.wav`); null when nothing playable is
 * there (another VDN's file, a live or screen recording, an unknown path), which the phone reports
 * as AgentMediaEvent_Play_Fail. `otherTenant` lets netplay answer 100-018.
 */
export async function playSource(services: ApiServices, vdnId: number, path: string): Promise<{ durationMs: number | null; otherTenant: boolean }> {
  const announcement = /^[A-Za-z]:[\\/]+IVR[\\/]+(\d+)[\\/]/i.exec(path);
  if (announcement) {
    if (Number(announcement[1]) !== vdnId) return { durationMs: null, otherTenant: true };
    return { durationMs: await announcementDurationMs(services, vdnId, path), otherTenant: false };
  }
  const row = await tenantRecordingByPath(services, vdnId, path);
  if (row === 'other-tenant') return { durationMs: null, otherTenant: true };
  if (!row || !hasAudioFile(row)) return { durationMs: null, otherTenant: false };
  const { key, file } = await services.cti.recordingFiles.ensure(await asFinished(services, row));
  return { durationMs: (await storedWavDurationMs(services.files, key, file)) ?? null, otherTenant: false };
}

/** An approved voice file of the tenant whose `fileUrl` the path is (either slash, any drive letter case). */
async function announcementDurationMs(services: ApiServices, vdnId: number, path: string): Promise<number | null> {
  const wanted = path.replaceAll('\\', '/').toLowerCase();
  const file = (await services.repos.voiceAssets.listFiles(vdnId)).find((f) => f.fileUrl.toLowerCase() === wanted && f.reviewStatus === '2');
  if (!file) return null;
  const handle = await open(file.storagePath).catch(() => undefined);
  if (!handle) return null;
  try {
    const head = Buffer.alloc(wavHeaderBytesMax);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return wavHeaderDurationMs(head.subarray(0, bytesRead), (await handle.stat()).size) ?? null;
  } finally {
    await handle.close();
  }
}

/** `speedchange` (default "50", normal speed) as a play-out rate, kept within half to double speed (decision 1310). */
export function playRate(speedchange: string | undefined): number {
  const value = speedchange === undefined || speedchange === '' ? 50 : Number(speedchange);
  if (!Number.isFinite(value) || value <= 0) return 1;
  return Math.min(2, Math.max(0.5, value / 50));
}
