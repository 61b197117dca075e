import { Type } from '@sinclair/typebox';
import { parseCallId } from '../../../domain/ids/index.ts';
import { isInspector } from '../../../engine/index.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { tenantRecordingByPath } from '../../ccfs/recording-access.ts';
import { signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { ivrVoiceMessageReply } from './ivr-voice-message.ts';
import { downloadFailure, gatewayOctetStream, gatewayRecordingReply, mayDownload } from './gateway-download.ts';

const RecordFileQuery = Type.Object({
  recordId: Type.Optional(Type.String({ maxLength: 255 })),
  filetype: Type.Optional(Type.String({ pattern: '^[12]$' })),
  locationId: Type.Optional(Type.String({ maxLength: 10 })),
});

/**
 * CEC §13.1.2.1 recordfile/{agentid}?recordId= (ref L66730): the recording the
 * AgentMediaEvent_Record `fileName` names (`y:\1\0\20181217\120\1524488.V3`, either slash),
 * streamed with ranges; `filetype=2` names an IVR voice message (`y:/1/record/{date}/{name}.wav`).
 * Unknown or still recording: 104-005; not a recording path: 104-003; another agent's (unless an
 * inspector) or another VDN's: 104-002 (decision 1312).
 */
export const downloadRecordFileGateway = defineEndpoint({
  section: '13.1.2.1',
  name: 'downloadRecordFile',
  summary: 'Downloading recordings',
  method: 'GET',
  path: '/agentgateway/resource/recordfile/{agentid}',
  binaryReply: [gatewayOctetStream],
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: RecordFileQuery,
  keyAliases: { filetype: ['fileType'] },
  errors: ['000-002', '100-006', '104-001', '104-002', '104-003', '104-005', '104-010'],
  async handler({ services, request, query }) {
    const { engine, agent } = signedInEngine(request);
    const path = query.recordId?.trim() ?? '';
    if (path === '') throw gatewayEnvelope.generic('invalidParameter', 'recordId is mandatory');
    if (query.filetype === '2') return ivrVoiceMessageReply(services, request, engine.vdnId, path);
    const row = await tenantRecordingByPath(services, engine.vdnId, path);
    if (row === undefined) throw downloadFailure(/^[A-Za-z]:[\\/]/.test(path) ? '104-005' : '104-003', path);
    if (row === 'other-tenant' || !mayDownload(agent, engine.vdnId, row)) throw downloadFailure('104-002');
    return gatewayRecordingReply(services, request, [row], '104-005');
  },
});

const RecordFileExQuery = Type.Object({
  callId: Type.Optional(Type.String({ maxLength: 64 })),
  hwFileName: Type.Optional(Type.String({ maxLength: 255 })),
  workNo: Type.Optional(Type.String({ pattern: '^\\d{1,10}$' })),
});

/**
 * CEC §13.1.2.2 recordfiledownloadEx?callId= (ref L66841): the agent's (an inspector: `workNo`'s)
 * recordings of a call, by either call id form (issue 10 item 5), one WAV or a ZIP of the call's
 * segments. `hwFileName` asks for a video file, which a voice network never has: 108-015
 * (decision 1312). No call id, or an inspector without `workNo`: 108-016; nothing of that call:
 * 108-015.
 */
export const recordFileDownloadEx = defineEndpoint({
  section: '13.1.2.2',
  name: 'recordfiledownloadEx',
  summary: 'Downloading recordings (extended)',
  method: 'GET',
  path: '/agentgateway/resource/recordfile/{agentid}/recordfiledownloadEx',
  binaryReply: [gatewayOctetStream],
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: RecordFileExQuery,
  errors: ['100-006', '108-001', '108-014', '108-015', '108-016', '108-017'],
  gaps: 'VoiceCyber (SRS) is not simulated: 108-014 and 108-017 are never returned, and hwFileName (video) always fails with 108-015.',
  async handler({ services, request, query }) {
    const { engine, agent } = signedInEngine(request);
    const callId = parseCallId(query.callId ?? '');
    if (!callId) throw downloadFailure('108-016', 'callId is missing or not a call id');
    if (query.hwFileName) throw downloadFailure('108-015', 'the network records voice only; there is no video file');
    const inspector = isInspector(agent);
    if (inspector && !query.workNo) throw downloadFailure('108-016', 'an inspector must give the workNo of the inspected agent');
    const workNo = inspector ? query.workNo! : String(agent.workNo);
    const rows = (await services.repos.ccfsExport.recordingsOfCallAnyTenant(callId)).filter((r) => r.vdnId === engine.vdnId && r.agentId === workNo);
    if (rows.length === 0) throw downloadFailure('108-015', 'no recording of this call');
    if (new Set(rows.map((r) => r.callId)).size > 1) throw downloadFailure('108-016', 'the call id suffix names several calls');
    return gatewayRecordingReply(services, request, rows, '108-015');
  },
});
