import { Type } from '@sinclair/typebox';
import { cmsLegacyEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { vdnBody } from '../realtime-request.ts';
import { systemState } from '../realtime-agent/system-state.endpoint.ts';
import { modernPayload, modernPayloadSchema, renamed, renamedSchema } from './legacy-mapping.ts';

const names = { busyAgent: 'busyagent', talkingNum: 'talkingnum', idleAgent: 'idleagent', totalLoginAgent: 'totalloginagent' };
const counts = renamedSchema(modernPayloadSchema(systemState), names);

/**
 * CEC §12.3.8.13.2 (ref L65202–L65288): the pre-8.13 form of 12.3.1.3.10 without paging, so over
 * every agent of the VDN. The table puts the counts in `resultDatas`, the example in `resultDesc`
 * (ref L65262): both are sent (decision 0841).
 */
export const legacySystemState = defineEndpoint({
  section: '12.3.8.13.2',
  name: 'querymonitor/systemstate',
  summary: 'Querying system status by agent (earlier than 8.13.0)',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/querymonitor/systemstate',
  auth: 'C2-any',
  envelope: cmsLegacyEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({}),
  response: Type.Object({ resultDatas: counts, resultDesc: counts }),
  errors: systemState.errors!,
  async handler(ctx) {
    // One page that holds every agent of the VDN (work numbers are bounded by the tenant's range).
    const payload = renamed(await modernPayload(systemState, ctx, { ...ctx.body, offset: 0, limit: Number.MAX_SAFE_INTEGER }), names);
    return { resultDatas: payload, resultDesc: payload };
  },
});
