import { Type } from '@sinclair/typebox';
import { resultCodeEnvelope } from '../../http/envelope/index.ts';
import { updateSipPassword } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf, unwrap } from './agent-errors.ts';
import { userAccountSchema } from './agent-schemas.ts';

/**
 * CEC §5.1.8 (ref L3445–3522): changes the agent's SIP phone password after checking the agent's
 * current account password.
 */
export const updateSipPhonePasswordEndpoint = defineEndpoint({
  section: '5.1.8',
  name: 'sipPhone/updateSipPhonePassword',
  summary: 'Changing the SIP phone number login password of an agent',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/sipPhone/updateSipPhonePassword',
  auth: 'C1',
  envelope: resultCodeEnvelope,
  body: Type.Object({
    accountPwd: Type.String({ maxLength: 64, description: 'Current account password of the agent' }),
    newPhonePwd: Type.String({ maxLength: 16, description: 'New SIP phone password: 8 to 16 characters, three of four types, specials ~@^*_{+}?' }),
    userAccount: userAccountSchema('Agent account', 1),
  }),
  response: Type.Object({}),
  errors: ['1'],
  async handler({ body, auth, services }) {
    unwrap(await updateSipPassword(services, tenantOf(auth, resultCodeEnvelope), body));
    return { resultMessage: 'success' };
  },
});
