import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { lookUpPhoneRegion } from '../../services/phone-region/phone-region-lookup.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from '../config-skills/require-tenant.ts';
import { configFailure } from '../config-skills/skill-errors.ts';

/**
 * CEC §5.3.6 (ref L6140–6230): the home area and carrier of a Chinese mobile or fixed-line number,
 * from the dataset in src/services/phone-region (coverage: docs/phone-region-dataset.md). Places
 * the dataset cannot state answer "unknown" rather than a guess (decision 0204).
 */
export const getPhoneNoRegionInfo = defineEndpoint({
  section: '5.3.6',
  name: 'phonearea/getPhoneNoRegionInfo',
  summary: 'Query the home area of a number',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/phonearea/getPhoneNoRegionInfo',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    phoneNo: Type.String({ minLength: 1, maxLength: 32, description: '11-digit mobile number, or fixed-line number with its area code' }),
  }),
  response: Type.Object({
    data: Type.Object({
      areaCode: Type.String({ description: 'six-digit administrative division code' }),
      province: Type.String(),
      city: Type.String(),
      cityCode: Type.String({ description: 'telephone area code' }),
      isp: Type.String(),
      postCode: Type.String(),
      phoneNo: Type.String({ description: 'first seven digits of a mobile number, or the area code of a fixed line' }),
    }),
  }),
  async handler({ body, auth }) {
    // The lookup needs no tenant data, but the interface is a tenant's (C1), like its siblings.
    tenantOf(auth, returnCodeEnvelope);
    const found = lookUpPhoneRegion(body.phoneNo);
    if (!found.ok) throw configFailure(`phoneNo ${JSON.stringify(body.phoneNo)} is neither an 11-digit Chinese mobile number nor a fixed-line number with its area code`);
    return { data: found.value, description: 'success' };
  },
});
