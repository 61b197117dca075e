import { Type } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import { retCodeEnvelope } from '../../http/envelope/index.ts';
import { erasePersonalData } from '../../services/personal-data/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './agent-errors.ts';

/**
 * CEC §5.1.13 (ref L3961–4038): erases the personal data tied to up to 1000 customer numbers
 * (calling or called numbers; the example also shows an account name and an e-mail address) from
 * every store of the tenant that keeps them (decision 0107). The erasure is done when the reply
 * says `{"retCode":"0","retMsg":"VerifyParams success"}`.
 */
export const cleanCustPersonalDataEndpoint = defineEndpoint({
  section: '5.1.13',
  name: 'clearUserInfo/cleancustpersonaldata',
  summary: 'Deleting data by customer number',
  method: 'POST',
  path: '/apiaccess/CC-Management/v1/clearUserInfo/cleancustpersonaldata',
  auth: 'C1',
  envelope: retCodeEnvelope,
  body: Type.Object({
    customNos: Type.Array(Type.String({ minLength: 1, maxLength: 320 }), {
      minItems: 1,
      maxItems: limits.personalDataNumbersMax,
      description: 'Customer numbers (calling or called), at most 1000',
    }),
  }),
  response: Type.Object({}),
  errors: ['1'],
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, retCodeEnvelope);
    const report = await erasePersonalData(services, vdnId, body.customNos);
    // An audit line without the numbers themselves, which must not outlive their erasure in logs.
    services.log.info({ vdnId, numbers: report.numbers, erased: report.erased }, 'personal data erased (5.1.13)');
    return { retMsg: 'VerifyParams success' };
  },
});
