import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { downloadFailure } from './gateway-download.ts';

/**
 * CEC §13.1.3.1 videofiledownload (ref L66956) and §13.1.3.2 videofiledownloadEx (ref L67059) need
 * IF_SUPPORT_VIDEO on; the simulated network carries voice only (decision 0412), so no video file
 * ever exists and both answer the first documented code, 108-001 "video download function not
 * enabled" (decision 1312), to a signed-in agent.
 */
function videoEndpoint(section: string, name: string, summary: string, segment: string, query: ReturnType<typeof Type.Object>, errors: string[]) {
  return defineEndpoint({
    section,
    name,
    summary,
    method: 'GET',
    path: `/agentgateway/resource/recordfile/{agentid}/${segment}`,
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: AgentIdParams,
    query,
    errors: ['100-006', ...errors],
    gaps: 'Voice-only network: no video is recorded, so the download is never enabled (108-001, decision 1312).',
    async handler({ request }) {
      signedInEngine(request);
      throw downloadFailure('108-001');
    },
  });
}

export const downloadVideoFile = videoEndpoint(
  '13.1.3.1',
  'downloadVideoFile',
  'Downloading video files',
  'videofiledownload',
  // The URI prints `confereceld` (ref L66975), the table `conferenceId`: both are accepted.
  Type.Object({ conferenceId: Type.Optional(Type.String()), confereceld: Type.Optional(Type.String()), recordId: Type.Optional(Type.String()), fileType: Type.Optional(Type.String()) }),
  ['108-001', '108-002', '108-003', '108-004', '108-005', '108-006', '108-007', '108-008', '108-009'],
);

export const downloadVideoFileEx = videoEndpoint(
  '13.1.3.2',
  'downloadVideoFileEx',
  'Downloading video files (extended)',
  'videofiledownloadEx',
  Type.Object({ recordId: Type.Optional(Type.String()), locationId: Type.Optional(Type.String()) }),
  ['108-001', '104-003', '104-010', '108-002', '108-011', '108-009', '108-012', '108-013'],
);
