import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { CallListPayload, callList, callListFields } from './call-list.ts';
import { vdnErrors } from './vdn-request.ts';

/** CEC §12.3.1.1.12 vdn/querycalls (ref L54893–L55024): the inbound calls of the VDN of today and yesterday (UTC). */
export const queryCalls = defineEndpoint({
  section: '12.3.1.1.12',
  name: 'vdn/querycalls',
  summary: 'Querying call information in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/querycalls',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object(callListFields),
  response: CallListPayload,
  errors: vdnErrors,
  handler({ body, auth, services }) {
    return callList(services, auth, body, 'in');
  },
});
