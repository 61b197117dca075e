import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { sampleBody, samplePage, samplePageResponse } from '../system/system-request.ts';
import { uapErrors, uapSampleQuery } from './uap-request.ts';

const officeNo = Type.Integer({ minimum: 0, maximum: 65535 });

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
  body: sampleBody({
    uapIP: Type.Optional(Type.String({ maxLength: 64 })),
    ofcNo: Type.Optional(Type.Union([officeNo, Type.Array(officeNo, { maxItems: 1000 })])),
  }),
  response: samplePageResponse(
    Type.Object({ beginTime: Type.String(), ccId: Type.Integer(), uapIp: Type.String(), ofcNo: Type.Integer(), systemInBound: Type.Integer(), systemInSucc: Type.Integer(), systemCallRate: Type.Integer() }),
  ),
  errors: uapErrors,
  async handler({ body, services }) {
    const { offices, ccId, uapIp } = await uapSampleQuery(services, body);
    const wanted = body.ofcNo === undefined ? [] : [body.ofcNo].flat();
    const rows = offices
      .filter((s) => wanted.length === 0 || wanted.includes(s.ofcNo))
      .map((s) => ({
        beginTime: String(s.beginMs),
        ccId,
        uapIp,
        ofcNo: s.ofcNo,
        systemInBound: s.seizures,
        systemInSucc: s.answered,
        systemCallRate: s.seizures === 0 ? 0 : Math.round((100 * s.answered) / s.seizures),
      }));
    return { resultDesc: samplePage(rows, body) };
  },
});
