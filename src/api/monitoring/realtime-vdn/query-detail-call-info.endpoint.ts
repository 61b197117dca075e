import { Type } from '@sinclair/typebox';
import { mediaTypeName } from '../../../domain/monitoring/index.ts';
import { callIdParts } from '../../../domain/ids/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { CallIdField } from './query-basic-call-info.endpoint.ts';
import { liveCall, liveCallFields } from './live-call-view.ts';
import { vdnErrors } from './vdn-request.ts';

const Info = Type.Object({
  trunkNo: Type.Integer(),
  deviceType: Type.Integer({ description: 'Table 12-701' }),
  deviceNo: Type.Integer(),
  dsn: Type.Integer(),
  callData: Type.String(),
  totalTalkingTimes: Type.Integer({ description: 'Seconds talked' }),
  cb: Type.Integer({ description: 'Internal ID: the call sequence number' }),
  keyId: Type.String(),
  callingNum: Type.String(),
  calledNum: Type.String(),
  orgiCalledNum: Type.String(),
  callDataLen: Type.Integer(),
  callSkill: Type.String(),
  partyNum: Type.Integer(),
  callFeature: Type.String({ description: 'Table 12-699' }),
  place: Type.Integer(),
  waitTime: Type.Integer({ description: 'Seconds queued' }),
  logonTimes: Type.Integer({ description: 'Seconds in the platform' }),
  handle: Type.Integer(),
  time: Type.Integer({ description: 'When the call entered the platform, ms (note 08 A-25)' }),
  mediaType: Type.String({ description: 'Table 12-695 name, e.g. MEDIA_TYPE_PHONE' }),
  server: Type.Integer(),
  mid: Type.Integer(),
  priority: Type.Integer(),
});

/**
 * CEC §12.3.1.4.2 calldata/querydetailcallinfo (ref L58999–L59160): the information of
 * 12.3.1.4.1 plus the call data, for a call waiting in an agent's private queue (12.3.1.3.5,
 * decision 0851; its device is that agent). Any other live call of the VDN is described as well:
 * a client that asks about a call just taken from the queue gets its details, not an error.
 * The media type is its Table 12-695 name and the call feature a string, as the table types them;
 * `time` is in milliseconds like 12.3.1.4.1's (the example's seconds are a slip, A-25).
 */
export const queryDetailCallInfo = defineEndpoint({
  section: '12.3.1.4.2',
  name: 'calldata/querydetailcallinfo',
  summary: 'Querying private call details of a specified agent',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/calldata/querydetailcallinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ccId: ccIdSchema, vdn: vdnIdSchema, callId: CallIdField }),
  response: Type.Object({ resultDesc: Info }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const { engine, call } = await liveCall(services, auth, body);
    const fields = liveCallFields(engine, call);
    const sequence = callIdParts(call.callId);
    return {
      resultDesc: {
        ...fields,
        cb: sequence ? sequence.server * 2 ** 24 + sequence.handle * 65536 + sequence.dsn : 0,
        callData: call.callData,
        callDataLen: Buffer.byteLength(call.callData),
        callFeature: String(fields.callFeature),
        mediaType: mediaTypeName(call.mediaType),
      },
    };
  },
});
