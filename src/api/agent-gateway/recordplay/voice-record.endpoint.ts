import { Type } from '@sinclair/typebox';
import { selfRecordingMediaType, startSelfRecording, stopSelfRecording } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { phoneCommandEndpoint } from './phone-command.ts';

/** Table 13-28 (ref L66456): `fileName` ≤ 100 characters, `mediaType` mandatory. */
const RecordBody = Type.Object({
  fileName: Type.Optional(Type.String({ maxLength: 100 })),
  mediaType: Type.Integer(),
  recordMode: Type.Optional(Type.Integer()),
  recordFormat: Type.Optional(Type.Integer()),
});

/**
 * CEC §13.1.1.9 record (ref L66402): the agent records itself on its phone; `result.taskId` now,
 * AgentOther_PhoneAlerting, AgentOther_PhoneOffhook and AgentMediaEvent_Record on the Clock, and a
 * recording index row with a real WAV like any recorded segment. `mediaType` other than 5: 000-002.
 * A `fileName` of one's own needs the path-specification switch, off here: 500-011 (decision 1310);
 * the generated name is `Y:\{vdn}\0\{yyyymmdd}\{workNo}\{name}.V3` as the table describes.
 * `recordMode` 1 appends to the agent's last self-recording file; anything else is 0, a new file.
 */
export const beginRecord = defineEndpoint({
  section: '13.1.1.9',
  name: 'beginRecord',
  summary: 'Starting voice recording',
  method: 'PUT',
  path: '/agentgateway/resource/recordplay/{agentid}/record',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: RecordBody,
  response: Type.Object({ result: Type.Object({ taskId: Type.String() }) }),
  errors: ['000-002', '100-006', '100-007', '500-008', '500-011'],
  gaps: 'recordFormat is always the platform A-law WAV (one format per environment, Table 13-28).',
  async handler({ services, request, body }) {
    const { engine, workNo } = signedInEngine(request);
    if (body.mediaType !== selfRecordingMediaType) throw gatewayEnvelope.generic('invalidParameter', 'mediaType must be 5 (common voice)');
    if (body.fileName) throw new CecError('500-011', 'The file path specification is not enabled for voice recording.');
    const { taskId } = await runCommand(services, engine, () => startSelfRecording(engine, workNo, body.recordMode === 1), { StateIncorrect: '500-008' });
    return { message: 'success', result: { taskId } };
  },
});

/** CEC §13.1.1.10 stoprecord (ref L66524): AgentMediaEvent_StopRecordDone; not recording: 500-010. */
export const stopRecord = phoneCommandEndpoint({ section: '13.1.1.10', name: 'stopRecord', summary: 'Stopping voice recording', method: 'DELETE', segment: 'stoprecord', stateCode: '500-010', command: stopSelfRecording });
