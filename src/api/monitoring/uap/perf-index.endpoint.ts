import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { uapSamples } from '../../../services/system-indicators/system-indicator-store.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases } from '../cms-request.ts';
import { checkCcId, sampleDateTime, sampleLimit, sampleOffset, samplePage, sampleWindow } from '../system/system-request.ts';
import { checkUapIp, uapErrors, uapIp } from './uap-request.ts';

/**
 * CEC §12.3.6.4 (ref L63660–L63767): 5-minute samples of the simulated UAP's offices, oldest
 * first and office by office, global AK/SK only: `systemInBound` = seizures, `systemInSucc` =
 * answered calls, `systemCallRate` = round(100 × answered / seizures) (decision 0840). `ofcNo`
 * (an integer or, as in the example, an array) filters offices; the interval is at most 31 days.
 */
export const perfIndex = defineEndpoint({
  section: '12.3.6.4',
  name: 'uap/perfindex',
  summary: 'Interface for querying UAP performance indicator statistics',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/uap/perfindex',
  auth: 'C2-global',
  envelope: cmsEnvelope,
  keyAliases: { ...cmsKeyAliases, uapIP: ['uapIp', 'uaplP'] },
  body: Type.Object({
    ccId: Type.Optional(ccIdSchema),
    uapIP: Type.Optional(Type.String({ maxLength: 64 })),
    ofcNo: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 65535 }), Type.Array(Type.Integer({ minimum: 0, maximum: 65535 }), { maxItems: 1000 })])),
    beginDate: sampleDateTime,
    endDate: sampleDateTime,
    limit: sampleLimit,
    offset: sampleOffset,
  }),
  response: Type.Object({
    resultDesc: Type.Object({
      data: Type.Array(
        Type.Object({ beginTime: Type.String(), ccId: Type.Integer(), uapIp: Type.String(), ofcNo: Type.Integer(), systemInBound: Type.Integer(), systemInSucc: Type.Integer(), systemCallRate: Type.Integer() }),
      ),
      count: Type.Integer(),
    }),
  }),
  errors: uapErrors,
  async handler({ body, services }) {
    checkCcId(services, body.ccId);
    checkUapIp(services, body.uapIP);
    const { fromMs, toMs } = sampleWindow(body);
    const offices = body.ofcNo === undefined ? undefined : new Set(Array.isArray(body.ofcNo) ? body.ofcNo : [body.ofcNo]);
    const samples = (await uapSamples(services.repos, services.cti.uap, fromMs, toMs)).offices.filter((s) => !offices || offices.size === 0 || offices.has(s.ofcNo));
    const ccId = services.settings.callCenterId;
    const ip = uapIp(services);
    const rows = samples.map((s) => ({
      beginTime: String(s.beginMs),
      ccId,
      uapIp: ip,
      ofcNo: s.ofcNo,
      systemInBound: s.seizures,
      systemInSucc: s.answered,
      systemCallRate: s.seizures === 0 ? 0 : Math.round((100 * s.answered) / s.seizures),
    }));
    return { resultDesc: samplePage(rows, body) };
  },
});
