import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { signOut } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine, commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult, NoResult } from '../gateway-schemas.ts';

/**
 * CEC §6.1.1.18 logout: refused during a call (ref L8373 "will not be signed out"; decision 0005:
 * 100-010). AgentOther_ShutdownService is the session's last event.
 */
export const logout = defineEndpoint({
  section: '6.1.1.18',
  name: 'logout',
  summary: 'Signing out an agent',
  method: 'DELETE',
  path: '/agentgateway/resource/onlineagent/{agentid}/logout',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['100-005', '100-006', '100-007', '100-008', '100-010'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => signOut(engine, workNo, 'logout'));
  },
});

/** CEC §6.1.1.19 forcelogout: signs out whatever the state; calls end first. */
export const forceLogout = defineEndpoint({
  section: '6.1.1.19',
  name: 'forceLogout',
  summary: 'Forcibly signing out an agent',
  method: 'DELETE',
  path: '/agentgateway/resource/onlineagent/{agentid}/forcelogout',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: NoResult,
  async handler({ services, request }) {
    const { engine, workNo } = signedInEngine(request);
    await runCommand(services, engine, () => signOut(engine, workNo, 'forced'));
    return { message: 'success' };
  },
});

/** CEC §6.1.1.20 forcelogoutwithreason/{reason}: reason 1–255 (Table 6-68), else 100-005. */
export const forceLogoutWithReason = defineEndpoint({
  section: '6.1.1.20',
  name: 'forceLogoutWithReason',
  summary: 'Forcibly signing out an agent with a reason',
  method: 'DELETE',
  path: '/agentgateway/resource/onlineagent/{agentid}/forcelogoutwithreason/{reason}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ reason: Type.String() })]),
  response: NoResult,
  errors: ['100-005'],
  async handler({ params, services, request }) {
    const reason = Number(params.reason);
    if (!/^\d+$/.test(params.reason) || reason < 1 || reason > 255) throw new CecError('100-005', 'The sign-out reason must be an integer from 1 to 255.');
    const { engine, workNo } = signedInEngine(request);
    await runCommand(services, engine, () => signOut(engine, workNo, 'forced'));
    return { message: 'success' };
  },
});
