import { createTwoPartyCall } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { bidirectionalEnvelope, tenantOfCredential, valueOf } from './bidirectional-errors.ts';
import { createCallBody, createCallErrors, createCallResponse } from './create-call-schema.ts';

/** CEC §6.2.1 (ref L16362–16514) and §6.2.2: success message of the example (ref L16511). */
const createdMessage = 'Add CallOutInfo in DB successfully';

function createCallEndpoint(section: '6.2.1' | '6.2.2', version: 'v1' | 'v3') {
  return defineEndpoint({
    section,
    name: 'createCall',
    summary: `Creating a bidirectional call (${version === 'v1' ? 'V1.0.0' : 'V3.0.0'})`,
    method: 'POST',
    path: `/apiaccess/CC-Management/${version}/mobileAgent/createCall`,
    auth: 'C1',
    envelope: bidirectionalEnvelope,
    body: createCallBody,
    keyAliases: { callbackUrl: ['callBackUrl'] },
    invalidParameterCode: '5',
    response: createCallResponse,
    errors: createCallErrors,
    async handler({ body, auth, services }) {
      const vdnId = tenantOfCredential(auth);
      const { callSerialNo } = valueOf(await createTwoPartyCall(services, vdnId, body));
      return { retMsg: createdMessage, result: { callSerialNo } };
    },
  });
}

/** CEC §6.2.1 createCall V1: A is `caller`, the customer manager's phone; V3 fields are accepted too. */
export const createCallV1Endpoint = createCallEndpoint('6.2.1', 'v1');

/** CEC §6.2.2 createCall V3: the agent's `softPhone` is mandatory in the table; A is `caller` when given, else the softphone. */
export const createCallV3Endpoint = createCallEndpoint('6.2.2', 'v3');
