import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { sampleBody, samplePage, samplePageResponse } from '../system/system-request.ts';
import { uapErrors, uapSampleQuery } from './uap-request.ts';

/**
 * CEC §12.3.6.5 (ref L63768–L63869): 5-minute samples of the softphones registered on the
 * simulated UAP (at each period's end, now for the period in progress), global AK/SK only. The
 * table calls `uapIP` an "Array of VDN IDs" by mistake; it is the UAP's address (note 08 §2.11.6).
 */
export const terminalIndex = defineEndpoint({
  section: '12.3.6.5',
  name: 'uap/terminalindex',
  summary: 'Interface for querying UAP terminal statistics',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/uap/terminalindex',
  auth: 'C2-global',
  envelope: cmsEnvelope,
  keyAliases: { ...cmsKeyAliases, uapIP: ['uapIp', 'uaplP'] },
  body: sampleBody({ uapIP: Type.Optional(Type.String({ maxLength: 64 })) }),
  response: samplePageResponse(Type.Object({ beginTime: Type.String(), ccId: Type.Integer(), uapIp: Type.String(), agentOnlineCount: Type.Integer() })),
  errors: uapErrors,
  async handler({ body, services }) {
    const { terminals, ccId, uapIp } = await uapSampleQuery(services, body);
    const rows = terminals.map((s) => ({ beginTime: String(s.beginMs), ccId, uapIp, agentOnlineCount: s.registered }));
    return { resultDesc: samplePage(rows, body) };
  },
});
