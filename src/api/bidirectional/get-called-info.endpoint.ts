import { Type } from '@sinclair/typebox';
import { calledInfo } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { bidirectionalEnvelope, tenantOfCredential, valueOf } from './bidirectional-errors.ts';

/** CEC §6.2.8 getCalledInfo (ref L17442–17535): where the tenant's configuration routes a called number. */
export const getCalledInfoEndpoint = defineEndpoint({
  section: '6.2.8',
  name: 'getCalledInfo',
  summary: 'Obtaining the information about the destination device of a call',
  method: 'POST',
  path: '/apiaccess/CC-Management/v1/mobileAgent/getCalledInfo',
  auth: 'C1',
  envelope: bidirectionalEnvelope,
  body: Type.Object({ caller: Type.Optional(Type.String()), called: Type.Optional(Type.String()) }),
  invalidParameterCode: '4',
  response: Type.Object({ result: Type.Object({ devType: Type.Integer(), called: Type.String(), skillId: Type.Optional(Type.Integer()), skillName: Type.Optional(Type.String()) }) }),
  errors: ['4', '5'],
  async handler({ body, auth, services }) {
    const engine = await services.cti.registry.get(tenantOfCredential(auth));
    return { retMsg: 'success', result: valueOf(calledInfo(engine.config, body)) };
  },
});
