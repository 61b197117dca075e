import { Type } from '@sinclair/typebox';
import { finishedCall } from '../../../services/monitoring/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { booleanText } from './query-calls-v2.endpoint.ts';
import { vdnErrors } from './vdn-request.ts';

const Summary = Type.Object({
  vdn: Type.Integer(),
  callId: Type.String(),
  callerNo: Type.String(),
  calleeNo: Type.String(),
  callType: Type.Integer({ description: 'Table 12-697' }),
  agentId: Type.Integer({ description: 'The agent that answered last; -1 for none' }),
  skillId: Type.Integer({ description: 'The skill served for; -1 for none' }),
  anonyCall: Type.Optional(Type.Integer({ description: 'Inbound calls only: 1 anonymous' })),
  queueWaitTime: Type.Integer({ description: 'Seconds' }),
  ivrCallTime: Type.Integer({ description: 'Seconds' }),
  ackTime: Type.Integer({ description: 'Ring seconds' }),
  callTime: Type.Integer({ description: 'Talk seconds' }),
  releaseCause: Type.Integer({ description: '§12.3.8.10' }),
});

/**
 * CEC §12.3.1.4.3 calldata/querycalldetailbyid (ref L59162–L59301): the CDR summary of one
 * finished call, inbound or outbound as `isCallin` says. The request names no VDN (note 08 A-26):
 * a tenant key finds its own calls only, the global key any tenant's. A call that is not (yet)
 * recorded in that direction is 0100002 (decision 0807). OpenCEC's outbound calls are agent
 * callouts, not predicted or preempted OBS calls, so the OBS result fields never apply.
 */
export const queryCallDetailById = defineEndpoint({
  section: '12.3.1.4.3',
  name: 'calldata/querycalldetailbyid',
  summary: 'Querying CDRs of a specified call ID',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/calldata/querycalldetailbyid',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ccId: ccIdSchema, isCallin: booleanText, callId: Type.String({ minLength: 1, maxLength: 64 }) }),
  response: Type.Object({ resultDesc: Summary }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    if (body.ccId !== services.settings.callCenterId) throw cmsFailure('invalidParameter', 'ccId does not exist');
    const inbound = body.isCallin.toLowerCase() === 'true';
    const call = await finishedCall(services.repos, auth.vdnId, body.callId, inbound ? 'in' : 'out');
    if (!call) throw cmsFailure('invalidParameter', `no ${inbound ? 'inbound' : 'outbound'} call ${body.callId} is recorded`);
    return {
      resultDesc: {
        vdn: call.vdnId,
        callId: call.callId,
        callerNo: call.callerNo,
        calleeNo: call.calleeNo,
        callType: call.callType,
        agentId: call.agentId,
        skillId: call.skillId,
        ...(inbound ? { anonyCall: call.callerNo === '' ? 1 : 0 } : {}),
        queueWaitTime: call.queueWaitSeconds,
        ivrCallTime: call.ivrSeconds,
        ackTime: call.ringSeconds,
        callTime: call.talkSeconds,
        releaseCause: call.releaseCause,
      },
    };
  },
});
