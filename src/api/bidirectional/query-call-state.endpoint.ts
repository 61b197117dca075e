import { Type } from '@sinclair/typebox';
import { callStateView, findSystemCall } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { bidirectionalEnvelope, tenantOfCredential, valueOf } from './bidirectional-errors.ts';

/**
 * CEC §6.2.4 queryCallState (ref L16886–17086): the state (0 to be called, 1 calling, 2 talking,
 * 3 ended), the reason code once ended and the times of one call of the caller's tenant.
 * Codes: 3 the SN's format, 1 no such call in the tenant.
 */
export const queryCallStateEndpoint = defineEndpoint({
  section: '6.2.4',
  name: 'queryCallState',
  summary: 'Querying call status',
  method: 'POST',
  path: '/apiaccess/CC-Management/v1/mobileAgent/queryCallState',
  auth: 'C1',
  envelope: bidirectionalEnvelope,
  body: Type.Object({ callSerialNo: Type.Optional(Type.String()) }),
  invalidParameterCode: '3',
  response: Type.Object({ result: Type.Record(Type.String(), Type.Unknown()) }),
  errors: ['3', '1'],
  async handler({ body, auth, services }) {
    const row = valueOf(await findSystemCall(services, tenantOfCredential(auth), body.callSerialNo, { format: '3', unknown: '1', unknownMessage: 'Failed to query the status.' }));
    return { retMsg: 'Query call state successfully', result: callStateView(row) };
  },
});
