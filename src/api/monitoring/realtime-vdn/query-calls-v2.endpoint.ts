import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { CallListPayload, callList, callListFields } from './call-list.ts';
import { vdnErrors } from './vdn-request.ts';

/** `"true"`/`"false"` in any letter case (the reference spells the key `isCallIn` and `isCallin`, A-48). */
export const booleanText = Type.String({ pattern: '^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$', description: '"true" inbound, "false" outbound' });

/**
 * CEC §12.3.1.1.13 (v2) vdn/querycalls (ref L55026–L55160): the call list of 12.3.1.1.12 with
 * `isCallIn` choosing inbound or outbound calls. The table lists `data` and `count` at the top
 * level, the example nests them in `resultDesc` as v1 does; v1's form is kept (note 08 A-9).
 */
export const queryCallsV2 = defineEndpoint({
  section: '12.3.1.1.13',
  name: 'v2/vdn/querycalls',
  summary: '(V2) Querying call information in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v2/openapi/vdn/querycalls',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ...callListFields, isCallIn: booleanText }),
  response: CallListPayload,
  errors: vdnErrors,
  handler({ body, auth, services }) {
    return callList(services, auth, body, body.isCallIn.toLowerCase() === 'true' ? 'in' : 'out');
  },
});
