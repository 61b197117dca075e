import { Type } from '@sinclair/typebox';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { changeCtiPassword } from '../../../services/agent-accounts/index.ts';

/**
 * Table 6-57 (ref L8231): both passwords are "a string of 8 to 32 characters". The schema only
 * bounds the size; the rules answer with what exactly is wrong (an old password of another
 * length is simply not the current one).
 */
const PasswordBody = Type.Object({
  oldPassword: Type.String({ maxLength: 64 }),
  newPassword: Type.String({ maxLength: 64 }),
});

/**
 * CEC §6.1.1.16 modifyaccountpwdex (ref L8180–8278): a signed-in agent changes its CTI password
 * (the one its sign-in sends). A wrong old password and a new one that breaks the rules are both
 * 000-002, the section's code for a bad parameter (note 02 §5.9); the account vanishing under the
 * session is 100-007. Success clears isForceChange, so an agent forced to change its password
 * receives calls again; the session goes on, and the next sign-in needs the new password.
 */
export const modifyAccountPwdEx = defineEndpoint({
  section: '6.1.1.16',
  name: 'modifyAccountPwdEx',
  summary: 'Changing the CTI password (extended)',
  method: 'POST',
  path: '/agentgateway/resource/onlineagent/{agentid}/modifyaccountpwdex',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: PasswordBody,
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007'],
  async handler({ body, services, request }) {
    const { engine, workNo } = signedInEngine(request);
    const outcome = await changeCtiPassword(services, engine.vdnId, workNo, body.oldPassword, body.newPassword);
    if (!outcome.ok) {
      const refusal = outcome.rejection;
      if (refusal.tag === 'InvalidField') throw new CecError('000-002', `${refusal.field} ${refusal.reason}.`);
      throw new CecError('100-007', `An exception occurred during the operation: ${refusal.tag}.`);
    }
    // The registry waits for the reload the change started, so the engine holds the new password.
    await services.cti.registry.get(engine.vdnId);
    return { message: 'success', result: {} };
  },
});
