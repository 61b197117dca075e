import { startScreenRecording, stopScreenRecording } from '../../../engine/index.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

const base = { auth: 'C4', envelope: gatewayEnvelope, params: AgentIdParams, response: EmptyResult, errors: ['100-006', '100-007'] } as const;

/**
 * CEC §13.1.1.7 startrecordscreen (ref L66235): AgentMediaEvent_StartRecordScreen_Succ and an index
 * entry (no video file: the network is voice-only, decisions 0412 and 1311); already recording:
 * AgentMediaEvent_StartRecordScreen_Fail.
 */
export const startRecordScreen = defineEndpoint({
  ...base,
  section: '13.1.1.7',
  name: 'startRecordScreen',
  summary: 'Starting screen recording',
  method: 'PUT',
  path: '/agentgateway/resource/recordplay/{agentid}/startrecordscreen',
  gaps: 'No screen video is captured: the recording is an index entry only (decision 1311).',
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => startScreenRecording(engine, workNo));
  },
});

/** CEC §13.1.1.8 stoprecordscreen (ref L66320): AgentMediaEvent_StopRecordScreen_Succ, or _Fail when not recording. */
export const stopRecordScreen = defineEndpoint({
  ...base,
  section: '13.1.1.8',
  name: 'stopRecordScreen',
  summary: 'Stopping screen recording',
  method: 'DELETE',
  path: '/agentgateway/resource/recordplay/{agentid}/stoprecordscreen',
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => stopScreenRecording(engine, workNo));
  },
});
