import { Type } from '@sinclair/typebox';
import { tokenHash } from '../../../auth/index.ts';
import { issuePhoneToken } from '../../../engine/index.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/** Random bytes of a softphone token: as many as the platform's other bearer tokens carry. */
const phoneTokenBytes = 24;

/**
 * CEC §6.1.1.26 logininfo (ref L9221–9297): a temporary token the agent's softphone registers
 * with in the multi-account unified authentication scenario, and the softphone number it is for
 * (Table 6-97). The token is a secret (services.secrets, not the seeded RNG); the session keeps
 * only its hash, for five minutes (decision 0505). The section documents no error codes: a
 * session that is not live is the gateway's 100-006, and a phone the agent may not register is
 * refused as at sign-in, 100-013 or 100-014 (decision 0507).
 */
export const loginInfo = defineEndpoint({
  section: '6.1.1.26',
  name: 'loginInfo',
  summary: 'Obtaining a temporary softphone registration token',
  method: 'POST',
  path: '/agentgateway/resource/onlineagent/{agentid}/logininfo',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Object({ phonenum: Type.String(), phonetoken: Type.String() }) }),
  errors: ['100-006', '100-013', '100-014'],
  async handler({ services, request }) {
    const { engine, workNo } = signedInEngine(request);
    const phonetoken = services.secrets.hex(phoneTokenBytes);
    const issued = await runCommand(services, engine, () => issuePhoneToken(engine, workNo, tokenHash(phonetoken)));
    return { message: 'success', result: { phonenum: issued.phonenum, phonetoken } };
  },
});
