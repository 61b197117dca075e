import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { vdnAgentList } from './vdn-agent-list.ts';
import { pagedVdnBody, vdnErrors } from './vdn-request.ts';

const Item = Type.Object({ agentId: Type.Integer(), phone: Type.String({ description: 'Sign-in phone, else the configured softphone number' }) });

/**
 * CEC §12.3.1.1.3 allagentphones (ref L53920–L54040): the phone of every agent of the VDN, paged.
 * A signed-in agent's phone is the one it signed in with; another's is its configured softphone
 * number (decision 0802). The example prints the number unquoted; the table types it String.
 */
export const allAgentPhones = defineEndpoint({
  section: '12.3.1.1.3',
  name: 'vdn/allagentphones',
  summary: 'Querying agent phone numbers in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/allagentphones',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: pagedVdnBody(1000),
  response: Type.Object({ resultDesc: Type.Array(Item), count: Type.Integer() }),
  errors: vdnErrors,
  handler({ body, auth, services }) {
    return vdnAgentList(services, auth, body, (view) => ({ agentId: view.workNo, phone: view.runtime?.options.phonenum ?? view.config.sipAccount }));
  },
});
