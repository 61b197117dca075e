import type { FastifyRequest } from 'fastify';
import { isInspector, type AgentRuntime } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import type { RecordingRow } from '../../../store/index.ts';
import type { ApiServices } from '../../services.ts';
import { hasAudioFile, recordingReply, recordingsZipReply } from '../../ccfs/recording-access.ts';

/** The gateway's download Content-Type, as 13.1.2.1 prints it (ref L66800). */
export const gatewayOctetStream = 'application/octet-stream;charset=utf-8';

/** Table 6-449 texts of the download codes (ref L21300–21330, L21380–21420). */
const downloadMessages = {
  '104-002': 'No recording inspection or playback permission.',
  '104-003': 'Download failed: the file name is invalid.',
  '104-005': 'Download failed: the recording file does not exist.',
  '108-001': 'The video download function is not enabled.',
  '108-015': 'Failed to download the recording file.',
  '108-016': 'The recording download request is abnormal.',
} as const;

export function downloadFailure(code: keyof typeof downloadMessages, detail?: string): CecError {
  return new CecError(code, detail ? `${downloadMessages[code]} (${detail})` : downloadMessages[code]);
}

/**
 * Whose recordings an agent may download (decision 1312): its own; an inspector (§12.1) any agent's
 * of its tenant. Another tenant's recording is refused whatever the GUID (issue 10).
 */
export function mayDownload(agent: AgentRuntime, vdnId: number, row: RecordingRow): boolean {
  if (row.vdnId !== vdnId) return false;
  return row.agentId === String(agent.workNo) || isInspector(agent);
}

/** One recording as the gateway serves it, or several of one call as a ZIP. */
export function gatewayRecordingReply(services: ApiServices, request: FastifyRequest, rows: readonly RecordingRow[], missing: '104-005' | '108-015'): Promise<Record<string, unknown>> {
  const playable = rows.filter(hasAudioFile);
  if (playable.length === 0) throw downloadFailure(missing, 'the recording is still being recorded or has no audio');
  return playable.length === 1 ? recordingReply(services, request, playable[0]!, gatewayOctetStream) : recordingsZipReply(services, playable, playable[0]!.callId);
}
