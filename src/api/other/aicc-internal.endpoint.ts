import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * CEC §17.4 gives these API Fabric interfaces for AICC internal NEs by URI only: their
 * specifications live in other documents ("Developing a Token Generation Mechanism and
 * Verification API", "API Description"). OpenCEC answers them with HTTP 404 (the family's "content not found") and says so
 * (decision 1501), rather than guessing a contract.
 */
const notSupported = (section: string, name: string, summary: string, path: string) =>
  defineEndpoint({
    section,
    name,
    summary,
    method: 'POST',
    path,
    auth: 'C1',
    envelope: bareEnvelope,
    body: Type.Optional(Type.Unknown()),
    response: Type.Object({}),
    errors: ['401', '404'],
    gaps: 'not supported: the reference gives the URI only (decision 1501); answers HTTP 404',
    async handler() {
      throw new CecError('404', `${summary} is not supported: the CEC 2.5 reference gives no specification of it (OpenCEC decision 1501).`, { httpStatus: 404 });
    },
  });

export const thirdPartyValidate = notSupported('17.4.1', 'thirdPartyValidate', 'Verifying the third-party system during connection bar integration', '/apiaccess/ccbar/v1/thirdparty/thirdPartyValidate');
export const queryThirdpartyCustomerInfo = notSupported('17.4.2', 'queryThirdpartyCustomerInfo', 'Querying third-party customer information', '/apiaccess/ccmanagement/v1/thirdParty/queryThirdpartyCustomerInfo');
