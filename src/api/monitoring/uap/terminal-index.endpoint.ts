import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { uapSamples } from '../../../services/system-indicators/system-indicator-store.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases } from '../cms-request.ts';
import { checkCcId, sampleDateTime, sampleLimit, sampleOffset, samplePage, sampleWindow } from '../system/system-request.ts';
import { checkUapIp, uapErrors, uapIp } from './uap-request.ts';

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
  body: Type.Object({
    ccId: Type.Optional(ccIdSchema),
    uapIP: Type.Optional(Type.String({ maxLength: 64 })),
    beginDate: sampleDateTime,
    endDate: sampleDateTime,
    limit: sampleLimit,
    offset: sampleOffset,
  }),
  response: Type.Object({
    resultDesc: Type.Object({
      data: Type.Array(Type.Object({ beginTime: Type.String(), ccId: Type.Integer(), uapIp: Type.String(), agentOnlineCount: Type.Integer() })),
      count: Type.Integer(),
    }),
  }),
  errors: uapErrors,
  async handler({ body, services }) {
    checkCcId(services, body.ccId);
    checkUapIp(services, body.uapIP);
    const { fromMs, toMs } = sampleWindow(body);
    const ccId = services.settings.callCenterId;
    const ip = uapIp(services);
    const rows = (await uapSamples(services.repos, services.cti.uap, fromMs, toMs)).terminals.map((s) => ({ beginTime: String(s.beginMs), ccId, uapIp: ip, agentOnlineCount: s.registered }));
    return { resultDesc: samplePage(rows, body) };
  },
});
