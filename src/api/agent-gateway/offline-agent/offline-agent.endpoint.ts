import { Type } from '@sinclair/typebox';
import { isMobileAgent, signInMobile, signOutMobile, type Result, type TenantEngine } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import type { AuthContext } from '../../../http/endpoint.ts';
import { returnCodeEnvelope } from '../../../http/envelope/index.ts';
import { tenantOf } from '../../config-skills/require-tenant.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import type { ApiServices } from '../../services.ts';

const base = '/apiaccess/rest/cc-management/v1/offline/agent';

/**
 * The mobile-agent interfaces document no error codes ("Error Codes: None"): like the other
 * API-Fabric interfaces of the platform, a refused request answers HTTP 200 with returnCode "1"
 * and a description saying why; a missing or wrong token is HTTP 401 (decision 0506).
 */
const offlineFailureCode = '1';

/** Table 6-191/6-194/6-197: `workNo` is a Number; a numeric string is accepted too. */
const WorkNo = Type.Integer({ minimum: 101, maximum: 59999, description: 'Employee ID of an agent' });

/** The engine of the token's tenant: the agent must belong to it (tenant isolation). */
async function tenantEngine(services: ApiServices, auth: AuthContext): Promise<TenantEngine> {
  return services.cti.registry.get(tenantOf(auth, returnCodeEnvelope));
}

/** An engine rejection's detail as the description's sentence. */
function sentence(detail: string): string {
  const text = `${detail.charAt(0).toUpperCase()}${detail.slice(1)}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

async function runOffline<T>(services: ApiServices, engine: TenantEngine, command: () => Result<T>): Promise<T> {
  const result = engine.run(command);
  if (!result.ok) throw new CecError(offlineFailureCode, sentence(result.rejection.detail));
  await services.cti.records.flushed();
  return result.value;
}

/**
 * CEC §6.1.2.26 offline/agent/login (ref L11818–11920): "Shift Mobile". The agent is signed in on
 * the bound phone with no workbench (src/engine/sessions/mobile-agent.ts) and inbound calls of its skills
 * ring that phone, which answers as the network answers calls to the number. The reply describes
 * the session in the example's form (ref L11901–11918): `agentType` and `isAutoAnswer` as
 * strings, `skills[].mediaTypeId` as a string, `isMultiChannelSupport` spelled as in the example.
 */
export const offlineAgentLogin = defineEndpoint({
  section: '6.1.2.26',
  name: 'offline/agent/login',
  summary: 'Answering calls on a mobile phone (sign in a mobile agent)',
  method: 'POST',
  path: `${base}/login`,
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    phone: Type.String({ pattern: '^\\+?[0-9]{1,24}$', description: 'A real and available mobile or fixed-line number' }),
    workNo: WorkNo,
  }),
  response: Type.Object({
    restTime: Type.String(),
    agentType: Type.String(),
    forceLogin: Type.Boolean(),
    isAutoAnswer: Type.String(),
    videoMode: Type.Integer(),
    workNo: Type.Integer(),
    skills: Type.Array(Type.Object({ skillId: Type.Integer(), mediaTypeId: Type.String() })),
    isMultiChannelSupport: Type.Boolean(),
  }),
  async handler({ body, auth, services, request }) {
    const engine = await tenantEngine(services, auth);
    const agent = await runOffline(services, engine, () => signInMobile(engine, { workNo: body.workNo, phone: body.phone, ip: request.ip }));
    const skills = [...agent.signedInSkills]
      .sort((a, b) => a - b)
      .map((skillId) => ({ skillId, mediaTypeId: String(engine.config.skills.get(skillId)?.mediaTypeId ?? '') }));
    return {
      // No rest is running or requested for the new session.
      restTime: '',
      agentType: String(agent.config.agentType),
      // A workbench session is taken over (src/engine/sessions/mobile-agent.ts).
      forceLogin: true,
      isAutoAnswer: String(agent.options.autoAnswer),
      description: 'success',
      // The simulated network carries no video: the default SFU mode (0) is reported.
      videoMode: 0,
      workNo: agent.workNo,
      skills,
      // A phone answers one voice call at a time; the session is CTI-only.
      isMultiChannelSupport: false,
    };
  },
});

/** CEC §6.1.2.27 offline/agent/logout (ref L11921–11997): signs the mobile agent out. */
export const offlineAgentLogout = defineEndpoint({
  section: '6.1.2.27',
  name: 'offline/agent/logout',
  summary: 'Exiting answering calls on a mobile phone (sign out a mobile agent)',
  method: 'POST',
  path: `${base}/logout`,
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({ workNo: WorkNo }),
  async handler({ body, auth, services }) {
    const engine = await tenantEngine(services, auth);
    await runOffline(services, engine, () => signOutMobile(engine, body.workNo));
    return { description: 'success' };
  },
});

/**
 * CEC §6.1.2.28 offline/agent/isOfflineAgent (ref L11998–12080): `data` is true while the agent is
 * signed in as a mobile agent. An agent that is not one of the tenant's is refused like the others.
 */
export const isOfflineAgent = defineEndpoint({
  section: '6.1.2.28',
  name: 'offline/agent/isOfflineAgent',
  summary: 'Querying whether an agent answers calls on a mobile phone',
  method: 'POST',
  path: `${base}/isOfflineAgent`,
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({ workNo: WorkNo }),
  response: Type.Object({ data: Type.Boolean() }),
  async handler({ body, auth, services }) {
    const engine = await tenantEngine(services, auth);
    if (!engine.config.agents.has(body.workNo)) throw new CecError(offlineFailureCode, `Agent ${body.workNo} does not exist.`);
    return { data: isMobileAgent(engine, body.workNo), description: 'success' };
  },
});
