import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { secondsSince, vdnAgentList } from './vdn-agent-list.ts';
import { pagedVdnBody, vdnErrors } from './vdn-request.ts';

const Item = Type.Object({
  agentId: Type.Integer(),
  locationId: Type.Integer({ description: 'CTI reserved field: 65535' }),
  currentStateTime: Type.Integer({ description: 'Seconds in the current state' }),
  currentState: Type.Integer({ description: 'CTI status, §12.3.8.3' }),
});

/**
 * CEC §12.3.1.1.4 totalagentabstractex3 (ref L54042–L54166): every agent of the VDN with its CTI
 * status and how long it has been in it, paged; an agent not signed in is in status 0 since its
 * last sign-out (the example's 153282 s). `locationId` is reserved: 65535, as in the example.
 */
export const totalAgentAbstract = defineEndpoint({
  section: '12.3.1.1.4',
  name: 'vdn/totalagentabstractex3',
  summary: 'Querying information about all agents in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/totalagentabstractex3',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: pagedVdnBody(1000),
  response: Type.Object({ resultDesc: Type.Array(Item), count: Type.Integer() }),
  errors: vdnErrors,
  handler({ body, auth, services }) {
    return vdnAgentList(services, auth, body, (view, now) => ({
      agentId: view.workNo,
      locationId: 65535,
      currentStateTime: secondsSince(view.stateSinceMs, now),
      currentState: view.ctiState,
    }));
  },
});
