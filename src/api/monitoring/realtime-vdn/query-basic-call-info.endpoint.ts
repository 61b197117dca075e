import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { liveCall, liveCallFields } from './live-call-view.ts';
import { vdnErrors } from './vdn-request.ts';

export const CallIdField = Type.String({ minLength: 1, maxLength: 20, description: 'Call ID, at most 20 characters' });

const Info = Type.Object({
  time: Type.Integer({ description: 'When the call entered the platform, ms' }),
  dsn: Type.Integer(),
  handle: Type.Integer(),
  server: Type.Integer(),
  keyId: Type.String(),
  callingNum: Type.String(),
  calledNum: Type.String(),
  mid: Type.Integer(),
  trunkNo: Type.Integer(),
  priority: Type.Integer(),
  deviceType: Type.Integer({ description: 'Table 12-701' }),
  deviceNo: Type.Integer(),
  callSkill: Type.String({ description: 'Skill queue description (the example prints a name)' }),
  partyNum: Type.Integer(),
  callFeature: Type.Integer({ description: 'Table 12-699' }),
  orgiCalledNum: Type.String(),
  mediaType: Type.Integer({ description: 'Table 12-695' }),
  place: Type.Integer(),
  waitTime: Type.Integer({ description: 'Seconds queued' }),
  totalTalkingTimes: Type.Integer({ description: 'Seconds talked' }),
  logonTimes: Type.Integer({ description: 'Seconds in the platform' }),
  serviceType: Type.Integer(),
  callInCause: Type.Integer(),
  enterReason: Type.Integer({ description: 'Table 12-700' }),
  mediaBillType: Type.String(),
});

/**
 * CEC §12.3.1.4.1 calldata/querybasiccallinfo (ref L58832–L58997): the control-block information
 * of a live call of the VDN. `callSkill` and `orgiCalledNum` are strings as the example shows
 * them (note 08 A-24); `callInCause` is the example's 65535 (none), `serviceType` and
 * `enterReason` 0 (decision 0806).
 */
export const queryBasicCallInfo = defineEndpoint({
  section: '12.3.1.4.1',
  name: 'calldata/querybasiccallinfo',
  summary: 'Querying basic information about a call with a specified call ID',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/calldata/querybasiccallinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ccId: ccIdSchema, vdn: vdnIdSchema, callId: CallIdField }),
  response: Type.Object({ resultDesc: Info }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const { engine, call } = await liveCall(services, auth, body);
    return { resultDesc: { ...liveCallFields(engine, call), serviceType: 0, callInCause: 65535, enterReason: 0, mediaBillType: '0' } };
  },
});
