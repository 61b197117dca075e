import { Type } from '@sinclair/typebox';
import { returnCodeMessageEnvelope } from '../../http/envelope/index.ts';
import { CecError } from '../../http/cec-error.ts';
import { verifySignIn } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { agentFailureCode, rejectionMessage, tenantOf } from './agent-errors.ts';

/**
 * CEC §5.1.11 (ref L3733–3843): verifies the unified sign-in account and password of the mobile
 * app and PC business system and answers what the client needs to sign in (6.1.1.1) and register
 * its softphone: work number and CTI password, SIP number and password, SIP servers. Strings
 * throughout, as Tables 5-36 and 5-37 and the example (ref L3828–3842) give them.
 */
export const queryAgentLoginParamsEndpoint = defineEndpoint({
  section: '5.1.11',
  name: 'queryAgentLoginParams',
  summary: 'Querying the account sign-in result',
  method: 'POST',
  path: '/apiaccess/CC-Management/v1/queryAgentLoginParams',
  auth: 'C1',
  envelope: returnCodeMessageEnvelope,
  body: Type.Object({
    password: Type.String({ maxLength: 100, description: 'Sign-in password' }),
    account: Type.String({ minLength: 1, maxLength: 100, description: 'Sign-in account: the agent account or its bound business account' }),
  }),
  response: Type.Object({
    results: Type.Object({
      sipServerInfo: Type.Array(Type.Object({ sipServiceIp: Type.String(), sipServicePort: Type.String(), type: Type.String({ description: '0 SIP, 1 WebRTC' }) })),
      password: Type.String({ description: 'CTI sign-in password' }),
      sipAccount: Type.String(),
      sipPwd: Type.String(),
      workNo: Type.String(),
    }),
  }),
  errors: ['1'],
  async handler({ body, auth, services }) {
    const outcome = await verifySignIn(services, tenantOf(auth, returnCodeMessageEnvelope), body.account, body.password);
    if (!outcome.ok) throw new CecError(agentFailureCode, `verify Account or password failed. ${rejectionMessage(outcome.rejection)}`);
    const agent = outcome.value;
    const { settings } = services;
    return {
      results: {
        // The simulated network offers one plain SIP registrar (type "0"); no WebRTC gateway.
        sipServerInfo: [{ sipServiceIp: settings.sipHost, sipServicePort: String(settings.sipPort), type: '0' }],
        password: agent.ctiPassword,
        sipAccount: agent.sipAccount,
        sipPwd: agent.sipPwd,
        workNo: String(agent.workNo),
      },
      message: 'verify Account or password success.',
    };
  },
});
