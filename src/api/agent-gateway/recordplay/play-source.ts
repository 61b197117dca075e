import { storedWavDurationMs } from '../../../media/recordings/index.ts';
import type { ApiServices } from '../../services.ts';
import { asFinished, hasAudioFile, tenantRecordingByPath } from '../../ccfs/recording-access.ts';

/**
 * What a file to play is, read before the engine runs (the engine does no I/O): the real length of
 * the tenant's recording the path names, from its WAV header, or null when nothing playable is
 * there (another VDN's recording, a live or screen recording, an unknown path), which the phone
 * reports as AgentMediaEvent_Play_Fail. `otherTenant` lets netplay answer 100-018.
 */
export async function playSource(services: ApiServices, vdnId: number, path: string): Promise<{ durationMs: number | null; otherTenant: boolean }> {
  const row = await tenantRecordingByPath(services, vdnId, path);
  if (row === 'other-tenant') return { durationMs: null, otherTenant: true };
  if (!row || !hasAudioFile(row)) return { durationMs: null, otherTenant: false };
  const { key, file } = await services.cti.recordingFiles.ensure(asFinished(row));
  return { durationMs: (await storedWavDurationMs(services.files, key, file)) ?? null, otherTenant: false };
}

/** `speedchange` (default "50", normal speed) as a play-out rate, kept within half to double speed (decision 1310). */
export function playRate(speedchange: string | undefined): number {
  const value = speedchange === undefined || speedchange === '' ? 50 : Number(speedchange);
  if (!Number.isFinite(value) || value <= 0) return 1;
  return Math.min(2, Math.max(0.5, value / 50));
}
